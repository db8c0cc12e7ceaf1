/**
 * The first sheet of an .xlsx workbook as rows of text, for `from-csv`. Read here rather than
 * with a library because a workbook is hostile input: only the parts needed are inflated, under
 * the caps of zip.ts, and every row and column number is checked against MAX_ROWS/MAX_COLUMNS
 * before anything is stored, so `<row r="100000000">` or a cell in column XFD is an error, not
 * gigabytes of empty cells. The XML is scanned tag by tag with indexOf (linear, no backtracking).
 */
import { ConvertError } from '../common/errors.js';
import { t } from '../common/i18n.js';
import { MAX_INFLATED_BYTES, MAX_RATIO, Zip, ZipError } from './zip.js';

/** A training calendar has dozens of rows a year: 100,000 is generous, and stays far under the 5 MB feed cap. */
export const MAX_ROWS = 100_000;
/** The template has 15 columns; 200 leaves room for anything an office adds. */
export const MAX_COLUMNS = 200;

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * An Excel serial date as the text an office would type. Serials are wall-clock days since
 * 1899-12-30 with no zone: a whole day is a day, anything else a time (Vietnam time).
 */
function serialText(serial: number): string {
  const v = new Date(Date.UTC(1899, 11, 30) + Math.round(serial * 86_400) * 1000);
  const day = `${v.getUTCFullYear()}-${pad(v.getUTCMonth() + 1)}-${pad(v.getUTCDate())}`;
  const h = v.getUTCHours();
  const m = v.getUTCMinutes();
  const s = v.getUTCSeconds();
  return h || m || s ? `${day}T${pad(h)}:${pad(m)}:${pad(s)}` : day;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML entities, then Excel's own `_xHHHH_` escapes (a line break in a cell is often `_x000D_`). */
function unescape(s: string): string {
  return s
    .replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,4});/gi, (all, e: string) => {
      if (e[0] !== '#') return ENTITIES[e] ?? all;
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : all;
    })
    .replace(/_x([0-9a-f]{4})_/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

interface Tag {
  /** The local name (no prefix), e.g. `row`. */
  name: string;
  attrs: string;
  close: boolean;
  selfClosing: boolean;
  /** The text after the tag, up to the next one. */
  text: string;
}

/** Every tag of `xml` in order, with the text that follows it: one pass, indexOf only. */
function* tags(xml: string): Generator<Tag> {
  let at = xml.indexOf('<');
  while (at >= 0) {
    const end = xml.indexOf('>', at);
    if (end < 0) return;
    const next = xml.indexOf('<', end);
    const raw = xml.slice(at + 1, end);
    const text = xml.slice(end + 1, next < 0 ? xml.length : next);
    at = next;
    if (raw[0] === '?' || raw[0] === '!') continue;
    const close = raw[0] === '/';
    const selfClosing = raw.endsWith('/');
    const body = raw.slice(close ? 1 : 0, selfClosing ? -1 : undefined);
    const space = body.search(/[\s]/);
    const qname = space < 0 ? body : body.slice(0, space);
    yield {
      name: qname.slice(qname.indexOf(':') + 1),
      attrs: space < 0 ? '' : body.slice(space),
      close,
      selfClosing,
      text,
    };
  }
}

const attr = (attrs: string, name: string): string | undefined =>
  new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)
    .exec(attrs)
    ?.slice(1)
    .find((v) => v !== undefined);

const tooBig = (message: string, fix: string) => new ConvertError(message, fix);

/** The strings of sharedStrings.xml, each `<si>`'s runs joined (phonetic guides left out). */
function sharedStrings(xml: string | undefined): string[] {
  const out: string[] = [];
  if (!xml) return out;
  let current: string[] | undefined;
  let inText = false;
  let phonetic = 0;
  for (const tag of tags(xml)) {
    if (tag.name === 'si') {
      if (tag.close || tag.selfClosing) {
        out.push(unescape((current ?? []).join('')));
        current = undefined;
      } else current = [];
    } else if (tag.name === 'rPh') phonetic += tag.close ? -1 : tag.selfClosing ? 0 : 1;
    else if (tag.name === 't') inText = !tag.close && !tag.selfClosing;
    if (inText && current && !phonetic) current.push(tag.text);
  }
  return out;
}

/** Built-in number formats that are dates or times (ECMA-376 18.8.30). */
const DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57]);

/** For each cell style (`s`), whether its number format shows a date. */
function dateStyles(xml: string | undefined): boolean[] {
  if (!xml) return [];
  const custom = new Map<number, boolean>();
  const styles: boolean[] = [];
  let inCellXfs = false;
  for (const tag of tags(xml)) {
    if (tag.name === 'numFmt' && !tag.close) {
      // Quoted text, [colours] and escaped characters are not date parts.
      const code = unescape(attr(tag.attrs, 'formatCode') ?? '').replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
      custom.set(Number(attr(tag.attrs, 'numFmtId')), /[dmyhs]/i.test(code));
    } else if (tag.name === 'cellXfs') inCellXfs = !tag.close && !tag.selfClosing;
    else if (tag.name === 'xf' && inCellXfs && !tag.close) {
      const id = Number(attr(tag.attrs, 'numFmtId') ?? 0);
      styles.push(custom.get(id) ?? DATE_FORMATS.has(id));
    }
  }
  return styles;
}

/** `AB12` → [row 12, column 28]; undefined when it is not an address Excel can write. */
function address(ref: string): [number, number] | undefined {
  const m = /^\$?([A-Z]{1,3})\$?([0-9]{1,7})$/.exec(ref.toUpperCase());
  if (!m) return undefined;
  let column = 0;
  for (const c of m[1]!) column = column * 26 + c.charCodeAt(0) - 64;
  return column > 16_384 ? undefined : [Number(m[2]), column];
}

/** The error for a sheet with a row past {@link MAX_ROWS}. */
export const rowLimit = (row: number) =>
  tooBig(
    t(
      `the sheet has a row ${row}, beyond the limit of ${MAX_ROWS.toLocaleString('en')} rows`,
      `bảng tính có dòng ${row}, vượt giới hạn ${MAX_ROWS.toLocaleString('vi')} dòng`,
    ),
    t(
      'Delete the empty rows below the data (or the stray cell far down), or split the sheet.',
      'Xóa các dòng trống bên dưới dữ liệu (hoặc ô lạc ở xa phía dưới), hoặc tách bảng tính.',
    ),
  );

const badAddress = (ref: string) =>
  tooBig(
    t(`the sheet has a cell at "${ref}", which is not a cell address`, `bảng tính có ô "${ref}" không phải địa chỉ ô`),
    t('Save it again as .xlsx from Excel or LibreOffice.', 'Lưu lại dưới dạng .xlsx bằng Excel hoặc LibreOffice.'),
  );

/** The rows of the sheet; row n of Excel is index n - 1, missing rows and cells are empty. */
function sheetRows(xml: string, strings: string[], dates: boolean[]): string[][] {
  const rows: string[][] = [];
  let row = 0;
  let column = 0;
  let cell: { type: string; style: number; value: string[] } | undefined;
  let inValue = false;
  for (const tag of tags(xml)) {
    if (tag.name === 'row' && !tag.close) {
      const r = attr(tag.attrs, 'r');
      row = r === undefined ? row + 1 : /^[0-9]{1,9}$/.test(r) ? Number(r) : NaN;
      if (!(row >= 1)) throw badAddress(`row ${r}`);
      if (row > MAX_ROWS) throw rowLimit(row);
      column = 0;
    } else if (tag.name === 'c' && !tag.close) {
      const r = attr(tag.attrs, 'r');
      if (r !== undefined) {
        const at = address(r);
        if (!at) throw badAddress(r);
        if (at[0] > MAX_ROWS) throw rowLimit(at[0]);
        row = at[0];
        column = at[1];
      } else column++;
      if (column > MAX_COLUMNS)
        throw tooBig(
          t(
            `the sheet has a cell at ${r ?? `column ${column}`}, beyond the limit of ${MAX_COLUMNS} columns`,
            `bảng tính có ô ${r ?? `cột ${column}`}, vượt giới hạn ${MAX_COLUMNS} cột`,
          ),
          t(
            'Delete the columns right of the data (or the stray cell far right).',
            'Xóa các cột bên phải dữ liệu (hoặc ô lạc ở xa bên phải).',
          ),
        );
      cell = { type: attr(tag.attrs, 't') ?? 'n', style: Number(attr(tag.attrs, 's') ?? 0), value: [] };
      if (tag.selfClosing) cell = undefined;
    } else if ((tag.name === 'v' || tag.name === 't') && cell) {
      inValue = !tag.close && !tag.selfClosing;
    } else if (tag.name === 'c' && tag.close && cell) {
      const raw = unescape(cell.value.join(''));
      const text =
        cell.type === 's'
          ? (strings[Number(raw)] ?? '')
          : cell.type === 'b'
            ? String(raw === '1')
            : cell.type === 'e'
              ? ''
              : cell.type === 'n' && raw && dates[cell.style] && Number.isFinite(Number(raw))
                ? serialText(Number(raw))
                : cell.type === 'n' && raw && Number.isFinite(Number(raw))
                  ? String(Number(raw))
                  : raw;
      while (rows.length < row) rows.push([]);
      const cells = rows[row - 1]!;
      while (cells.length < column - 1) cells.push('');
      cells[column - 1] = text;
      cell = undefined;
    }
    if (inValue && cell) cell.value.push(tag.text);
  }
  return rows;
}

/** The path a relationship target points to, from the folder of the part that names it. */
const resolvePart = (target: string, folder: string) =>
  target.startsWith('/')
    ? target.slice(1)
    : `${folder}${target}`
        .split('/')
        .reduce<string[]>((parts, p) => {
          if (p === '..') parts.pop();
          else if (p !== '.') parts.push(p);
          return parts;
        }, [])
        .join('/');

/** The first sheet of the workbook as rows of text. Throws {@link ConvertError} for what cannot be read. */
export async function readXlsxRows(bytes: Uint8Array): Promise<string[][]> {
  try {
    const zip = new Zip(bytes);
    const rels = new Map<string, { type: string; target: string }>();
    for (const tag of tags(zip.text('xl/_rels/workbook.xml.rels') ?? ''))
      if (tag.name === 'Relationship')
        rels.set(attr(tag.attrs, 'Id') ?? '', {
          type: attr(tag.attrs, 'Type') ?? '',
          target: resolvePart(attr(tag.attrs, 'Target') ?? '', 'xl/'),
        });
    const part = (type: string, fallback: string) =>
      [...rels.values()].find((r) => r.type.endsWith(`/${type}`))?.target ?? fallback;
    let sheet: string | undefined;
    for (const tag of tags(zip.text('xl/workbook.xml') ?? ''))
      if (tag.name === 'sheet') {
        sheet = rels.get(attr(tag.attrs, 'r:id') ?? attr(tag.attrs, 'id') ?? '')?.target;
        break;
      }
    const xml = zip.text(sheet ?? 'xl/worksheets/sheet1.xml');
    if (xml === undefined) throw new ZipError('the workbook has no sheet');
    const dates = dateStyles(zip.text(part('styles', 'xl/styles.xml')));
    return sheetRows(xml, sharedStrings(zip.text(part('sharedStrings', 'xl/sharedStrings.xml'))), dates);
  } catch (e) {
    if (e instanceof ConvertError) throw e;
    const limit = e instanceof ZipError ? e.limit : undefined;
    throw new ConvertError(
      t(`cannot read the workbook (${(e as Error).message})`, `không đọc được bảng tính (${(e as Error).message})`),
      limit
        ? t(
            `A real workbook stays under ${MAX_INFLATED_BYTES / 1048576} MB unpacked and ${MAX_RATIO}× compression: save it again from Excel, or as CSV UTF-8.`,
            `Bảng tính thật luôn dưới ${MAX_INFLATED_BYTES / 1048576} MB khi giải nén và nén không quá ${MAX_RATIO} lần: lưu lại bằng Excel, hoặc dưới dạng CSV UTF-8.`,
          )
        : t(
            'Save it again as .xlsx (Excel Workbook), or as CSV UTF-8.',
            'Lưu lại dưới dạng .xlsx (Excel Workbook), hoặc CSV UTF-8.',
          ),
    );
  }
}
