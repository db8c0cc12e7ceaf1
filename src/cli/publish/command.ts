/** `provincial-widgets publish <config.json>`: the province's widget host in one run (docs/hosting.md). */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineCommand, type Io } from '../common/command.js';
import { InputError } from '../common/errors.js';
import { t } from '../common/i18n.js';
import { forTerminal } from '../common/terminal.js';
import { readConfig } from './config.js';
import { takeLock } from './lock.js';
import { publish, type RunReport } from './publish.js';

/** The built bundle beside the built CLI: dist/cli/main.js → dist/cdn/. */
const packageBundle = () => fileURLToPath(new URL('../cdn/', import.meta.url));

function summary(report: RunReport, out: string): string {
  const head = {
    0: t('published', 'đã đăng'),
    1: t('NOT everything was published (status 1)', 'CHƯA đăng được hết (mã 1)'),
    3: t('published with stale sources (status 3)', 'đã đăng, có nguồn dùng bản cũ (mã 3)'),
  }[report.status];
  const lines = [`provincial-widgets publish: ${head}, ${(report.duration_ms / 1000).toFixed(1)} s → ${out}`];
  const state = (written: boolean) => (written ? t('written', 'đã ghi') : t('unchanged', 'không đổi'));
  for (const f of report.feeds) {
    const ics = f.ics ? `, .ics ${f.ics.events} ${t('events', 'sự kiện')} (${state(f.ics.written)})` : '';
    lines.push(
      `  ${f.feed}: ${f.items} ${t('items', 'mục')} (${f.error ? t('kept', 'giữ bản cũ') : state(f.written)})${ics}`,
    );
    if (f.error) lines.push(`    ${t('error', 'lỗi')}: ${f.error}`);
    for (const s of f.sources) {
      const what = `${s.kind ?? '?'}, ${s.items} ${t('items', 'mục')}`;
      if (s.status === 'ok') lines.push(`    ok ${s.source} (${what})`);
      else if (s.status === 'stale')
        lines.push(
          `    ${t('STALE', 'CŨ')} ${s.source}: ${s.error}; ${t(`kept its last good items (${what}, read ${s.since})`, `giữ các mục tốt lần trước (${what}, đọc lúc ${s.since})`)}`,
        );
      else lines.push(`    ${t('FAILED', 'LỖI')} ${s.source}: ${s.error}; ${t('no earlier copy', 'chưa có bản cũ')}`);
    }
    for (const w of f.warnings) lines.push(`    ${t('warning', 'cảnh báo')} ${w}`);
  }
  if (report.bundle)
    lines.push(
      `  assets/provincial-widgets/: ${report.bundle.files} ${t('files', 'tệp')}, ${report.bundle.written} ${t('written', 'đã ghi')}`,
    );
  return `${forTerminal(lines.join('\n'))}\n`;
}

/** The `publish` command. */
export const publishCommand = defineCommand({
  name: 'publish',
  args: '<config.json>',
  summary: `Builds what agency sites load, from a config (schema/publish.schema.json): each feed's
sources (RSS/Atom, JSON Feed, CSV/XLSX, .ics; URLs or paths) merged into out/feeds/<name>.<lang>.json
(+ .ics), and the bundle copied to out/assets/provincial-widgets/. Files are replaced atomically and
only when they change; a failed source keeps its last good items.`,
  files: { min: 1 },
  filesError: () => t('publish needs one config file', 'publish cần một tệp cấu hình'),
  options: {
    json: { type: 'boolean', help: 'also print one line of JSON for monitoring (sources, items, warnings, time)' },
    bundle: {
      type: 'string',
      value: '<folder>',
      help: "the built bundle to copy (default: this package's dist/cdn)",
    },
  },
  notes: `Exit status: 0 published, 3 published with stale sources (a source failed: its last good
items were used), 1 a feed was not published (it would be empty or invalid: the old file stays),
2 bad usage. One run at a time (a lock file in the state folder).`,
  async run({ values, files: [file], io }) {
    const started = Date.now();
    try {
      return await run(file!, values, io);
    } catch (e) {
      // Monitoring reads one line per run, also when the run could not start (config, bundle, lock).
      if (values.json && e instanceof InputError)
        io.out(`${JSON.stringify({ status: 1, duration_ms: Date.now() - started, error: e.message, feeds: [] })}\n`);
      throw e;
    }
  },
});

async function run(file: string, values: { json?: boolean; bundle?: string }, io: Io): Promise<number> {
  const config = await readConfig(file);
  const bundleDir = config.bundle ? (values.bundle ?? packageBundle()) : undefined;
  if (bundleDir && !existsSync(join(bundleDir, 'autoloader.js')))
    throw new InputError(
      t(
        `the widgets' bundle is not built: ${join(bundleDir, 'autoloader.js')} is missing`,
        `gói tiện ích chưa được build: thiếu ${join(bundleDir, 'autoloader.js')}`,
      ),
      t(
        'Run `npm run build` in the package (or pass --bundle <dist/cdn folder>); set "bundle": false when agencies copy the bundle themselves. Nothing was written.',
        'Chạy `npm run build` trong gói (hoặc dùng --bundle <thư mục dist/cdn>); đặt "bundle": false nếu các cơ quan tự chép gói. Chưa ghi gì.',
      ),
    );
  const release = await takeLock(join(config.state, 'publish.lock'));
  let report: RunReport;
  try {
    report = await publish(config, bundleDir);
  } finally {
    await release();
  }
  const shown = relative(process.cwd(), config.out);
  io.err(summary(report, !shown ? '.' : shown.startsWith('..') ? config.out : shown));
  if (values.json) io.out(`${JSON.stringify(report)}\n`);
  return report.status;
}
