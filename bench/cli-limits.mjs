#!/usr/bin/env node
/**
 * `npm run bench`, the event commands' limits (issue 22): runs every hostile input of the issue
 * through the CLI, each in a fresh Node process with a 1 GB heap, and prints the time and peak
 * memory (max RSS) of each and the worst of both. Fails (exit 1) past 30 s or 1 GB, or when an
 * input does not end in its limit's message.
 *
 *   node bench/cli-limits.mjs [--bundle path/to/cli/main.js]
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';
import { buildCli } from '../scripts/build-cli.mjs';

const { values } = parseArgs({ options: { bundle: { type: 'string' } } });
const dir = mkdtempSync(join(tmpdir(), 'pw-bench-limits-'));
const MAX_MS = 30_000;
const MAX_RSS_KB = 1024 * 1024;

const file = (name, data) => {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
};
const HEADER =
  '<row r="1"><c t="inlineStr"><is><t>Tiêu đề</t></is></c><c t="inlineStr"><is><t>Bắt đầu</t></is></c></row>';
const xlsx = (name, sheetData, extra = {}) =>
  file(
    name,
    zipSync({
      'xl/workbook.xml': strToU8('<workbook><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>'),
      'xl/_rels/workbook.xml.rels': strToU8(
        '<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
      ),
      'xl/worksheets/sheet1.xml': strToU8(`<worksheet><sheetData>${sheetData}</sheetData></worksheet>`),
      ...Object.fromEntries(Object.entries(extra).map(([k, v]) => [k, strToU8(v)])),
    }),
  );
const rows = (from, to, cell) => {
  const out = [];
  for (let i = from; i <= to; i++) out.push(`<row r="${i}">${cell(i)}</row>`);
  return out.join('');
};
const ics = (name, lines) => file(name, ['BEGIN:VCALENDAR', 'VERSION:2.0', ...lines, 'END:VCALENDAR', ''].join('\r\n'));
const vevent = (uid, ...props) => [
  'BEGIN:VEVENT',
  `UID:${uid}`,
  'DTSTART:20171122T003000Z',
  `SUMMARY:Tập huấn ${uid}`,
  ...props,
  'END:VEVENT',
];
const WINDOW = ['--from', '2017-11-01', '--to', '2017-12-31'];
const repeat = (n, f) => Array.from({ length: n }, (_, i) => f(i)).flat();
const wide = rows(1, 100_000, () => '<c t="s"><v>0</v></c>'.repeat(15));

/** [name, arguments, what its message must say]. */
const CASES = [
  [
    'xlsx <row r="100000000">',
    ['from-csv', xlsx('row.xlsx', `${HEADER}<row r="100000000"><c><v>1</v></c></row>`)],
    /100,000 rows/,
  ],
  [
    'xlsx r="ZZZZZZ2"',
    ['from-csv', xlsx('zz.xlsx', `${HEADER}<row r="2"><c r="ZZZZZZ2"><v>1</v></c></row>`)],
    /not a cell address/,
  ],
  [
    'xlsx 20,000 rows + XFD',
    [
      'from-csv',
      xlsx(
        'xfd.xlsx',
        HEADER +
          rows(2, 20_000, (i) => `<c r="A${i}"><v>1</v></c>`) +
          '<row r="20001"><c r="XFD20001"><v>1</v></c></row>',
      ),
    ],
    /200 columns/,
  ],
  [
    'xlsx 1,000,000 rows',
    ['from-csv', xlsx('million.xlsx', HEADER + rows(2, 1_000_000, (i) => `<c r="A${i}"><v>1</v></c>`))],
    /100,000 rows/,
  ],
  ['xlsx zip bomb (ratio)', ['from-csv', xlsx('bomb.xlsx', HEADER + ' '.repeat(300_000_000))], /200 times|50 MB limit/],
  [
    'xlsx 67 MB inflated',
    ['from-csv', xlsx('inflated.xlsx', wide, { 'xl/sharedStrings.xml': `<sst>${wide}</sst>` })],
    /50 MB limit/,
  ],
  [
    'xlsx bomb in docProps',
    [
      'from-csv',
      xlsx(
        'props.xlsx',
        `${HEADER}<row r="2"><c t="inlineStr"><is><t>A</t></is></c><c t="inlineStr"><is><t>2017-11-22</t></is></c></row>`,
        { 'docProps/custom.xml': ' '.repeat(300_000_000) },
      ),
    ],
    /Converted 1 of 1/,
  ],
  [
    'ics SECONDLY;BYMONTH=2;BYMONTHDAY=30',
    ['from-ics', ics('never.ics', vevent('never', 'RRULE:FREQ=SECONDLY;BYMONTH=2;BYMONTHDAY=30')), ...WINDOW],
    /search budget/,
  ],
  [
    'ics ten SECONDLY series',
    [
      'from-ics',
      ics(
        'secondly.ics',
        repeat(10, (i) => vevent(`s${i}`, 'RRULE:FREQ=SECONDLY')),
      ),
      ...WINDOW,
    ],
    /feed is full/,
  ],
  [
    'ics 12,000 VTIMEZONEs',
    [
      'from-ics',
      ics('zones.ics', [
        ...repeat(12_000, (i) => [
          'BEGIN:VTIMEZONE',
          `TZID:Z${i}`,
          'BEGIN:STANDARD',
          'DTSTART:19700101T000000',
          'TZOFFSETFROM:+0700',
          'TZOFFSETTO:+0700',
          'END:STANDARD',
          'END:VTIMEZONE',
        ]),
        ...vevent('a'),
      ]),
      ...WINDOW,
    ],
    /over the limit of 100/,
  ],
  [
    'ics VTIMEZONE rule SECONDLY',
    [
      'from-ics',
      ics('zone-rule.ics', [
        'BEGIN:VTIMEZONE',
        'TZID:G',
        'BEGIN:STANDARD',
        'DTSTART:19700101T000000',
        'RRULE:FREQ=SECONDLY',
        'TZOFFSETFROM:+0700',
        'TZOFFSETTO:+0700',
        'END:STANDARD',
        'END:VTIMEZONE',
        ...vevent('a').map((l) => (l.startsWith('DTSTART') ? 'DTSTART;TZID=G:20171122T073000' : l)),
      ]),
      ...WINDOW,
    ],
    /not YEARLY/,
  ],
  [
    'ics 3,000 orphan RECURRENCE-IDs',
    [
      'from-ics',
      ics(
        'orphans.ics',
        repeat(3000, (i) => vevent(`o${i}`, 'RECURRENCE-ID:20171122T003000Z')),
      ),
      ...WINDOW,
    ],
    /over 1000 changed occurrences/,
  ],
  ['http gzip bomb', ['validate', 'GZIP_BOMB'], /over the 5 MB limit/],
];

const bundle = values.bundle ?? (await buildCli(join(dir, 'main.js')));
// A local server for the compressed-body case (the runs are asynchronous, so it keeps answering).
const bomb = gzipSync(Buffer.alloc(256 * 1024 * 1024));
const server = createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
  res.end(bomb);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${server.address().port}/`;

const child = `const m = await import(process.argv[1]);
const t = performance.now();
let err = '';
const status = await m.main(process.argv.slice(2), { out: () => {}, err: (s) => (err += s), color: false });
process.stderr.write(JSON.stringify({ status, ms: performance.now() - t, maxRssKb: process.resourceUsage().maxRSS, err }));`;

let failed = false;
const results = [];
for (const [name, args, expect] of CASES) {
  const argv = args.map((a) => (a === 'GZIP_BOMB' ? url : a));
  const r = await new Promise((resolve) => {
    const c = spawn(
      process.execPath,
      [
        '--max-old-space-size=1024',
        '--input-type=module',
        '-e',
        child,
        bundle,
        ...argv,
        ...(argv[0] === 'validate' ? [] : ['-o', join(dir, 'out')]),
      ],
      { timeout: 120_000 },
    );
    let stderr = '';
    c.stderr.on('data', (d) => (stderr += d));
    c.on('close', (code) => resolve({ code, stderr }));
  });
  let row;
  try {
    row = JSON.parse(r.stderr.slice(r.stderr.lastIndexOf('{"status"')));
  } catch {
    row = { status: r.code, ms: Infinity, maxRssKb: Infinity, err: r.stderr.slice(-300) };
  }
  const ok = row.ms <= MAX_MS && row.maxRssKb <= MAX_RSS_KB && expect.test(row.err);
  failed ||= !ok;
  results.push({ name, ...row, ok });
  console.log(
    `${ok ? 'ok  ' : 'FAIL'} ${name.padEnd(38)} ${(row.ms / 1000).toFixed(1).padStart(5)} s ${(row.maxRssKb / 1024).toFixed(0).padStart(5)} MB${ok ? '' : `  ${row.err.split('\n')[0]}`}`,
  );
}
server.close();
const worst = (k) => Math.max(...results.map((r) => r[k]));
console.log(
  `worst: ${(worst('ms') / 1000).toFixed(1)} s (limit ${MAX_MS / 1000} s), ${(worst('maxRssKb') / 1024).toFixed(0)} MB peak memory (limit ${MAX_RSS_KB / 1024} MB)`,
);
rmSync(dir, { recursive: true, force: true });
process.exit(failed ? 1 : 0);
