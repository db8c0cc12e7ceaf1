/**
 * A training department's spreadsheet (CSV as Excel and LibreOffice save it)
 * → a feed of events. Parsed with papaparse; each bad row is reported with
 * its row number, column and a fix, and left out.
 */
import Papa from 'papaparse';
import type { EventStatus, RawFeed, RawItem } from '../../feed/types.js';
import { parseCellDate, parseTimeOn, type CellDate } from '../common/dates.js';
import { draftToItem, eventFeed, type EventDraft } from './event-item.js';
import { ConvertError } from '../common/errors.js';
import { MAX_ROWS, rowLimit } from './xlsx.js';
import { guessField, HEADERS, headerKey, NO, STATUS, statusInText, YES, type Field } from './csv-columns.js';
import { foldForSearch } from '../../shared/text.js';
import { t } from '../common/i18n.js';

export interface RowProblem {
  /** The spreadsheet's row number: the header is row 1. */
  row: number;
  /** The clerk's own number of the row (its STT cell), when the sheet has one. */
  stt?: string;
  /** The column's header as written in the file. */
  column: string;
  message: string;
  fix: string;
}

/** A row kept with a guess the clerk should check (the day above, a status read from a note). */
export type RowNote = Omit<RowProblem, 'fix'>;

/** A header cell and what `from-csv` made of it. */
export interface ColumnUse {
  header: string;
  /** The field it fills; for an ignored column, the field it could have been. */
  field: Field;
  /** For an ignored column: the header that already fills `field`. */
  takenBy?: string;
}

export interface RowsResult {
  feed: RawFeed;
  problems: RowProblem[];
  notes: RowNote[];
  /** Every column of the header: the ones read and the ones ignored (never silently). */
  columns: { used: ColumnUse[]; ignored: ColumnUse[] };
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

/** The header's columns: each maps to the first field of its synonyms still free, or is ignored with a guess. */
function mapColumns(header: string[], body: string[][]) {
  const columns = new Map<Field, number>();
  const used: ColumnUse[] = [];
  const ignored: ColumnUse[] = [];
  header.forEach((h, i) => {
    let name = String(h ?? '')
      .normalize('NFC')
      .trim();
    if (!name) {
      // A column without a header is still data someone typed: named by its letter, never dropped unsaid.
      if (!body.some((r) => String(r[i] ?? '').trim())) return;
      name = t(`column ${columnLetter(i)} (no header)`, `cột ${columnLetter(i)} (không có tiêu đề)`);
    }
    const key = headerKey(name);
    const known = Object.hasOwn(HEADERS, key) ? [HEADERS[key]!].flat() : [];
    const field = known.find((f) => !columns.has(f));
    if (field) {
      columns.set(field, i);
      used.push({ header: name, field });
    } else {
      const guess = known[0] ?? guessField(key);
      const taken = used.find((u) => u.field === guess);
      ignored.push({ header: name, field: guess, ...(taken && { takenBy: taken.header }) });
    }
  });
  return { columns, used, ignored };
}

const columnLetter = (i: number): string =>
  (i >= 26 ? columnLetter(Math.floor(i / 26) - 1) : '') + String.fromCharCode(65 + (i % 26));

/** Rows (the first is the header) → a feed of events, the rows left out, and the columns read and ignored. */
export function convertRows(rows: string[][], options: RowsOptions): RowsResult {
  // A sheet longer than any calendar (the .xlsx reader stops at the same row).
  if (rows.length > MAX_ROWS) throw rowLimit(MAX_ROWS + 1);
  const [header = [], ...body] = rows;
  const { columns, used, ignored } = mapColumns(header, body);
  const missing = [
    !columns.has('title') && t('the title (Tiêu đề or Nội dung)', 'tên buổi (Tiêu đề hoặc Nội dung)'),
    !columns.has('start') &&
      !columns.has('date') &&
      !columns.has('time') &&
      t('the start (Bắt đầu, or Ngày with Giờ bắt đầu)', 'thời gian bắt đầu (Bắt đầu, hoặc Ngày cùng Giờ bắt đầu)'),
  ].filter((m): m is string => !!m);
  if (missing.length) {
    // Everything at once, with what was found: one round of renaming, not one per missing column.
    throw new ConvertError(
      t(
        `the header row has no column for ${missing.join(' nor ')}; ${columnList(used, ignored)}`,
        `dòng tiêu đề không có cột cho ${missing.join(' lẫn ')}; ${columnList(used, ignored)}`,
      ),
      t(
        'Rename those columns, or start from templates/lich-tap-huan.csv (the first row names the columns).',
        'Đổi tên các cột đó, hoặc bắt đầu từ mẫu templates/lich-tap-huan.csv (dòng đầu tiên ghi tên các cột).',
      ),
    );
  }
  const problems: RowProblem[] = [];
  const notes: RowNote[] = [];
  const seen = new Set<string>();
  const items: RawItem[] = [];
  const context: RowContext = { hasDate: columns.has('date'), note: () => {} };
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
              .normalize('NFC')
              .replace(/\r\n?/g, '\n')
              .trim();
      // Only the description and the notes keep their line breaks (Alt+Enter in Excel).
      return f === 'description' || f === 'notes' ? v : v.replace(/\s+/g, ' ');
    };
    const name = (f: Field) => String(header[columns.get(f)!] ?? f).trim();
    const where = { row: i + 2, ...(cell('row_number') && { stt: cell('row_number') }) };
    const rowNotes: RowNote[] = [];
    context.note = (column, message) => rowNotes.push({ ...where, column, message });
    try {
      const draft = rowToDraft(cell, name, options, context);
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
      notes.push(...rowNotes);
    } catch (e) {
      if (!(e instanceof RowError)) throw e;
      problems.push({ ...where, column: e.column, message: e.message, fix: e.fix });
    }
  });
  return {
    feed: eventFeed(items, options.title, options.language),
    problems,
    notes,
    columns: { used, ignored },
    rows: count,
  };
}

/** `used: Ngày (date), … ignored: Chủ trì (→ organizer?)`, for messages. */
export function columnList(used: ColumnUse[], ignored: ColumnUse[]): string {
  const show = (c: ColumnUse) => `${c.header} (${fieldLabel(c.field)})`;
  const guess = (c: ColumnUse) =>
    c.takenBy
      ? t(
          `${c.header} (→ ${fieldLabel(c.field)}? "${c.takenBy}" is read for it)`,
          `${c.header} (→ ${fieldLabel(c.field)}? đã đọc từ "${c.takenBy}")`,
        )
      : `${c.header} (→ ${fieldLabel(c.field)}?)`;
  const none = t('none', 'không có');
  return t(
    `columns used: ${used.map(show).join(', ') || none}; ignored: ${ignored.map(guess).join(', ') || none}`,
    `cột đã dùng: ${used.map(show).join(', ') || none}; bỏ qua: ${ignored.map(guess).join(', ') || none}`,
  );
}

/** The feed's field names, and words for the columns that are not fields. */
const fieldLabel = (f: Field): string => {
  const words: Partial<Record<Field, string>> = {
    date: t('day', 'ngày'),
    time: t('time', 'giờ'),
    notes: t('notes → description, status', 'ghi chú → mô tả, trạng thái'),
    row_number: t('row number', 'số thứ tự'),
  };
  return words[f] ?? f;
};

/** What one row may tell the next (the day a blank date repeats), and where a row's notes go. */
interface RowContext {
  hasDate: boolean;
  /** The last day a row gave, for a blank date under it. */
  above?: string;
  note: (column: string, message: string) => void;
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

const TIME_FIX = () => t('Write the time as 7g30, 7h30 or 07:30.', 'Ghi giờ dạng 7g30, 7h30 hoặc 07:30.');

/** "7g30 - 11g00", "7h30–11h", "7g30 đến 11g" → the two times; a single time → one. */
function splitRange(v: string): [string, string | undefined] {
  const [from = '', to] = v.split(/\s*(?:[-–—]|\s(?:đến|to)\s)\s*/u);
  return [from, to];
}

/**
 * The row's day from the date column (`Ngày`): a blank cell is the day above, as clerks write it,
 * with a note. Undefined when the sheet has no date column.
 */
function rowDay(cell: (f: Field) => string, name: (f: Field) => string, context: RowContext): CellDate | undefined {
  if (!context.hasDate) return undefined;
  const raw = cell('date');
  if (!raw) {
    if (!context.above) throw new RowError(name('date'), t('the date is empty', 'ngày để trống'), DATE_FIX());
    context.note(
      name('date'),
      t(
        `no date: the day above (${formatDay(context.above)}) is used`,
        `không ghi ngày: dùng ngày của dòng trên (${formatDay(context.above)})`,
      ),
    );
    return { day: context.above };
  }
  const day = parseCellDate(raw);
  if (!day)
    throw new RowError(name('date'), t(`cannot read the date "${raw}"`, `không đọc được ngày "${raw}"`), DATE_FIX());
  context.above = day.day ?? day.instant.slice(0, 10);
  return day;
}

const formatDay = (day: string) => day.split('-').reverse().join('/');

function rowToDraft(
  cell: (f: Field) => string,
  name: (f: Field) => string,
  { base }: RowsOptions,
  context: RowContext,
): EventDraft {
  const title = cell('title');
  if (!title)
    throw new RowError(
      name('title'),
      t('the title is empty', 'tiêu đề để trống'),
      t('Write the name of the session.', 'Ghi tên buổi tập huấn.'),
    );
  // The start and end cells, or a "Thời gian" range when there are none.
  let rawStart = cell('start');
  let rawEnd = cell('end');
  let startColumn = name('start');
  let endColumn = name('end');
  if (!rawStart && cell('time')) {
    const [from, to] = splitRange(cell('time'));
    rawStart = from;
    rawEnd ||= to ?? '';
    startColumn = name('time');
    if (to) endColumn = startColumn;
  }
  let start = rawStart ? parseCellDate(rawStart) : undefined;
  if (start) {
    // A full date in the start cell wins; a date cell beside it still sets the day for the rows below.
    if (cell('date')) rowDay(cell, name, context);
  } else {
    // A time (or nothing) on the row's day: `Ngày` + `Giờ bắt đầu`.
    const day = rowDay(cell, name, context);
    const on = day && (day.day ?? day.instant.slice(0, 10));
    if (on) {
      start = rawStart ? parseTimeOn(on, rawStart) : day;
      if (!start)
        throw new RowError(
          startColumn,
          t(`cannot read the time "${rawStart}"`, `không đọc được giờ "${rawStart}"`),
          TIME_FIX(),
        );
    } else if (rawStart && parseTimeOn('2000-01-01', rawStart)) {
      throw new RowError(
        startColumn,
        t(`"${rawStart}" is a time without a day`, `"${rawStart}" là giờ mà không có ngày`),
        t(
          'Add a Ngày (date) column, or write the day with the time: 22/11/2017 7g30.',
          'Thêm cột Ngày, hoặc ghi cả ngày lẫn giờ: 22/11/2017 7g30.',
        ),
      );
    } else {
      throw new RowError(
        startColumn,
        rawStart
          ? t(`cannot read the date "${rawStart}"`, `không đọc được ngày "${rawStart}"`)
          : t('the start is empty', 'ngày bắt đầu để trống'),
        DATE_FIX(),
      );
    }
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
  const startDay = start.day ?? start.instant.slice(0, 10);
  let end: CellDate | undefined;
  if (rawEnd) {
    end = parseCellDate(rawEnd) ?? (start.instant ? parseTimeOn(startDay, rawEnd) : undefined);
    if (!end)
      throw new RowError(
        endColumn,
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
        endColumn,
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
      endColumn,
      t(
        `the end "${rawEnd}" is before the start "${rawStart}"`,
        `kết thúc "${rawEnd}" trước khi bắt đầu "${rawStart}"`,
      ),
      t('Check the day and month (dd/mm/yyyy).', 'Kiểm tra ngày và tháng (ngày/tháng/năm).'),
    );
  }
  const { status, extra } = rowStatus(cell, name, context);
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
    notes: extra,
    url: link(cell('url'), name('url'), base),
  };
}

/**
 * The status from the status column and the notes: an exact status word, else the cancellation words
 * in either ("Đã hủy", "tạm hoãn sang tuần sau"). Free text is never lost: a status cell that is not a
 * status word, and every note, go to the description; a status cell with no such word is a warning.
 */
function rowStatus(
  cell: (f: Field) => string,
  name: (f: Field) => string,
  context: RowContext,
): { status: EventStatus; extra: string[] } {
  const raw = cell('status');
  const note = cell('notes');
  const extra: string[] = [];
  const key = headerKey(raw);
  let status = Object.hasOwn(STATUS, key) ? STATUS[key] : undefined;
  if (!status) {
    extra.push(`${name('status')}: ${raw}`);
    status = statusInText(raw);
    if (!status)
      context.note(
        name('status'),
        t(
          `unknown status "${raw}": the session is kept as scheduled and the text goes to its description. If it is one, write Đã hủy, Hoãn or Dời lịch (cancelled, postponed, rescheduled).`,
          `trạng thái "${raw}" không rõ: buổi vẫn được giữ như đã lên lịch, chữ này đưa vào phần mô tả. Nếu đúng là vậy, hãy ghi Đã hủy, Hoãn hoặc Dời lịch.`,
        ),
      );
  }
  if (note) {
    extra.push(`${name('notes')}: ${note}`);
    const said = statusInText(note);
    // The status column, when filled, has the last word.
    if (said && !raw) {
      status = said;
      context.note(name('notes'), t(`"${note}" reads as ${said}`, `"${note}" được hiểu là ${STATUS_VI[said]}`));
    }
  }
  return { status: status ?? 'scheduled', extra };
}

const STATUS_VI: Record<EventStatus, string> = {
  scheduled: 'đã lên lịch',
  cancelled: 'đã hủy',
  postponed: 'hoãn',
  rescheduled: 'dời lịch',
};
