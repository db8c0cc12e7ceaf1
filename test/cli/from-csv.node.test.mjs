/** `provincial-widgets from-csv`: what Excel and LibreOffice save, the shipped template, and broken sheets. */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { assertValid, eventFixture, runTo } from './events-helpers.mjs';
import { root, runCli, tempDir } from './helpers.mjs';

describe('from-csv: an Excel "CSV UTF-8" file (BOM, semicolons, quoted newlines)', () => {
  it('converts the good rows, with Vietnam time, inclusive all-day ends and mapped statuses', async () => {
    const r = await runTo(['from-csv', eventFixture('excel-semicolon-bom.csv')]);
    const byTitle = Object.fromEntries(r.feed.items.map((i) => [i.title, i]));
    const qcdc = byTitle['Tập huấn quy chế dân chủ năm 2017'];
    assert.equal(qcdc.id, 'QCDC-2017');
    // `7h30` and an end of just `11:00` on the start's day.
    assert.deepEqual(qcdc._pw.event, {
      start: '2017-11-22T07:30:00+07:00',
      end: '2017-11-22T11:00:00+07:00',
      location: { name: 'Hội trường UBND tỉnh', address: 'Số 61 Nguyễn Huệ; Phường 1 TP. Tân An' },
      organizer: { name: 'Ban Chỉ đạo Quy chế dân chủ tỉnh' },
      audience: 'Cán bộ, công chức',
      registration: {
        url: 'https://www.longan.gov.vn/dang-ky/qcdc',
        deadline: '2017-11-20T23:59:00+07:00',
        capacity: 120,
      },
    });
    assert.equal(qcdc.content_text, 'Dòng một.\nDòng hai; có "ngoặc kép".');
    assert.equal(qcdc.url, 'https://www.longan.gov.vn/tin-tuc/qcdc-2017');
    const course = byTitle['Bồi dưỡng chuyển đổi số'];
    assert.deepEqual(
      {
        start: course._pw.event.start,
        end: course._pw.event.end,
        all_day: course._pw.event.all_day,
        status: course._pw.event.status,
      },
      { start: '2017-11-27', end: '2017-11-29', all_day: true, status: 'postponed' },
    );
    assert.match(course.id, /^su-kien-[a-z0-9]+$/);
    const online = byTitle['Hội nghị trực tuyến'];
    assert.equal(online._pw.event.status, 'cancelled');
    assert.equal(online._pw.event.online_url, 'https://meet.example.gov.vn/hn');
    const marked = byTitle['Lớp cả ngày bằng cột'];
    assert.deepEqual(
      [marked._pw.event.start, marked._pw.event.all_day, marked._pw.event.status],
      ['2017-12-04', true, 'rescheduled'],
    );
    assert.deepEqual(r.feed.items.map((i) => i.title).length, 4);
    await assertValid(r.path);
  });

  it('gives rows without a description their when and where as text', async () => {
    const { feed } = await runTo(['from-csv', eventFixture('excel-semicolon-bom.csv')]);
    const text = Object.fromEntries(feed.items.map((i) => [i.title, i.content_text]));
    assert.equal(
      text['Bồi dưỡng chuyển đổi số'],
      'Thời gian: 27/11/2017 – 29/11/2017. Địa điểm: Trường Chính trị tỉnh.',
    );
    assert.equal(
      text['Hội nghị trực tuyến'],
      'Thời gian: 05/12/2017 - 14:00 – 16:30. Địa điểm: https://meet.example.gov.vn/hn.',
    );
    const en = await runTo(['from-csv', eventFixture('excel-semicolon-bom.csv'), '--language', 'en']);
    assert.equal(
      en.feed.items.find((i) => i.title === 'Bồi dưỡng chuyển đổi số').content_text,
      'When: 27 Nov 2017 – 29 Nov 2017. Where: Trường Chính trị tỉnh.',
    );
  });

  it('leaves out each bad row with its row number, column and a fix, and exits 1', async () => {
    const r = await runTo(['from-csv', eventFixture('excel-semicolon-bom.csv')]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /Converted 4 of 8 row\(s\) .*\(utf-8 \(BOM\), semicolons\)/);
    // Excel's row numbers: the header is row 1 and a cell's line break does not start a row.
    assert.match(
      r.stderr,
      /row 5, column "Bắt đầu": cannot read the date "31\/11\/2017 8h" \(left out\)\. Fix: Write 22\/11\/2017 07:30/,
    );
    assert.match(r.stderr, /row 6, column "Tiêu đề": the title is empty \(left out\)\. Fix: /);
    assert.match(r.stderr, /row 7, column "Kết thúc": the end "02\/12\/2017 07:00" is before the start/);
    // Row 8's unknown status alone would keep it (from-csv-clerk.node.test.mjs); its capacity leaves it out.
    assert.match(r.stderr, /row 8, column "Số lượng": "nhiều" is not a number \(left out\)\. Fix: /);
    assert.doesNotMatch(r.stderr, /Tạm dừng/);
    const vi = await runCli([
      'from-csv',
      eventFixture('excel-semicolon-bom.csv'),
      '--lang',
      'vi',
      '-o',
      join(tempDir(), 'x.json'),
    ]);
    assert.match(vi.stderr, /dòng 6, cột "Tiêu đề": tiêu đề để trống \(đã bỏ\)\. Cách sửa: Ghi tên buổi tập huấn\./);
  });
});

describe('from-csv: other files offices have', () => {
  it('reads windows-1258 (older Excel "CSV") with commas, Vietnamese intact', async () => {
    const r = await runTo(['from-csv', eventFixture('excel-windows-1258.csv')]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /\(windows-1258, commas\)/);
    assert.deepEqual(
      r.feed.items.map((i) => [
        i.title,
        i._pw.event.start,
        i._pw.event.end,
        i._pw.event.location,
        i._pw.event.organizer.name,
      ]),
      [
        [
          'Tập huấn nghiệp vụ văn thư lưu trữ',
          '2017-12-15T08:00:00+07:00',
          '2017-12-15T11:30:00+07:00',
          { name: 'Phòng họp số 2, Sở Nội vụ' },
          'Sở Nội vụ tỉnh Long An',
        ],
        [
          'Hội nghị tổng kết công tác dân vận',
          '2017-12-28',
          undefined,
          { name: 'Hội trường Tỉnh ủy' },
          'Ban Dân vận Tỉnh ủy',
        ],
      ],
    );
    await assertValid(r.path);
  });

  it("reads an .xlsx workbook directly: date cells, typed dates, numbers, and Excel's row numbers", async () => {
    const r = await runTo(['from-csv', eventFixture('lich-tap-huan.xlsx')]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /Converted 3 of 4 row\(s\) .*\(xlsx, first sheet\)/);
    assert.deepEqual(
      r.feed.items.map((i) => [i.title, i._pw.event.start, i._pw.event.end, i._pw.event.status]),
      [
        ['Tập huấn quy chế dân chủ năm 2017', '2017-11-22T07:30:00+07:00', '2017-11-22T11:00:00+07:00', undefined],
        ['Lớp bồi dưỡng chuyển đổi số', '2017-11-27', '2017-11-29', 'postponed'],
        ['Hội nghị gõ ngày bằng chữ', '2017-12-05T14:00:00+07:00', '2017-12-05T16:30:00+07:00', 'cancelled'],
      ],
    );
    assert.equal(r.feed.items[0]._pw.event.registration.capacity, 120);
    assert.equal(r.feed.items[0].content_text, 'Dòng một.\nDòng hai.');
    // Row 4 is empty; the bad row is Excel's row 6.
    assert.match(r.stderr, /row 6, column "Bắt đầu": cannot read the date "ngày mai"/);
    await assertValid(r.path);
    const notXlsx = join(tempDir(), 'hong.xlsx');
    writeFileSync(notXlsx, 'PK\u0003\u0004 not really a zip');
    const bad = await runCli(['from-csv', notXlsx]);
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /cannot read the workbook .*\n {2}Fix: Save it again as \.xlsx/);
  });

  it('converts the shipped template (templates/lich-tap-huan.csv) without a problem', async () => {
    const r = await runTo(['from-csv', join(root, 'templates/lich-tap-huan.csv')]);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.feed.items.length, 2);
    assert.equal(r.feed.items[0].id, 'tap-huan-quy-che-dan-chu-2017');
    await assertValid(r.path);
  });

  it('matches English headers in any case and without diacritics, and ISO dates with an offset', async () => {
    const path = join(tempDir(), 'en.csv');
    writeFileSync(
      path,
      'TITLE,Start,end,ALL DAY,Location\nWorkshop,2017-11-22T09:00:00+08:00,2017-11-22T10:00:00+08:00,,Room 1\n',
    );
    const r = await runTo(['from-csv', path]);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.feed.items[0]._pw.event.start, '2017-11-22T09:00:00+08:00');
    const folded = join(tempDir(), 'khong-dau.csv');
    writeFileSync(folded, 'tieu de;bat dau\nBuổi A;22/11/2017 14h\n');
    assert.equal((await runTo(['from-csv', folded])).feed.items[0]._pw.event.start, '2017-11-22T14:00:00+07:00');
  });

  it('stops with a fix when the header has no title or start column, or a quote is never closed', async () => {
    const path = join(tempDir(), 'no-header.csv');
    writeFileSync(path, 'Tên;Ngày\nA;22/11/2017\n');
    const r = await runCli(['from-csv', path]);
    assert.equal(r.status, 1);
    assert.match(
      r.stderr,
      /the header row has no column for the title \(Tiêu đề or Nội dung\); columns used: Ngày \(day\); ignored: Tên \(→ title\?\)\n {2}Fix: .*templates\/lich-tap-huan\.csv/,
    );
    const broken = join(tempDir(), 'broken.csv');
    writeFileSync(broken, 'Tiêu đề;Bắt đầu\nA;22/11/2017\n"B;23/11/2017\n');
    const b = await runTo(['from-csv', broken]);
    assert.equal(b.status, 1);
    assert.match(b.stderr, /row 3: a quoted cell is never closed/);
    assert.deepEqual(
      b.feed.items.map((i) => i.title),
      ['A'],
    );
  });
});
