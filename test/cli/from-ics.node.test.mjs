/** `provincial-widgets from-ics`: Outlook and Google Calendar exports, recurrences, and broken files. */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { assertValid, eventFixture, NOV_DEC_2017, runTo } from './events-helpers.mjs';
import { runCli, tempDir } from './helpers.mjs';

const SERIES =
  '040000008200E00074C5B7101A82E00800000000D0F3A1B2C3D4D301000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90';

describe('from-ics: an Outlook export', () => {
  it("expands the weekly RRULE, skips the EXDATE, applies the RECURRENCE-ID overrides, in the VTIMEZONE's offset", async () => {
    const r = await runTo(['from-ics', eventFixture('outlook.ics'), ...NOV_DEC_2017]);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.feed.title, 'Lịch tập huấn - Sở Nội vụ');
    const series = r.feed.items.filter((i) => i.id.startsWith(SERIES));
    assert.deepEqual(
      series.map((i) => [i.id.slice(SERIES.length), i._pw.event.start, i._pw.event.status ?? 'scheduled']),
      [
        ['/20171106T013000Z', '2017-11-06T08:30:00+07:00', 'scheduled'],
        ['/20171113T013000Z', '2017-11-13T08:30:00+07:00', 'scheduled'],
        // 20 Nov is an EXDATE; 27 Nov moved to the afternoon; 4 Dec cancelled.
        ['/20171127T013000Z', '2017-11-27T14:00:00+07:00', 'scheduled'],
        ['/20171204T013000Z', '2017-12-04T08:30:00+07:00', 'cancelled'],
        ['/20171211T013000Z', '2017-12-11T08:30:00+07:00', 'scheduled'],
      ],
    );
    const first = series[0];
    assert.equal(first.title, 'Giao ban chuyên môn hằng tuần');
    assert.deepEqual(first._pw.event.organizer, { name: 'Nguyễn Văn An', url: 'mailto:an.nv@snv.longan.gov.vn' });
    assert.deepEqual(first._pw.event.location, { name: 'Phòng họp số 2, Sở Nội vụ' });
    assert.equal(
      first.content_text,
      'Giao ban chuyên môn: rà soát hồ sơ thi đua, khen thưởng và kế hoạch bồi dưỡng công chức quý IV.',
    );
    assert.equal(series[2].title, 'Giao ban chuyên môn hằng tuần (dời sang buổi chiều)');
    assert.deepEqual(series[2]._pw.event.location, { name: 'Hội trường B, Sở Nội vụ' });
    await assertValid(r.path);
  });

  it('turns date values into all-day events with an inclusive end, STATUS:CANCELLED into cancelled, and gives text to events without one', async () => {
    const { feed } = await runTo(['from-ics', eventFixture('outlook.ics'), ...NOV_DEC_2017]);
    const course = feed.items.find((i) => i.title === 'Lớp bồi dưỡng ngạch chuyên viên');
    assert.deepEqual(course._pw.event, {
      start: '2017-12-13',
      end: '2017-12-14',
      all_day: true,
      location: { name: 'Trường Chính trị tỉnh Long An' },
    });
    assert.equal(course.content_text, 'Thời gian: 13/12/2017 – 14/12/2017. Địa điểm: Trường Chính trị tỉnh Long An.');
    const cancelled = feed.items.find((i) => i.title === 'Tập huấn phần mềm quản lý văn bản');
    assert.equal(cancelled._pw.event.status, 'cancelled');
    assert.equal(cancelled.content_text, 'Thời gian: 08/12/2017 - 14:00 – 16:00. Địa điểm: Phòng họp số 1.');
  });
});

describe('from-ics: a Google Calendar export', () => {
  it('maps TZID times, UTC times (shown at +07:00), DAILY until, URL, ORGANIZER;CN= and DESCRIPTION', async () => {
    const r = await runTo(['from-ics', eventFixture('google.ics'), ...NOV_DEC_2017]);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.feed.title, 'Lịch tập huấn tỉnh Long An');
    const [seed, ...rest] = r.feed.items;
    assert.equal(seed.id, '3q8l2m0v5r7k1c9b4n6d8f0g2h@google.com');
    assert.equal(seed.url, 'https://www.longan.gov.vn/tin-tuc/tap-huan-quy-che-dan-chu-2017');
    assert.equal(
      seed.content_text,
      'Giới thiệu Nghị định số 04/2015/NĐ-CP về thực hiện dân chủ trong hoạt động của cơ quan hành chính Nhà nước.\nBáo cáo viên: Vũ Anh Tuấn.',
    );
    assert.deepEqual(seed._pw.event, {
      start: '2017-11-22T07:30:00+07:00',
      end: '2017-11-22T11:00:00+07:00',
      location: { name: 'Hội trường UBND tỉnh Long An, Số 61 Nguyễn Huệ, Phường 1, TP. Tân An' },
      organizer: { name: 'Ban Chỉ đạo Quy chế dân chủ tỉnh Long An', url: 'mailto:qcdc@longan.gov.vn' },
    });
    assert.deepEqual(
      rest.map((i) => [i.id.replace(/^.*@google\.com/, ''), i._pw.event.start]),
      [
        ['/20171204T010000Z', '2017-12-04T08:00:00+07:00'],
        ['/20171205T010000Z', '2017-12-05T08:00:00+07:00'],
        ['/20171206T010000Z', '2017-12-06T08:00:00+07:00'],
        ['', '2017-12-08T09:00:00+07:00'],
      ],
    );
    // A Meet link in LOCATION is the way to join.
    assert.equal(rest[3]._pw.event.online_url, 'https://meet.google.com/abc-defg-hij');
    assert.match(r.stderr, /1 event\(s\) or occurrence\(s\) outside the window were not included/);
    await assertValid(r.path);
  });

  it('keeps occurrence ids stable across exports and windows', async () => {
    const a = await runTo(['from-ics', eventFixture('google.ics'), ...NOV_DEC_2017]);
    const b = await runTo(['from-ics', eventFixture('google.ics'), '--from', '2017-12-05', '--to', '2018-01-31']);
    const ids = (f) => f.items.map((i) => i.id);
    assert.deepEqual(ids(b.feed), ids(a.feed).slice(2));
  });

  it('reads a TZID without a VTIMEZONE through the zone database, and a floating time as Vietnam time', async () => {
    const path = join(tempDir(), 'bare.ics');
    writeFileSync(
      path,
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'BEGIN:VEVENT',
        'UID:a',
        'DTSTART;TZID=Europe/Paris:20171122T090000',
        'SUMMARY:Paris',
        'END:VEVENT',
        'BEGIN:VEVENT',
        'UID:b',
        'DTSTART:20171122T090000',
        'SUMMARY:Floating',
        'END:VEVENT',
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
    );
    const { feed } = await runTo(['from-ics', path, ...NOV_DEC_2017]);
    assert.deepEqual(
      feed.items.map((i) => [i.title, i._pw.event.start]),
      [
        ['Floating', '2017-11-22T09:00:00+07:00'],
        ['Paris', '2017-11-22T09:00:00+01:00'],
      ],
    );
  });
});

describe('from-ics: broken files', () => {
  it('leaves out events without a title or a start, says which and how to fix, and exits 1', async () => {
    const r = await runTo(['from-ics', eventFixture('broken-events.ics'), ...NOV_DEC_2017]);
    assert.equal(r.status, 1);
    assert.deepEqual(
      r.feed.items.map((i) => i.title),
      ['Buổi hợp lệ'],
    );
    assert.match(
      r.stderr,
      /VEVENT 2 \(UID no-title@example\.gov\.vn\), SUMMARY: the event has no title \(left out\)\. Fix: /,
    );
    assert.match(
      r.stderr,
      /VEVENT 3 \(UID no-start@example\.gov\.vn\), DTSTART: the event has no start \(left out\)\. Fix: /,
    );
    await assertValid(r.path);
  });

  it('stops with the broken line and a fix on a damaged file, and on something that is not a calendar', async () => {
    const r = await runCli(['from-ics', eventFixture('truncated.ics')]);
    assert.equal(r.status, 1);
    assert.match(
      r.stderr,
      /the iCalendar file is broken: invalid line .*"đây là dòng hỏng không có dấu hai chấm"\n {2}Fix: Export it again/,
    );
    assert.equal(r.stdout, '');
    const csv = await runCli(['from-ics', eventFixture('excel-windows-1258.csv')]);
    assert.equal(csv.status, 1);
    assert.match(csv.stderr, /not an iCalendar file \(no BEGIN:VCALENDAR\)/);
    const usage = await runCli(['from-ics', eventFixture('google.ics'), '--from', '22/11/2017']);
    assert.equal(usage.status, 2);
    assert.match(usage.stderr, /--from must be a day, YYYY-MM-DD/);
  });
});
