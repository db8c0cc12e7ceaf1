/**
 * `from-csv` with the sheet a clerk really keeps (issue 26 §1): STT, Ngày with separate time columns
 * written 7g30/14g00/7h30, a blank date for "the day above", Nội dung as the title, Thành phần as the
 * audience, cancellation words in Ghi chú. Written the way the clerk's Excel saves it: UTF-8, UTF-8 with
 * a BOM, windows-1258 (the bytes built here), and .xlsx.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { assertValid, runTo } from './events-helpers.mjs';
import { runCli, tempDir } from './helpers.mjs';
import { buildXlsx, serial } from './xlsx-builder.mjs';

const HEADER = [
  'STT',
  'Ngày',
  'Giờ bắt đầu',
  'Giờ kết thúc',
  'Nội dung',
  'Địa điểm',
  'Đơn vị tổ chức',
  'Thành phần',
  'Ghi chú',
];
const ROWS = [
  ['1', '16/12/2026', '7g30', '11g00', 'Tập huấn phần mềm một cửa', 'Hội trường A', 'Sở Nội vụ', 'Cán bộ một cửa', ''],
  ['2', '', '14g00', '16g30', 'Hướng dẫn chữ ký số', 'Phòng họp 2', 'Sở TT&TT', 'Văn thư', 'hoãn'],
  ['3', '17/12/2026', '7h30', '', 'Hội nghị tổng kết', 'Hội trường B', 'Văn phòng UBND', '', 'Đã hủy'],
  // "huỷ" with the tone on the y, and decomposed (NFD) "hủy" as a Mac keyboard types it.
  ['4', '', '9h', '10h', 'Họp giao ban', 'Phòng 3', 'Sở Nội vụ', '', 'huỷ'],
  ['5', '', '13g30', '', 'Họp chi bộ', 'Phòng 4', 'Đảng ủy', '', 'hủy'.normalize('NFD')],
  ['6', '18/12/2026', '', '', 'Ngày hội chuyển đổi số', 'Quảng trường', 'Sở TT&TT', 'Người dân', 'Tạm hoãn'],
  ['7', '19/12/2026', '8g', '', 'Tập huấn PCCC', 'Sân trụ sở', 'Công an tỉnh', '', 'Dời sang tuần sau'],
  ['8', '', '14g', '', 'Hội thảo', 'Hội trường A', 'Sở KH&CN', '', 'Đổi lịch'],
  // A note that only looks like a word: "hoàn thành" (done) is not "hoãn".
  ['9', '', '15g', '', 'Tổng kết dự án', 'Hội trường A', 'Sở KH&CN', '', 'Đã hoàn thành báo cáo'],
];
const csvCell = (v) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const csv = (rows) => `${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
const CLERK_CSV = csv([HEADER, ...ROWS]);

/**
 * windows-1258 bytes as the older Vietnamese Excel writes them: a base letter (precomposed with its
 * circumflex, breve or horn when the code page has it) followed by a combining tone mark.
 */
function windows1258(text) {
  const decoder = new TextDecoder('windows-1258');
  const table = new Map();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(Uint8Array.of(b)), b);
  const bytes = [];
  for (const ch of text.normalize('NFC')) {
    if (table.has(ch)) {
      bytes.push(table.get(ch));
      continue;
    }
    const [base, ...marks] = ch.normalize('NFD');
    const i = marks.findIndex((m) => table.has((base + m).normalize('NFC')));
    const first = i < 0 ? base : (base + marks[i]).normalize('NFC');
    const rest = i < 0 ? marks : marks.filter((_, j) => j !== i);
    for (const c of [first, ...rest]) {
      assert.ok(table.has(c), `windows-1258 has no ${c}`);
      bytes.push(table.get(c));
    }
  }
  return Uint8Array.from(bytes);
}

async function convert(bytes, ext = 'csv', extra = []) {
  const path = join(tempDir(), `lich-cong-tac.${ext}`);
  writeFileSync(path, bytes);
  return { ...(await runTo(['from-csv', path, ...extra])), sheet: path };
}

/** What matters of each item, in start order. */
const summary = (feed) =>
  feed.items.map((i) => [
    i.title,
    i._pw.event.start,
    i._pw.event.end,
    i._pw.event.status ?? 'scheduled',
    i._pw.event.audience,
  ]);

const EXPECTED = [
  [
    'Tập huấn phần mềm một cửa',
    '2026-12-16T07:30:00+07:00',
    '2026-12-16T11:00:00+07:00',
    'scheduled',
    'Cán bộ một cửa',
  ],
  ['Hướng dẫn chữ ký số', '2026-12-16T14:00:00+07:00', '2026-12-16T16:30:00+07:00', 'postponed', 'Văn thư'],
  ['Hội nghị tổng kết', '2026-12-17T07:30:00+07:00', undefined, 'cancelled', undefined],
  ['Họp giao ban', '2026-12-17T09:00:00+07:00', '2026-12-17T10:00:00+07:00', 'cancelled', undefined],
  ['Họp chi bộ', '2026-12-17T13:30:00+07:00', undefined, 'cancelled', undefined],
  ['Ngày hội chuyển đổi số', '2026-12-18', undefined, 'postponed', 'Người dân'],
  ['Tập huấn PCCC', '2026-12-19T08:00:00+07:00', undefined, 'rescheduled', undefined],
  ['Hội thảo', '2026-12-19T14:00:00+07:00', undefined, 'rescheduled', undefined],
  ['Tổng kết dự án', '2026-12-19T15:00:00+07:00', undefined, 'scheduled', undefined],
];

describe("from-csv: the clerk's own sheet", () => {
  it('combines Ngày with the time columns, repeats the day above, and reads the cancellation words in Ghi chú', async () => {
    const r = await convert(CLERK_CSV);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(summary(r.feed), EXPECTED);
    // The note stays in the description, after the when and where.
    const byTitle = Object.fromEntries(r.feed.items.map((i) => [i.title, i]));
    assert.equal(
      byTitle['Hướng dẫn chữ ký số'].content_text,
      'Thời gian: 16/12/2026 - 14:00 – 16:30. Địa điểm: Phòng họp 2.\nGhi chú: hoãn',
    );
    assert.match(byTitle['Tổng kết dự án'].content_text, /\nGhi chú: Đã hoàn thành báo cáo$/);
    assert.equal(byTitle['Tập huấn phần mềm một cửa']._pw.event.organizer.name, 'Sở Nội vụ');
    await assertValid(r.path);
  });

  it('lists the columns it used and ignored, and notes each guess on its row (with the STT)', async () => {
    const extra = [HEADER.concat('Người chủ trì', 'Số điện thoại'), ...ROWS.map((r) => r.concat('Ông A', '0272'))];
    const r = await convert(csv(extra));
    assert.equal(r.status, 0, r.stderr);
    assert.match(
      r.stderr,
      /columns used: STT \(row number\), Ngày \(day\), Giờ bắt đầu \(start\), Giờ kết thúc \(end\), Nội dung \(title\), Địa điểm \(location\), Đơn vị tổ chức \(organizer\), Thành phần \(audience\), Ghi chú \(notes → description, status\); ignored: Người chủ trì \(→ organizer\? "Đơn vị tổ chức" is read for it\), Số điện thoại \(→ description\?\)/,
    );
    assert.match(r.stderr, /row 3 \(STT 2\), column "Ngày": no date: the day above \(16\/12\/2026\) is used/);
    assert.match(r.stderr, /row 3 \(STT 2\), column "Ghi chú": "hoãn" reads as postponed/);
    assert.match(r.stderr, /row 4 \(STT 3\), column "Ghi chú": "Đã hủy" reads as cancelled/);
    const vi = await runCli(['from-csv', r.sheet, '--lang', 'vi']);
    assert.match(vi.stderr, /cột đã dùng: STT \(số thứ tự\), Ngày \(ngày\)/);
    assert.match(vi.stderr, /dòng 3 \(STT 2\), cột "Ngày": không ghi ngày: dùng ngày của dòng trên \(16\/12\/2026\)/);
  });

  it('reads the same sheet saved as UTF-8 with a BOM, and as windows-1258', async () => {
    const bom = await convert(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(CLERK_CSV)]));
    assert.match(bom.stderr, /\(utf-8 \(BOM\), commas\)/);
    assert.deepEqual(summary(bom.feed), EXPECTED);
    const bytes = windows1258(CLERK_CSV);
    // Really the old code page: not readable as UTF-8, tone marks as separate bytes.
    assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    const legacy = await convert(bytes);
    assert.equal(legacy.status, 0, legacy.stderr);
    assert.match(legacy.stderr, /\(windows-1258, commas\)/);
    assert.deepEqual(summary(legacy.feed), EXPECTED);
    assert.equal(legacy.feed.items[1].content_text, bom.feed.items[1].content_text);
  });

  it('reads the sheet as an .xlsx, with the days as date cells and the times as typed', async () => {
    const rows = [HEADER, ...ROWS].map((r, i) => {
      const m = i && /^(\d\d)\/(\d\d)\/(\d{4})$/.exec(r[1]);
      return m ? [Number(r[0]), { day: serial(+m[3], +m[2], +m[1]) }, ...r.slice(2)] : r;
    });
    const r = await convert(buildXlsx(rows), 'xlsx');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /\(xlsx, first sheet\)/);
    assert.deepEqual(summary(r.feed), EXPECTED);
    assert.match(r.stderr, /row 3 \(STT 2\), column "Ngày": no date: the day above/);
  });

  it('reads a "Thời gian" range (7g30 - 11g00) and Từ/Đến columns', async () => {
    const range = await convert(
      csv([
        ['Ngày', 'Thời gian', 'Nội dung'],
        ['16/12/2026', '7g30 - 11g00', 'Buổi sáng'],
        ['', '13h30–16h', 'Buổi chiều'],
        ['17/12/2026', '8g', 'Một giờ'],
      ]),
    );
    assert.equal(range.status, 0, range.stderr);
    assert.deepEqual(
      range.feed.items.map((i) => [i._pw.event.start, i._pw.event.end]),
      [
        ['2026-12-16T07:30:00+07:00', '2026-12-16T11:00:00+07:00'],
        ['2026-12-16T13:30:00+07:00', '2026-12-16T16:00:00+07:00'],
        ['2026-12-17T08:00:00+07:00', undefined],
      ],
    );
    const fromTo = await convert(
      csv([
        ['Ngày', 'Từ', 'Đến', 'Nội dung'],
        ['16/12/2026', '14g00', '16g30', 'A'],
      ]),
    );
    assert.deepEqual(
      [fromTo.feed.items[0]._pw.event.start, fromTo.feed.items[0]._pw.event.end],
      ['2026-12-16T14:00:00+07:00', '2026-12-16T16:30:00+07:00'],
    );
  });

  it('keeps a row whose status is free text: the text goes to the description, with a warning', async () => {
    const r = await convert(
      csv([
        ['Tiêu đề', 'Bắt đầu', 'Trạng thái'],
        ['Tập huấn A', '16/12/2026 8h', 'Chiều cùng ngày'],
        ['Tập huấn B', '17/12/2026 8h', 'Tạm hoãn đến tuần sau'],
      ]),
    );
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(
      r.feed.items.map((i) => [i.title, i._pw.event.status, i.content_text]),
      [
        ['Tập huấn A', undefined, 'Thời gian: 16/12/2026 - 08:00.\nTrạng thái: Chiều cùng ngày'],
        ['Tập huấn B', 'postponed', 'Thời gian: 17/12/2026 - 08:00.\nTrạng thái: Tạm hoãn đến tuần sau'],
      ],
    );
    assert.match(
      r.stderr,
      /row 2, column "Trạng thái": unknown status "Chiều cùng ngày": the session is kept as scheduled and the text goes to its description/,
    );
    assert.doesNotMatch(r.stderr, /left out/);
  });

  it('blames the right cell: a time with no day, an unreadable time, a first row without a date', async () => {
    const noDay = await convert(
      csv([
        ['Tiêu đề', 'Bắt đầu'],
        ['A', '16:00'],
      ]),
    );
    assert.equal(noDay.status, 1);
    assert.match(
      noDay.stderr,
      /row 2, column "Bắt đầu": "16:00" is a time without a day \(left out\)\. Fix: Add a Ngày \(date\) column/,
    );
    const bad = await convert(
      csv([
        ['Ngày', 'Giờ bắt đầu', 'Nội dung'],
        ['', '8g', 'Không ngày'],
        ['16/12/2026', 'sáng sớm', 'Giờ lạ'],
      ]),
    );
    assert.match(bad.stderr, /row 2, column "Ngày": the date is empty \(left out\)/);
    assert.match(
      bad.stderr,
      /row 3, column "Giờ bắt đầu": cannot read the time "sáng sớm" \(left out\)\. Fix: Write the time as 7g30/,
    );
  });

  it('names every missing column at once, with the columns it found and what they could be', async () => {
    const path = join(tempDir(), 'thieu-cot.csv');
    writeFileSync(
      path,
      csv([
        ['STT', 'Tên buổi', 'Ghi chú'],
        ['1', 'A', ''],
      ]),
    );
    const r = await runCli(['from-csv', path]);
    assert.equal(r.status, 1);
    assert.match(
      r.stderr,
      /no column for the title \(Tiêu đề or Nội dung\) nor the start \(Bắt đầu, or Ngày with Giờ bắt đầu\); columns used: STT \(row number\), Ghi chú \(notes → description, status\); ignored: Tên buổi \(→ title\?\)/,
    );
  });
});
