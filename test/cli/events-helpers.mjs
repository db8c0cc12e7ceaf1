/** Shared by the events-pipeline tests: fixtures, running a command to a file, and the validate check. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import ICAL from 'ical.js';
import { root, runCli, tempDir } from './helpers.mjs';

export const eventFixture = (name) => join(root, 'test/fixtures/events', name);
export const NOV_DEC_2017 = ['--from', '2017-11-01', '--to', '2017-12-31'];

/** Runs `command` with `-o <temp file>`: { status, stderr, feed|text, path }. */
export async function runTo(args, ext = 'json') {
  const path = join(tempDir(), `out.${ext}`);
  const r = await runCli([...args, '-o', path]);
  const text = readFileSync(path, 'utf8');
  return { ...r, path, text, feed: ext === 'json' ? JSON.parse(text) : undefined };
}

/** The existing `validate` command on a written feed: no error, nothing dropped. */
export async function assertValid(path) {
  const r = await runCli(['validate', path, '--json']);
  const report = JSON.parse(r.stdout);
  const bad = report.findings.filter((f) => f.severity !== 'warning');
  assert.deepEqual(bad, [], `validate found: ${JSON.stringify(bad)}`);
  assert.equal(r.status, 0);
}

/** Every VEVENT of an .ics as ical.js reads it, recurrences expanded: sorted { uid, start, end, summary, location, cancelled }. */
export function readIcs(text) {
  const cal = new ICAL.Component(ICAL.parse(text));
  for (const tz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(tz));
  const out = [];
  const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  const masters = events.filter((e) => !e.isRecurrenceException());
  for (const ex of events.filter((e) => e.isRecurrenceException()))
    masters.find((m) => m.uid === ex.uid)?.relateException(ex);
  const toIso = (t) => (t.isDate ? t.toString() : t.toJSDate().toISOString());
  const row = (item, start, end) => ({
    uid: item.uid,
    start: toIso(start),
    end: end ? toIso(end) : undefined,
    summary: item.summary,
    location: item.location ?? undefined,
    cancelled: item.component.getFirstPropertyValue('status') === 'CANCELLED',
  });
  for (const e of masters) {
    if (!e.isRecurring()) {
      out.push(row(e, e.startDate, e.endDate));
      continue;
    }
    const it = e.iterator();
    for (let next = it.next(); next; next = it.next()) {
      const o = e.getOccurrenceDetails(next);
      out.push(row(o.item, o.startDate, o.endDate));
    }
  }
  return out.sort((a, b) => a.start.localeCompare(b.start) || a.summary.localeCompare(b.summary));
}

let widget;
/** The widget's own per-event export (src/components/training-calendar/ics.ts) and the feed parser, bundled for Node. */
export function widgetExport() {
  widget ??= (async () => {
    const outfile = join(tempDir(), 'widget-ics.mjs');
    await build({
      stdin: {
        contents:
          "export { buildIcs } from './src/components/training-calendar/ics.ts'; export { parseFeedJson } from './src/feed/parse.ts';",
        resolveDir: root,
        loader: 'ts',
      },
      bundle: true,
      format: 'esm',
      platform: 'node',
      outfile,
      logLevel: 'error',
      tsconfig: join(root, 'tsconfig.json'),
    });
    return import(outfile);
  })();
  return widget;
}
