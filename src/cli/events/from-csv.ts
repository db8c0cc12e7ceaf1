/**
 * A training department's spreadsheet (CSV as Excel and LibreOffice save it)
 * → a feed of events. Parsed with papaparse; each bad row is reported with
 * its row number, column and a fix, and left out.
 */
import Papa from 'papaparse';
import type { RawFeed, RawItem } from '../../feed/types.js';
import { parseCellDate, parseTimeOn, type CellDate } from '../common/dates.js';
import { draftToItem, eventFeed, type EventDraft } from './event-item.js';
import { ConvertError } from '../common/errors.js';
import { HEADERS, headerKey, NO, STATUS, YES, type Field } from './csv-columns.js';
import { foldForSearch } from '../../shared/text.js';
import { t } from '../common/i18n.js';

export interface RowProblem {
  /** The spreadsheet's row number: the header is row 1. */
  row: number;
  /** The column's header as written in the file. */
  column: string;
  message: string;
  fix: string;
}

export interface RowsResult {
  feed: RawFeed;
  problems: RowProblem[];
  /** Data rows read (empty rows not counted). */
  rows: number;
}

export interface RowsOptions {
  language: string;
  /** Resolves relative links. */
  base?: string;
  title?: string;
}

/** Bytes of a CSV file as text: UTF-8 (with or without a BOM), else windows-1258, as older Vietnamese Excel saves it. */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: string } {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true }).decode(bom ? bytes.subarray(3) : bytes).normalize('NFC'),
      encoding: bom ? 'utf-8 (BOM)' : 'utf-8',
    };
  } catch {
    // windows-1258 writes some tone marks as combining characters: NFC composes them.
    return { text: new TextDecoder('windows-1258').decode(bytes).normalize('NFC'), encoding: 'windows-1258' };
  }
}

/** Parses CSV text (comma or semicolon, detected) into rows of cells. */
export function parseCsv(text: string): { rows: string[][]; delimiter: string; problems: RowProblem[] } {
  const parse = (delimiter: string) =>
    Papa.parse<string[]>(text, { delimiter, delimitersToGuess: [',', ';', '\t'], skipEmptyLines: 'greedy' });
  let parsed = parse('');
  if (parsed.errors.some((e) => e.code === 'UndetectableDelimiter')) {
    // papaparse cannot guess past a broken quote: the header row, which has no quotes, still tells.
    const header = text.slice(0, text.search(/\r?\n|$/));
    const count = (c: string) => header.split(c).length;
    const delimiter = count(';') > count(',') ? ';' : count('\t') > count(',') ? '\t' : ',';
    parsed = parse(delimiter);
  }
  const { data, errors, meta } = parsed;
  const problems = errors
    .filter((e) => e.row !== undefined)
    .map((e) => ({
      row: e.row! + 1,
      column: '',
      message:
        e.code === 'MissingQuotes'
          ? t('a quoted cell is never closed', 'một ô mở dấu ngoặc kép mà không đóng')
          : e.message,
      fix: t(
        'Close the quote ("), or save the sheet again as CSV from Excel or LibreOffice.',
        'Đóng dấu ngoặc kép ("), hoặc lưu lại bảng dưới dạng CSV bằng Excel hay LibreOffice.',
      ),
    }));
  return { rows: data, delimiter: meta.delimiter, problems };
}

class RowError extends Error {
  constructor(
    readonly column: string,
    message: string,
    readonly fix: string,
  ) {
    super(message);
  }
}

/** Rows (the first is the header) → a feed of events, and the rows left out. */
export function convertRows(rows: string[][], options: RowsOptions): RowsResult {
  const [header = [], ...body] = rows;
  const columns = new Map<Field, number>();
  header.forEach((h, i) => {
    const field = HEADERS[headerKey(String(h))];
    if (field && !columns.has(field)) columns.set(field, i);
  });
  for (const [field, vi] of [
    ['title', 'Tiêu đề'],
    ['start', 'Bắt đầu'],
  ] as const) {
    if (!columns.has(field)) {
      throw new ConvertError(
        t(`no "${vi}" (${field}) column in the header row`, `dòng tiêu đề không có cột "${vi}" (${field})`),
        t(
          'The first row names the columns: start from templates/lich-tap-huan.csv.',
          'Dòng đầu tiên ghi tên các cột: hãy bắt đầu từ mẫu templates/lich-tap-huan.csv.',
        ),
      );
    }
  }
  const problems: RowProblem[] = [];
  const seen = new Set<string>();
  const items: RawItem[] = [];
  let count = 0;
  body.forEach((cells, i) => {
    if (cells.every((c) => !String(c ?? '').trim())) return;
    count++;
    const cell = (f: Field) => {
      const at = columns.get(f);
      const v =
        at === undefined
          ? ''
          : String(cells[at] ?? '')
              .replace(/\r\n?/g, '\n')
              .trim();
      // Only the description keeps its line breaks (Alt+Enter in Excel).
      return f === 'description' ? v : v.replace(/\s+/g, ' ');
    };
    const name = (f: Field) => String(header[columns.get(f)!] ?? f).trim();
    try {
      const draft = rowToDraft(cell, name, options);
      const item = draftToItem(draft, options.language);
      if (seen.has(item.id)) {
        throw new RowError(
          name(columns.has('id') ? 'id' : 'title'),
          t(`the id "${item.id}" is already used by an earlier row`, `mã "${item.id}" đã dùng ở một dòng trước`),
          t('Give each row its own Mã (id).', 'Mỗi dòng cần một Mã riêng.'),
        );
      }
      seen.add(item.id);
      items.push(item);
    } catch (e) {
      if (!(e instanceof RowError)) throw e;
      problems.push({ row: i + 2, column: e.column, message: e.message, fix: e.fix });
    }
  });
  return { feed: eventFeed(items, options.title, options.language), problems, rows: count };
}

function link(value: string, column: string, base: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value, base);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
  } catch {
    /* reported below */
  }
  throw new RowError(
    column,
    t(`"${value}" is not a web address`, `"${value}" không phải địa chỉ web`),
    t('Write the full address, starting with https://.', 'Ghi đầy đủ địa chỉ, bắt đầu bằng https://.'),
  );
}

const DATE_FIX = () =>
  t(
    'Write 22/11/2017 07:30, 22/11/2017 7h30, or 22/11/2017 for an all-day event.',
    'Ghi 22/11/2017 07:30, 22/11/2017 7h30, hoặc 22/11/2017 cho sự kiện cả ngày.',
  );

function rowToDraft(cell: (f: Field) => string, name: (f: Field) => string, { base }: RowsOptions): EventDraft {
  const title = cell('title');
  if (!title)
    throw new RowError(
      name('title'),
      t('the title is empty', 'tiêu đề để trống'),
      t('Write the name of the session.', 'Ghi tên buổi tập huấn.'),
    );
  const rawStart = cell('start');
  const start = parseCellDate(rawStart);
  if (!start) {
    throw new RowError(
      name('start'),
      rawStart
        ? t(`cannot read the date "${rawStart}"`, `không đọc được ngày "${rawStart}"`)
        : t('the start is empty', 'ngày bắt đầu để trống'),
      DATE_FIX(),
    );
  }
  const flag = foldForSearch(cell('all_day'));
  if (!YES.has(flag) && !NO.has(flag)) {
    throw new RowError(
      name('all_day'),
      t(`"${cell('all_day')}" is neither yes nor no`, `"${cell('all_day')}" không phải có hay không`),
      t(
        'Write x (or "có") for an all-day event; leave it empty otherwise.',
        'Ghi x (hoặc "có") cho sự kiện cả ngày; nếu không thì để trống.',
      ),
    );
  }
  const allDay = YES.has(flag) || start.day !== undefined;
  const rawEnd = cell('end');
  const startDay = start.day ?? start.instant.slice(0, 10);
  let end: CellDate | undefined;
  if (rawEnd) {
    end = parseCellDate(rawEnd) ?? (start.instant ? parseTimeOn(startDay, rawEnd) : undefined);
    if (!end)
      throw new RowError(
        name('end'),
        t(`cannot read the date "${rawEnd}"`, `không đọc được ngày "${rawEnd}"`),
        DATE_FIX(),
      );
  }
  let startValue: string;
  let endValue: string | undefined;
  if (allDay) {
    startValue = startDay;
    endValue = end ? (end.day ?? end.instant.slice(0, 10)) : undefined;
  } else {
    startValue = start.instant!;
    if (end?.day !== undefined) {
      throw new RowError(
        name('end'),
        t(
          `the end "${rawEnd}" has no time, but the start has one`,
          `giờ kết thúc "${rawEnd}" thiếu giờ, trong khi ngày bắt đầu có giờ`,
        ),
        t(
          'Add the time (22/11/2017 11:00), or just 11:00 for the same day.',
          'Thêm giờ (22/11/2017 11:00), hoặc chỉ ghi 11:00 nếu cùng ngày.',
        ),
      );
    }
    endValue = end?.instant;
  }
  if (endValue && (allDay ? endValue < startValue : Date.parse(endValue) < Date.parse(startValue))) {
    throw new RowError(
      name('end'),
      t(
        `the end "${rawEnd}" is before the start "${rawStart}"`,
        `kết thúc "${rawEnd}" trước khi bắt đầu "${rawStart}"`,
      ),
      t('Check the day and month (dd/mm/yyyy).', 'Kiểm tra ngày và tháng (ngày/tháng/năm).'),
    );
  }
  const status = STATUS[headerKey(cell('status'))];
  if (!status) {
    throw new RowError(
      name('status'),
      t(`unknown status "${cell('status')}"`, `trạng thái "${cell('status')}" không rõ`),
      t(
        'Write Đã hủy, Hoãn or Dời lịch (cancelled, postponed, rescheduled), or leave it empty.',
        'Ghi Đã hủy, Hoãn hoặc Dời lịch, hoặc để trống.',
      ),
    );
  }
  const rawCap = cell('capacity').replace(/[.,\s]/g, '');
  if (rawCap && !/^\d+$/.test(rawCap)) {
    throw new RowError(
      name('capacity'),
      t(`"${cell('capacity')}" is not a number`, `"${cell('capacity')}" không phải là số`),
      t('Write a whole number of seats, such as 120.', 'Ghi số chỗ là số nguyên, ví dụ 120.'),
    );
  }
  const rawDeadline = cell('registration_deadline');
  const deadline = rawDeadline ? parseCellDate(rawDeadline) : undefined;
  if (rawDeadline && !deadline)
    throw new RowError(
      name('registration_deadline'),
      t(`cannot read the date "${rawDeadline}"`, `không đọc được ngày "${rawDeadline}"`),
      DATE_FIX(),
    );
  const organizer = cell('organizer');
  const email = /^[^\s@<>]+@[^\s@<>]+\.[a-z]{2,}$/i.test(organizer);
  return {
    id: cell('id') || undefined,
    title,
    start: startValue,
    end: endValue,
    allDay,
    status,
    location: cell('location') || undefined,
    address: cell('address') || undefined,
    onlineUrl: link(cell('online_url'), name('online_url'), base),
    organizer: organizer || undefined,
    organizerUrl: email ? `mailto:${organizer}` : undefined,
    audience: cell('audience') || undefined,
    registrationUrl: link(cell('registration_url'), name('registration_url'), base),
    // A deadline day means the end of that day, Vietnam time.
    registrationDeadline: deadline && (deadline.instant ?? `${deadline.day}T23:59:00+07:00`),
    capacity: rawCap ? Number(rawCap) : undefined,
    description: cell('description') || undefined,
    url: link(cell('url'), name('url'), base),
  };
}
