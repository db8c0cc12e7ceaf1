import { expect } from '@open-wc/testing';
import { parseFeedJson } from '../src/feed/parse.js';
import type { RawItem } from '../src/feed/types.js';
import {
  buildIcs,
  escapeText,
  eventUid,
  foldLine,
  googleCalendarUrl,
  icsFilename,
  type EventItem,
} from '../src/components/training-calendar/ics.js';
import { feedOf, item } from './helpers/feeds.js';

const FEED_URL = 'https://www.longan.gov.vn/feeds/portal.vi.json';
const NOW = new Date('2026-11-27T10:00:00Z');
const bytes = (s: string) => new TextEncoder().encode(s).length;

function parsed(raw: RawItem, feedUrl = FEED_URL): EventItem {
  const { feed } = parseFeedJson(feedOf([raw]), feedUrl);
  return feed.items[0] as EventItem;
}

const seed = () =>
  parsed(
    item('tap-huan-quy-che-dan-chu-2017', {
      title: 'Tập huấn quy chế dân chủ khối cơ quan hành chính Nhà nước và đơn vị sự nghiệp công lập năm 2017',
      summary:
        'Trọng tâm: Nghị định số 04/2015/NĐ-CP; Kế hoạch số 376/KH-UBND, Chỉ thị 34-CT/TU.\nDòng hai \\ kết thúc',
      _pw: {
        event: {
          start: '2017-11-22T07:30:00+07:00',
          end: '2017-11-22T11:00:00+07:00',
          location: { name: 'Hội trường UBND tỉnh Long An', address: 'Số 61 Nguyễn Huệ, Phường 1, TP. Tân An' },
          organizer: { name: 'Ban Chỉ đạo Quy chế dân chủ tỉnh Long An' },
        },
      },
    }),
  );

/** Unfolds physical lines back into content lines (RFC 5545 §3.1). */
const unfold = (ics: string) => ics.replace(/\r\n /g, '');

describe('ics', () => {
  it('ends every line in CRLF and never exceeds 75 octets, with Vietnamese text', () => {
    const ics = buildIcs(seed(), { feedUrl: FEED_URL, now: NOW });
    expect(ics.endsWith('\r\n')).to.be.true;
    expect(ics.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
    const lines = ics.split('\r\n').slice(0, -1);
    for (const line of lines) expect(bytes(line), line).to.be.at.most(75);
    // The summary is long and multi-byte: it was folded, and unfolds to the exact text.
    expect(lines.filter((l) => l.startsWith(' ')).length).to.be.greaterThan(1);
    expect(unfold(ics)).to.contain(
      'SUMMARY:Tập huấn quy chế dân chủ khối cơ quan hành chính Nhà nước và đơn vị sự nghiệp công lập năm 2017\r\n',
    );
  });

  it('folds by octets, not characters, and never inside a character', () => {
    const line = `SUMMARY:${'ệ'.repeat(40)}`; // 8 + 40×3 = 128 octets, 48 characters
    const folded = foldLine(line).split('\r\n');
    expect(folded.length).to.equal(2);
    expect(bytes(folded[0]!)).to.equal(74); // 8 + 22×3: a 23rd ệ would make 77
    expect(folded[0]).to.equal(`SUMMARY:${'ệ'.repeat(22)}`);
    expect(folded[1]).to.equal(` ${'ệ'.repeat(18)}`);
    expect(foldLine('A'.repeat(75))).to.equal('A'.repeat(75));
    expect(foldLine('A'.repeat(76))).to.equal(`${'A'.repeat(75)}\r\n A`);
    // 4-byte characters are not split either.
    for (const l of foldLine(`X:${'😀'.repeat(30)}`).split('\r\n')) {
      expect(bytes(l)).to.be.at.most(75);
      expect(l).not.to.contain('\uFFFD');
    }
  });

  it('escapes backslash, semicolon, comma and newlines, and drops control characters', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg\u0007h')).to.equal('a\\\\b\\;c\\,d\\ne\\nf\\ng' + 'h');
    const ics = unfold(buildIcs(seed(), { feedUrl: FEED_URL, now: NOW }));
    expect(ics).to.contain(
      'DESCRIPTION:Trọng tâm: Nghị định số 04/2015/NĐ-CP\\; Kế hoạch số 376/KH-UBND\\, Chỉ thị 34-CT/TU.\\nDòng hai \\\\ kết thúc\r\n',
    );
    expect(ics).to.contain('LOCATION:Hội trường UBND tỉnh Long An\\, Số 61 Nguyễn Huệ\\, Phường 1\\, TP. Tân An\r\n');
  });

  it('writes the seed session line by line in Vietnam time', () => {
    const lines = unfold(buildIcs(seed(), { feedUrl: FEED_URL, now: NOW })).split('\r\n');
    expect(lines.slice(0, 5)).to.deep.equal([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//provincial-widgets//pw-training-calendar//VI',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
    ]);
    expect(lines).to.include.members([
      'BEGIN:VTIMEZONE',
      'TZID:Asia/Ho_Chi_Minh',
      'TZOFFSETFROM:+0700',
      'TZOFFSETTO:+0700',
      'END:VTIMEZONE',
      'BEGIN:VEVENT',
      'UID:tap-huan-quy-che-dan-chu-2017@www.longan.gov.vn',
      'DTSTAMP:20261127T100000Z',
      'DTSTART;TZID=Asia/Ho_Chi_Minh:20171122T073000',
      'DTEND;TZID=Asia/Ho_Chi_Minh:20171122T110000',
      'URL:https://www.longan.gov.vn/tin-tuc/tap-huan-quy-che-dan-chu-2017',
      'LAST-MODIFIED:20171122T041600Z',
      'STATUS:CONFIRMED',
      'END:VEVENT',
    ]);
    expect(lines[lines.length - 2]).to.equal('END:VCALENDAR');
    expect(lines[lines.length - 1]).to.equal('');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).to.have.length(1);
  });

  it('uses VALUE=DATE with an exclusive DTEND for all-day events, and STATUS:CANCELLED', () => {
    const course = parsed(
      item('course', {
        _pw: { event: { start: '2017-11-27', end: '2017-12-01', all_day: true, status: 'cancelled' } },
      }),
    );
    const lines = unfold(buildIcs(course, { feedUrl: FEED_URL, now: NOW })).split('\r\n');
    expect(lines).to.include('DTSTART;VALUE=DATE:20171127');
    expect(lines).to.include('DTEND;VALUE=DATE:20171202');
    expect(lines).to.include('STATUS:CANCELLED');
    expect(lines).not.to.include('BEGIN:VTIMEZONE');
    const single = parsed(item('one', { _pw: { event: { start: '2017-12-31' } } }));
    const l2 = buildIcs(single, { feedUrl: FEED_URL, now: NOW }).split('\r\n');
    expect(l2).to.include('DTSTART;VALUE=DATE:20171231');
    expect(l2).to.include('DTEND;VALUE=DATE:20180101');
  });

  it('writes events from before 13 June 1975 (+08:00 in the zone database) at the right instant', () => {
    // The VTIMEZONE says +07:00 throughout; writing the zone database's +08:00 wall clock under it put them an hour late.
    const old = parsed(
      item('hop-1972', {
        title: 'Họp 1972',
        _pw: { event: { start: '1972-05-15T08:00:00+08:00', end: '1972-05-15T10:30:00+08:00' } },
      }),
    );
    const lines = unfold(buildIcs(old, { feedUrl: FEED_URL, now: NOW })).split('\r\n');
    const vtzOffset = lines.find((l) => l.startsWith('TZOFFSETTO:'))!.slice(-4);
    const read = (name: string) => {
      const vevent = lines.slice(lines.indexOf('BEGIN:VEVENT'));
      const m = new RegExp(`^${name}(;TZID=[^:]+)?:(\\d{8}T\\d{6})(Z?)$`).exec(
        vevent.find((l) => l.startsWith(name))!,
      )!;
      const iso = `${m[2]!.slice(0, 4)}-${m[2]!.slice(4, 6)}-${m[2]!.slice(6, 8)}T${m[2]!.slice(9, 11)}:${m[2]!.slice(11, 13)}:${m[2]!.slice(13, 15)}`;
      return new Date(`${iso}${m[1] ? `+${vtzOffset.slice(0, 2)}:${vtzOffset.slice(2)}` : 'Z'}`).toISOString();
    };
    expect(read('DTSTART')).to.equal('1972-05-15T00:00:00.000Z');
    expect(read('DTEND')).to.equal('1972-05-15T02:30:00.000Z');
    // Since 1975 the wall clock under the VTIMEZONE is kept.
    expect(unfold(buildIcs(seed(), { feedUrl: FEED_URL, now: NOW }))).to.include(
      'DTSTART;TZID=Asia/Ho_Chi_Minh:20171122T073000',
    );
  });

  it('marks postponed sessions TENTATIVE', () => {
    const p = parsed(item('p', { _pw: { event: { start: '2017-11-29T08:00:00+07:00', status: 'postponed' } } }));
    expect(buildIcs(p, { feedUrl: FEED_URL, now: NOW }).split('\r\n')).to.include('STATUS:TENTATIVE');
  });

  it('keeps the UID stable across reloads and distinct across hosts', () => {
    const a = buildIcs(seed(), { feedUrl: FEED_URL, now: NOW });
    const b = buildIcs(seed(), { feedUrl: FEED_URL, now: new Date('2027-01-01T00:00:00Z') });
    const uid = (s: string) => s.split('\r\n').find((l) => l.startsWith('UID:'));
    expect(uid(a)).to.equal(uid(b));
    expect(uid(a)).to.equal(eventUid(seed(), FEED_URL).replace(/^/, 'UID:'));
    expect(eventUid(seed(), 'https://dost.longan.gov.vn/feed.json')).to.equal(
      'tap-huan-quy-che-dan-chu-2017@dost.longan.gov.vn',
    );
    // Odd characters in ids cannot break the line or inject properties.
    const odd = parsed(item('a b;c\r\nSTATUS:CANCELLED', { _pw: { event: { start: '2017-11-22T07:30:00+07:00' } } }));
    expect(eventUid(odd, FEED_URL)).to.equal('a%20b%3bc%0d%0aSTATUS:CANCELLED@www.longan.gov.vn');
  });

  it('cannot be injected through hostile text', () => {
    const evil = parsed(
      item('evil', {
        title: 'X\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:Injected',
        url: 'javascript:alert(1)',
        _pw: {
          event: {
            start: '2017-11-22T07:30:00+07:00',
            location: 'A;B,C\\D\nE',
            organizer: { name: 'O"rg', url: 'mailto:a@b.vn' },
          },
        },
      }),
    );
    const lines = unfold(buildIcs(evil, { feedUrl: FEED_URL, now: NOW })).split('\r\n');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).to.have.length(1);
    expect(lines).to.include('SUMMARY:X\\nEND:VEVENT\\nBEGIN:VEVENT\\nSUMMARY:Injected');
    expect(lines).to.include('LOCATION:A\\;B\\,C\\\\D\\nE');
    expect(lines).to.include('ORGANIZER;CN="Org":mailto:a@b.vn');
    expect(lines.some((l) => l.startsWith('URL:'))).to.be.false;
  });

  it('builds a Google Calendar link in Vietnam time with ctz', () => {
    const url = new URL(googleCalendarUrl(seed()));
    expect(url.origin + url.pathname).to.equal('https://calendar.google.com/calendar/render');
    expect(url.searchParams.get('action')).to.equal('TEMPLATE');
    expect(url.searchParams.get('ctz')).to.equal('Asia/Ho_Chi_Minh');
    expect(url.searchParams.get('dates')).to.equal('20171122T073000/20171122T110000');
    expect(url.searchParams.get('text')).to.equal(seed().title);
    expect(url.searchParams.get('location')).to.equal(
      'Hội trường UBND tỉnh Long An, Số 61 Nguyễn Huệ, Phường 1, TP. Tân An',
    );
    const course = parsed(item('course', { _pw: { event: { start: '2017-11-27', end: '2017-12-01' } } }));
    expect(new URL(googleCalendarUrl(course)).searchParams.get('dates')).to.equal('20171127/20171202');
  });

  it('never writes a year outside 1–9999 (no "+0100…" dates) in the .ics or the Google Calendar link', () => {
    const { feed } = parseFeedJson(
      feedOf([
        item('all-day-end', { _pw: { event: { start: '9999-12-30', end: '9999-12-31' } } }),
        item('all-day-one', { _pw: { event: { start: '9999-12-31' } } }),
        item('timed-end', { _pw: { event: { start: '9999-12-31T08:00:00+07:00', end: '9999-12-31T20:00:00-05:00' } } }),
        item('timed-vn', { _pw: { event: { start: '9999-12-31T18:00:00Z' } } }),
        item('modified', {
          date_published: '9999-12-31T20:00:00-05:00',
          date_modified: '9999-12-31T18:00:00Z',
          _pw: { event: { start: '9999-12-31T08:00:00+07:00' } },
        }),
        item('last-ok', { _pw: { event: { start: '9999-12-29', end: '9999-12-30' } } }),
      ]),
      FEED_URL,
    );
    // Each out-of-range event is dropped; its item stays, as news.
    expect(feed.items).to.have.length(6);
    const events = feed.items.filter((i) => i.event) as EventItem[];
    expect(events.map((i) => i.id)).to.deep.equal(['modified', 'last-ok']);
    for (const i of events) {
      const ics = unfold(buildIcs(i, { feedUrl: FEED_URL, now: NOW }));
      expect(ics, i.id).not.to.contain('+0100');
      for (const line of ics.split('\r\n').filter((l) => /^(DTSTART|DTEND|LAST-MODIFIED|DTSTAMP)[;:]/.test(l))) {
        expect(line, i.id).to.match(/:\d{8}(T\d{6}Z?)?$/);
      }
      const dates = new URL(googleCalendarUrl(i)).searchParams.get('dates')!;
      expect(dates, i.id).to.match(/^\d{8}(T\d{6})?\/\d{8}(T\d{6})?$/);
    }
    const lastOk = events[1];
    expect(unfold(buildIcs(lastOk!, { feedUrl: FEED_URL, now: NOW })).split('\r\n')).to.include(
      'DTEND;VALUE=DATE:99991231',
    );
    expect(new URL(googleCalendarUrl(lastOk!)).searchParams.get('dates')).to.equal('99991229/99991231');
  });

  it('names the file in ASCII', () => {
    expect(icsFilename(seed())).to.equal('tap-huan-quy-che-dan-chu-khoi-co-quan-hanh-chinh-nha-nuoc-va.ics');
    expect(icsFilename(parsed(item('x', { title: '!!!', _pw: { event: { start: '2017-11-22' } } })))).to.equal(
      'su-kien.ics',
    );
  });
});
