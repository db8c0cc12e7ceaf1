/**
 * `validate`: strict where the widgets are liberal. It checks a feed against
 * schema/feed.schema.json and the rules JSON Schema cannot express
 * (./contract.ts): a violation is an error, and the exit status is 1.
 * It then runs the widgets' own parser (src/feed/parse.ts): what the parser
 * reads anyway (a numeric id, string tags, a date without seconds…) is a
 * warning, and what it drops is named with its consequence. Last comes advice
 * a webmaster should follow although the contract allows otherwise.
 */
import { isFeedError, type FeedErrorKind } from '../../feed/errors.js';
import { parseFeedText, type FeedProblem } from '../../feed/parse.js';
import { schemaViolations, semanticViolations } from './contract.js';
import type { Input } from '../common/input.js';
import { decode, MAX_BYTES } from '../common/input.js';
import { t } from '../common/i18n.js';
import { advisories } from './advice.js';
import { FATAL, hintFor, jsonErrorPlace, messageFor } from './messages.js';

import type { Finding, Report } from './report.js';

export { exitCode, formatReport } from './report.js';
export type { Finding, Report, Rule, Severity } from './report.js';

/** What the widgets do about a problem, unless its message says so already ("…; read as …"). */
function consequence(p: FeedProblem): string {
  if (/; read as /.test(p.message)) return '';
  if (p.effect === 'item') return t(' — this item will not be shown', ' — mục này sẽ không hiển thị');
  if (p.effect === 'coerced') return t(' — the widgets read it anyway', ' — các tiện ích vẫn đọc được');
  return isEvent(p)
    ? t(' — the event is ignored (the item shows as news)', ' — sự kiện bị bỏ qua (mục hiển thị như một tin)')
    : t(' — this field is ignored', ' — trường này bị bỏ qua');
}

const isEvent = (p: FeedProblem) => /^items\[\d+\]\._pw\.event\b/.test(p.path);
/** Feed members first, then items in order. */
const order = (f: Finding) => Number(/^items\[(\d+)\]/.exec(f.path)?.[1] ?? -1);

/**
 * The contract findings, merged with the parser's problems at the same path:
 * a violation the parser coerces becomes a warning; one it drops says so.
 */
function contractFindings(json: unknown, problems: FeedProblem[]): Finding[] {
  const findings: Finding[] = [
    ...schemaViolations(json).map(({ readAs, ...v }): Finding =>
      readAs
        ? { ...v, severity: 'warning', rule: 'coerced', message: readAs }
        : { ...v, severity: 'error', rule: 'schema' },
    ),
    ...semanticViolations(json).map((v): Finding => ({ severity: 'error', rule: 'semantic', ...v })),
  ];
  for (const p of problems) {
    const same = findings.filter((f) => f.path === p.path && f.rule !== 'advice');
    if (p.effect === 'coerced' && same.length && same.every((f) => f.rule === 'schema' || f.rule === 'coerced')) {
      for (const f of same)
        Object.assign(f, { severity: 'warning', rule: 'coerced', message: `${messageFor(p)}${consequence(p)}` });
    } else if (same.length) {
      // The parser's words are the more specific (and its fix the more concrete); the schema's rule stays.
      const f = same[0]!;
      const readAs = /; read as (.*)$/.exec(p.message)?.[1];
      if (f.rule === 'schema' && p.effect !== 'coerced')
        Object.assign(f, { message: messageFor(p) + consequence(p), hint: hintFor(p) });
      else f.message += readAs ? t(` — read as ${readAs}`, ` — được đọc thành ${readAs}`) : consequence(p);
    } else {
      findings.push({
        // A dropped event empties the calendar of it: as serious as a dropped item.
        severity: p.effect === 'item' || (p.effect === 'field' && isEvent(p)) ? 'error' : 'warning',
        rule: 'parser',
        path: p.path,
        message: `${messageFor(p)}${consequence(p)}`,
        hint: hintFor(p),
      });
    }
  }
  // One finding per path and message (a coerced value can break several schema rules).
  const seen = new Set<string>();
  return findings
    .filter((f) => !seen.has(`${f.path}\n${f.message}`) && !!seen.add(`${f.path}\n${f.message}`))
    .sort((a, b) => order(a) - order(b));
}

/**
 * Validates an input. `base` is the URL the feed will be served from; it
 * resolves relative URLs (default: the input's URL, or an https placeholder
 * for local files, so relative URLs are warnings and not errors).
 */
export function validate(input: Input, base?: string): Report {
  const report: Report = { source: input.source, findings: [] };
  const fatal = (kind: FeedErrorKind, extra = '', status?: number) => {
    const [message, hint] = FATAL()[kind];
    report.findings.push({
      severity: 'fatal',
      rule: 'fatal',
      path: '$',
      message: `${message}${status ? ` (HTTP ${status})` : ''}${extra}`,
      hint,
    });
    return report;
  };
  if (input.status !== undefined && (input.status < 200 || input.status > 299)) return fatal('http', '', input.status);
  if (input.bytes.byteLength > MAX_BYTES) return fatal('too-large');
  const { text, encoding } = decode(input.bytes, input.contentType);
  report.encoding = encoding;
  const advice = (f: Pick<Finding, 'path' | 'message' | 'hint'>) =>
    report.findings.push({ severity: 'warning', rule: 'advice', ...f });
  if (!/^utf-8$/.test(encoding)) {
    advice({
      path: '$',
      message: t(`the file is not plain UTF-8 (${encoding})`, `tệp không phải UTF-8 chuẩn (${encoding})`),
      hint: t(
        'Save and serve the feed as UTF-8 (Content-Type: application/feed+json; charset=utf-8), or Vietnamese text may arrive garbled.',
        'Lưu và phục vụ bản tin ở dạng UTF-8 (Content-Type: application/feed+json; charset=utf-8), nếu không chữ tiếng Việt có thể bị lỗi phông.',
      ),
    });
  }
  const feedUrl =
    base ??
    (/^https?:/i.test(input.url) ? input.url : `https://feed.invalid/${input.url.split('/').pop() || 'feed.json'}`);
  let result;
  try {
    result = parseFeedText(text, feedUrl);
  } catch (e) {
    if (!isFeedError(e)) throw e;
    // Judged by the body: markup sent as HTML is a page even when it is only a fragment.
    if (e.kind === 'not-json' && /html/i.test(input.contentType ?? '') && text.trimStart().startsWith('<'))
      return fatal('html');
    const place = e.kind === 'not-json' ? jsonErrorPlace(text) : undefined;
    if (e.kind === 'not-json' && /^\s*<(\?xml|rss|feed|rdf)/i.test(text)) {
      report.findings.push({
        severity: 'fatal',
        rule: 'fatal',
        path: '$',
        message: t(
          'this is an RSS or Atom (XML) feed, not a JSON feed',
          'đây là bản tin RSS hoặc Atom (XML), không phải bản tin JSON',
        ),
        hint: t(
          'Convert it: `npx provincial-widgets from-rss <file|url> > feed.vi.json`.',
          'Hãy chuyển đổi: `npx provincial-widgets from-rss <tệp|địa chỉ> > feed.vi.json`.',
        ),
      });
      return report;
    }
    return fatal(e.kind, place ? t(` at ${place}`, ` tại ${place}`) : '');
  }
  // A good feed behind the wrong header (a misconfigured host sends text/html): shown, but named with the fix.
  if (input.contentType && !/json/i.test(input.contentType)) {
    advice({
      path: '$',
      message: t(
        `the server calls it "${input.contentType}" (its Content-Type header), but the body is a JSON feed: the widgets show it, with a console warning`,
        `máy chủ gửi tệp với kiểu "${input.contentType}" (tiêu đề Content-Type), nhưng nội dung là bản tin JSON: tiện ích vẫn hiển thị, kèm cảnh báo trong console`,
      ),
      hint: t(
        'Send the header "Content-Type: application/feed+json; charset=utf-8" (or application/json) with the feed.',
        'Gửi kèm bản tin tiêu đề "Content-Type: application/feed+json; charset=utf-8" (hoặc application/json).',
      ),
    });
  }
  const json = JSON.parse(text.replace(/^\ufeff/, '')) as Record<string, unknown>;
  const { feed, problems } = result;
  report.version = typeof json.version === 'string' ? json.version : undefined;
  report.items = Array.isArray(json.items) ? json.items.length : 0;
  report.shown = feed.items.length;
  report.events = feed.items.filter((i) => i.event).length;
  report.findings.push(...contractFindings(json, problems));
  advisories(json, advice);
  return report;
}
