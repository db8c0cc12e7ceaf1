/**
 * The event commands on hostile input (issue 22): every input is generated here, and each test
 * fails (or runs out of memory or time) without the limit it checks. The CLI runs as a child
 * process with 1 GB of heap, as the widget host would run it.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { strToU8, zipSync } from 'fflate';
import { runCli, tempDir } from './helpers.mjs';

const LIMITED = { env: { NODE_OPTIONS: '--max-old-space-size=1024' } };

const HEADER =
  '<row r="1"><c r="A1" t="inlineStr"><is><t>Tiêu đề</t></is></c><c r="B1" t="inlineStr"><is><t>Bắt đầu</t></is></c></row>';
const ROW2 =
  '<row r="2"><c r="A2" t="inlineStr"><is><t>Tập huấn</t></is></c><c r="B2" t="inlineStr"><is><t>2017-11-22</t></is></c></row>';

/** An .xlsx with `sheetData` as its first sheet's rows, plus any `extra` entries (name → text). */
export function xlsx(sheetData, extra = {}) {
  const files = {
    'xl/workbook.xml': '<workbook xmlns:r="r"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>',
    'xl/_rels/workbook.xml.rels':
      '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    'xl/worksheets/sheet1.xml': `<worksheet><sheetData>${sheetData}</sheetData></worksheet>`,
    ...extra,
  };
  const path = join(tempDir(), 'lich.xlsx');
  writeFileSync(path, zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)]))));
  return path;
}

describe('from-csv: hostile workbooks', () => {
  it('rejects a row number far beyond the data (<row r="100000000">) instead of filling the gap', async () => {
    const r = await runCli(
      ['from-csv', xlsx(`${HEADER}<row r="100000000"><c t="inlineStr"><is><t>x</t></is></c></row>`)],
      LIMITED,
    );
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stderr, /row 100000000, beyond the limit of 100,000 rows\n {2}Fix: Delete the empty rows/);
    assert.doesNotMatch(r.stderr, /\n\s+at /);
  });

  it('rejects an address that is no cell (r="ZZZZZZ2")', async () => {
    const r = await runCli(
      ['from-csv', xlsx(`${HEADER}<row r="2"><c r="ZZZZZZ2" t="inlineStr"><is><t>x</t></is></c></row>`)],
      LIMITED,
    );
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stderr, /a cell at "ZZZZZZ2", which is not a cell address/);
  });

  it('rejects a cell in column XFD after 20,000 rows, beyond 200 columns', async () => {
    const rows = [HEADER];
    for (let i = 2; i <= 20_000; i++) rows.push(`<row r="${i}"><c r="A${i}"><v>${i}</v></c></row>`);
    rows.push('<row r="20001"><c r="XFD20001"><v>1</v></c></row>');
    const r = await runCli(['from-csv', xlsx(rows.join(''))], LIMITED);
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stderr, /a cell at XFD20001, beyond the limit of 200 columns/);
  });

  it('stops a 1,000,000-row sheet at the row limit, with no stack overflow', async () => {
    const rows = [HEADER];
    for (let i = 2; i <= 1_000_000; i++) rows.push(`<row r="${i}"><c r="A${i}"><v>1</v></c></row>`);
    const r = await runCli(['from-csv', xlsx(rows.join(''))], LIMITED);
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stderr, /row 100001, beyond the limit of 100,000 rows/);
    assert.doesNotMatch(r.stderr, /Maximum call stack/);
  });

  it('holds a CSV to the same 100,000 rows', async () => {
    const csv = join(tempDir(), 'lich.csv');
    writeFileSync(csv, `Tiêu đề,Bắt đầu\n${'Tập huấn,22/11/2017\n'.repeat(150_000)}`);
    const r = await runCli(['from-csv', csv, '-o', join(tempDir(), 'out.json')], LIMITED);
    assert.equal(r.status, 1, r.stderr.slice(0, 500));
    assert.match(r.stderr, /^provincial-widgets: the sheet has a row 100001, beyond the limit of 100,000 rows\n/);
  });

  it('stops a zip bomb in the sheet at the compression ratio, naming the limit', async () => {
    const r = await runCli(['from-csv', xlsx(`${HEADER}${' '.repeat(200_000_000)}`)], LIMITED);
    assert.equal(r.status, 1, r.stderr);
    assert.match(
      r.stderr,
      /sheet1\.xml inflates more than 200 times its size .*\n {2}Fix: A real workbook stays under 50 MB/,
    );
  });

  it('stops at 50 MB inflated in all, however the parts are compressed', async () => {
    const rows = [];
    for (let i = 1; i <= 100_000; i++) rows.push(`<row r="${i}">${'<c t="s"><v>0</v></c>'.repeat(15)}</row>`);
    const body = rows.join('');
    const r = await runCli(['from-csv', xlsx(body, { 'xl/sharedStrings.xml': `<sst>${body}</sst>` })], LIMITED);
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stderr, /sharedStrings\.xml inflates past the 50 MB limit/);
  });

  it('never inflates a part it does not need (a bomb in docProps/custom.xml)', async () => {
    const r = await runCli(
      ['from-csv', xlsx(`${HEADER}${ROW2}`, { 'docProps/custom.xml': ' '.repeat(300_000_000) })],
      LIMITED,
    );
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /Converted 1 of 1 row/);
  });
});

/** An .ics file of `lines` (VEVENTs, VTIMEZONEs) inside one VCALENDAR. */
function ics(lines) {
  const path = join(tempDir(), 'lich.ics');
  writeFileSync(
    path,
    ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', ...lines, 'END:VCALENDAR', ''].join('\r\n'),
  );
  return path;
}
const vevent = (uid, ...props) => [
  'BEGIN:VEVENT',
  `UID:${uid}`,
  'DTSTAMP:20171101T000000Z',
  'DTSTART:20171122T003000Z',
  'DTEND:20171122T040000Z',
  `SUMMARY:Tập huấn ${uid}`,
  ...props,
  'END:VEVENT',
];
const WINDOW = ['--from', '2017-11-01', '--to', '2017-12-31'];

describe('from-ics: hostile calendars', () => {
  it('ends a rule that matches no time (FREQ=SECONDLY;BYMONTH=2;BYMONTHDAY=30), keeping the other events', async () => {
    const path = ics([...vevent('never', 'RRULE:FREQ=SECONDLY;BYMONTH=2;BYMONTHDAY=30'), ...vevent('real')]);
    const r = await runCli(['from-ics', path, ...WINDOW, '-o', join(tempDir(), 'out.json')], LIMITED);
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stderr, /Converted 1 event/);
    assert.match(r.stderr, /VEVENT 1 \(UID never\), RRULE: the series was followed until its search budget ran out/);
  });

  it('caps ten SECONDLY series at the feed limits, under 5 MB, naming the series where it stopped', async () => {
    const lines = [];
    for (let i = 1; i <= 10; i++) lines.push(...vevent(`giay-${i}`, 'RRULE:FREQ=SECONDLY'));
    const out = join(tempDir(), 'out.json');
    const r = await runCli(['from-ics', ics(lines), ...WINDOW, '-o', out], LIMITED);
    assert.equal(r.status, 1, r.stderr);
    const text = readFileSync(out, 'utf8');
    assert.ok(Buffer.byteLength(text) < 5 * 1024 * 1024, `${Buffer.byteLength(text)} bytes`);
    const items = JSON.parse(text).items.length;
    assert.ok(items > 0 && items <= 5000, `${items} events`);
    assert.match(r.stderr, /\(UID giay-\d+\) \d{8}T\d{6}Z, VEVENT: the feed is full \(5,000 events or 4.5 MB\)/);
  });

  it('reads at most 100 VTIMEZONEs of 12,000, quickly, and says so', async () => {
    const zones = [];
    for (let i = 0; i < 12_000; i++)
      zones.push(
        'BEGIN:VTIMEZONE',
        `TZID:Zone ${i}`,
        'BEGIN:STANDARD',
        'DTSTART:19700101T000000',
        'TZOFFSETFROM:+0700',
        'TZOFFSETTO:+0700',
        'END:STANDARD',
        'END:VTIMEZONE',
      );
    const started = Date.now();
    const r = await runCli(
      ['from-ics', ics([...zones, ...vevent('real')]), ...WINDOW, '-o', join(tempDir(), 'out.json')],
      LIMITED,
    );
    assert.ok(Date.now() - started < 20_000, `${Date.now() - started} ms`);
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stderr, /Converted 1 event/);
    assert.match(r.stderr, /VTIMEZONE 101 \(TZID Zone 100\), VTIMEZONE: 12000 time zones, over the limit of 100/);
  });

  it('does not expand a time zone whose rule repeats every second', async () => {
    const zone = [
      'BEGIN:VTIMEZONE',
      'TZID:Giay',
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      'RRULE:FREQ=SECONDLY',
      'TZOFFSETFROM:+0700',
      'TZOFFSETTO:+0700',
      'END:STANDARD',
      'END:VTIMEZONE',
    ];
    const event = vevent('real').map((l) => (l.startsWith('DTSTART') ? 'DTSTART;TZID=Giay:20171122T073000' : l));
    const r = await runCli(
      ['from-ics', ics([...zone, ...event]), ...WINDOW, '-o', join(tempDir(), 'out.json')],
      LIMITED,
    );
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stderr, /Converted 1 event/);
    assert.match(r.stderr, /VTIMEZONE 1 \(TZID Giay\), VTIMEZONE: not read: a rule repeats SECONDLY, not YEARLY/);
  });

  it('caps RECURRENCE-IDs whose series is not in the file at 1,000', async () => {
    const lines = [];
    for (let i = 0; i < 3000; i++) lines.push(...vevent(`mo-coi-${i}`, `RECURRENCE-ID:20171122T003000Z`));
    const out = join(tempDir(), 'out.json');
    const r = await runCli(['from-ics', ics(lines), ...WINDOW, '-o', out], LIMITED);
    assert.equal(r.status, 1, r.stderr);
    assert.equal(JSON.parse(readFileSync(out, 'utf8')).items.length, 1000);
    assert.match(r.stderr, /VEVENT 1001 \(UID mo-coi-1000\), RECURRENCE-ID: over 1000 changed occurrences/);
  });
});
