/**
 * Feed text that tries to escape its field (issue 22): a calendar name or title that injects
 * iCalendar lines into the subscription calendar, and ESC/OSC 52/BEL sequences aimed at the
 * operator's terminal. Each test fails without the escaping it checks.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import ICAL from 'ical.js';
import { readIcs, runTo } from './events-helpers.mjs';
import { runCli, tempDir } from './helpers.mjs';

const FEED_URL = 'https://www.longan.gov.vn/feeds/su-kien.vi.json';
const INJECTED = [
  'REFRESH-INTERVAL;VALUE=DURATION:P3650D',
  'BEGIN:VEVENT',
  'UID:that-huan-1@www.longan.gov.vn',
  'SEQUENCE:999',
  'STATUS:CANCELLED',
  'DTSTART:20171122T003000Z',
  'SUMMARY:Đã hủy',
  'BEGIN:VALARM',
  'ACTION:DISPLAY',
  'TRIGGER:-PT1M',
  'END:VALARM',
  'END:VEVENT',
];
/** Every line break and control character the writer must not let through, each starting an injection. */
const BREAKS = ['\r\n', '\n', '\r', '\u0085', '\u2028', '\u2029', '\u0000', '\u000b', '\u000c'];
const hostile = (lead, breaks = BREAKS) => breaks.map((b) => `${b}${INJECTED.join(b)}`).join('') + lead;
/** A command-line argument cannot hold NUL. */
const ARG_BREAKS = BREAKS.filter((b) => b !== '\u0000');
/** ESC ] 52 (write the clipboard), BEL, and a colour: what a terminal acts on. */
const OSC = '\u001b]52;c;cHduZWQ=\u0007\u001b[31m';
const assertNoEscapes = (s) => {
  // eslint-disable-next-line no-control-regex -- ESC and BEL are what must not be printed
  assert.doesNotMatch(s, /[\u001b\u0007]/, 'a raw ESC or BEL reached the terminal');
  assert.match(s, /\\u001b\]52;c;cHduZWQ=\\u0007\\u001b\[31m/);
};

const event = (id, title) => ({
  id,
  title,
  content_text: 'Tập huấn cho cán bộ',
  _pw: { event: { start: '2017-11-22T07:30:00+07:00', end: '2017-11-22T11:00:00+07:00' } },
});

function writeFeed(feed) {
  const path = join(tempDir(), 'feed.json');
  writeFileSync(path, JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', feed_url: FEED_URL, ...feed }));
  return path;
}

/** The calendar as ical.js reads it: its events, its REFRESH-INTERVALs and its name. */
function readCalendar(text) {
  const cal = new ICAL.Component(ICAL.parse(text));
  return {
    events: readIcs(text),
    refresh: cal.getAllProperties('refresh-interval').map((p) => p.getFirstValue().toString()),
    name: cal.getFirstPropertyValue('x-wr-calname'),
  };
}

describe('to-ics: no text property rewrites the calendar', () => {
  it('keeps an injected feed title, item title and --name inside their properties (1 event, no REFRESH-INTERVAL override)', async () => {
    const feed = writeFeed({ title: hostile('Lịch tập huấn'), items: [event('that-huan-1', hostile('Tập huấn'))] });
    for (const args of [[], ['--name', hostile('Lịch', ARG_BREAKS)]]) {
      const r = await runTo(['to-ics', feed, ...args], 'ics');
      const cal = readCalendar(r.text);
      assert.equal(cal.events.length, 1, r.text);
      assert.equal(cal.events[0].cancelled, false);
      assert.deepEqual(cal.refresh, ['PT1H']);
      // ical.js reads an X- property raw: the injected lines are one escaped value.
      assert.match(cal.name, /^(\\n)?REFRESH-INTERVAL\\;VALUE=DURATION:P3650D\\nBEGIN:VEVENT\\n/);
      // Only CRLF line ends are left: no bare CR, LF, NUL, VT, FF, NEL, U+2028 or U+2029.
      // eslint-disable-next-line no-control-regex -- control characters are what must not be written
      assert.doesNotMatch(r.text.replace(/\r\n/g, ''), /[\u0000-\u0008\u000a-\u001f\u0085\u2028\u2029]/);
    }
  });
});

describe('validate and merge: control characters in titles', () => {
  it('validate warns about them, naming the titles', async () => {
    const r = await runCli([
      'validate',
      writeFeed({ title: 'Lịch\r\nREFRESH-INTERVAL:P3650D', items: [event('a', 'Tập\u2028huấn')] }),
    ]);
    assert.equal(r.status, 0, r.stdout);
    assert.match(r.stdout, /WARNING title: control characters or line breaks in 2 titles \(title, items\[0\]\.title\)/);
  });

  it('merge does not carry them into its title', async () => {
    const a = writeFeed({ title: `Lịch${INJECTED.join('\r\n')}`, items: [event('a', 'Một')] });
    const b = writeFeed({ title: 'Tin', items: [event('b', 'Hai')] });
    const r = await runTo(['merge', a, b]);
    assert.equal(r.feed.title, `Lịch${INJECTED.join(' ')}`);
    assert.match(r.stderr, /note title: line breaks and control characters in the title were replaced by spaces/);
  });

  it('merge leaves out an item that is not an object, with one line and no stack trace', async () => {
    const a = writeFeed({ title: 'A', items: [null, event('a', 'Một')] });
    const b = writeFeed({ title: 'B', items: [event('b', 'Hai')] });
    const r = await runTo(['merge', a, b]);
    assert.equal(r.feed.items.length, 2, r.stderr);
    assert.match(r.stderr, /items\[0\]: left out: not an object/);
    assert.doesNotMatch(r.stderr, /TypeError|\n\s+at /);
  });
});

describe('terminal escapes: every command prints feed text through forTerminal', () => {
  it('from-csv: a cell value', async () => {
    const csv = join(tempDir(), 'lich.csv');
    writeFileSync(csv, `Tiêu đề,Bắt đầu\nTập huấn,"${OSC}"\n`);
    const r = await runTo(['from-csv', csv]);
    assert.equal(r.status, 1);
    assertNoEscapes(r.stderr);
  });

  it('from-ics: a UID', async () => {
    const ics = join(tempDir(), 'lich.ics');
    writeFileSync(
      ics,
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'BEGIN:VEVENT',
        `UID:${OSC}`,
        'DTSTART:20171122T003000Z',
        'END:VEVENT',
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
    );
    const r = await runTo(['from-ics', ics, '--from', '2017-11-01', '--to', '2017-12-31']);
    assert.equal(r.status, 1);
    assertNoEscapes(r.stderr);
  });

  it('merge: a duplicate id', async () => {
    const a = writeFeed({ title: 'A', items: [event(OSC, 'Một')] });
    const b = writeFeed({ title: 'B', items: [event(OSC, 'Hai')] });
    assertNoEscapes((await runTo(['merge', a, b])).stderr);
  });

  it('to-ics: the calendar name', async () => {
    const feed = writeFeed({ title: OSC, items: [event('a', 'Một')] });
    assertNoEscapes((await runTo(['to-ics', feed], 'ics')).stderr);
  });

  it('validate: the duplicate-id message', async () => {
    const r = await runCli(['validate', writeFeed({ title: 'A', items: [event(OSC, 'Một'), event(OSC, 'Hai')] })]);
    assert.equal(r.status, 1);
    assertNoEscapes(r.stdout);
  });
});
