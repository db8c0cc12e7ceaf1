/** What `validate` finds, its exit status, and the report in plain words. */
import { t } from '../common/i18n.js';
import { forTerminal } from '../common/terminal.js';

export type Severity = 'fatal' | 'error' | 'warning';

/**
 * Where a finding comes from. `schema`: a violation of feed.schema.json.
 * `coerced`: a schema violation the widgets read anyway. `semantic`: a rule
 * beyond JSON Schema. `parser`: a field or item the widgets drop although the
 * schema allows it. `advice`: allowed, but worth fixing. `fatal`: unusable.
 * `headers`: the response headers, for a reader on `--origin` (CORS, type, caching).
 */
export type Rule = 'fatal' | 'schema' | 'coerced' | 'semantic' | 'parser' | 'advice' | 'headers';

export interface Finding {
  severity: Severity;
  rule: Rule;
  /** JSON path, e.g. `items[3].date_published`; `$` for the whole document. */
  path: string;
  message: string;
  hint: string;
}

export interface Report {
  source: string;
  findings: Finding[];
  /** Items in the file, and items the widgets will show. */
  items?: number;
  shown?: number;
  events?: number;
  version?: string;
  encoding?: string;
  /** The origin whose pages the response headers were checked for (`--origin`). */
  origin?: string;
}

/** Exit status: 1 when the feed cannot be used or items are dropped; with `strict`, warnings too. */
export function exitCode(report: Report, strict = false): number {
  const worst = report.findings.map((f) => f.severity);
  if (worst.includes('fatal') || worst.includes('error')) return 1;
  return strict && worst.includes('warning') ? 1 : 0;
}

/** The report in plain words, one finding per paragraph. */
export function formatReport(report: Report, color = false): string {
  const paint = (code: number, s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const label: Record<Severity, string> = {
    fatal: paint(31, t('FATAL  ', 'LỖI NẶNG')),
    error: paint(31, t('ERROR  ', 'LỖI    ')),
    warning: paint(33, t('WARNING', 'CẢNH BÁO')),
  };
  const lines: string[] = [];
  const version = report.version?.endsWith('1.1')
    ? 'JSON Feed 1.1'
    : report.version?.endsWith('/1')
      ? 'JSON Feed 1.0'
      : 'JSON Feed';
  const summary =
    report.items === undefined
      ? ''
      : t(
          ` (${version}, ${report.items} items, ${report.events ?? 0} events)`,
          ` (${version}, ${report.items} mục, ${report.events ?? 0} sự kiện)`,
        );
  lines.push(forTerminal(t(`Checking ${report.source}${summary}`, `Kiểm tra ${report.source}${summary}`)));
  if (report.origin)
    lines.push(
      t(
        `Response headers checked for pages on ${report.origin}.`,
        `Đã kiểm tra tiêu đề phản hồi cho các trang trên ${report.origin}.`,
      ),
    );
  const fix = t('        Fix:', '        Cách sửa:');
  for (const f of report.findings) {
    // The feed's own text (ids, titles, URLs) is in the findings: escaped before any colour is added.
    lines.push('', `${label[f.severity]} ${forTerminal(`${f.path}: ${f.message}`)}`, `${fix} ${forTerminal(f.hint)}`);
  }
  const count = (s: Severity) => report.findings.filter((f) => f.severity === s).length;
  const errors = count('fatal') + count('error');
  const warnings = count('warning');
  lines.push('');
  if (count('fatal'))
    lines.push(paint(31, t('The widgets cannot use this feed.', 'Các tiện ích không dùng được bản tin này.')));
  else {
    const shown = t(
      `${report.shown} of ${report.items} items will show`,
      `${report.shown}/${report.items} mục sẽ hiển thị`,
    );
    const errorText = t(`${errors} error${errors === 1 ? '' : 's'}`, `${errors} lỗi`);
    const warningText = t(`${warnings} warning${warnings === 1 ? '' : 's'}`, `${warnings} cảnh báo`);
    lines.push(
      errors || warnings
        ? `${errors ? paint(31, errorText) : errorText}, ${warningText}; ${shown}.`
        : paint(32, t(`No problems; ${shown}.`, `Không có vấn đề; ${shown}.`)),
    );
  }
  return lines.join('\n');
}
