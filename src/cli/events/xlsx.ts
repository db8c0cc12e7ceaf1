/**
 * The first sheet of an .xlsx workbook as rows of text, read with
 * read-excel-file (pure JavaScript, no native binaries), for `from-csv`.
 */
import { readSheet } from 'read-excel-file/universal';
import { ConvertError } from '../common/errors.js';
import { t } from '../common/i18n.js';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A cell as the text an office would type. Excel stores dates as wall-clock serials with no
 * zone, which read-excel-file hands over as UTC: a whole day is a day, anything else a time (Vietnam time).
 */
function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) {
    const day = `${v.getUTCFullYear()}-${pad(v.getUTCMonth() + 1)}-${pad(v.getUTCDate())}`;
    const h = v.getUTCHours();
    const m = v.getUTCMinutes();
    const s = v.getUTCSeconds();
    return h || m || s ? `${day}T${pad(h)}:${pad(m)}:${pad(s)}` : day;
  }
  return String(v);
}

export async function readXlsxRows(bytes: Uint8Array): Promise<string[][]> {
  try {
    const rows = await readSheet(new Blob([new Uint8Array(bytes)]));
    return rows.map((r) => r.map(cellText));
  } catch (e) {
    throw new ConvertError(
      t(`cannot read the workbook (${(e as Error).message})`, `không đọc được bảng tính (${(e as Error).message})`),
      t(
        'Save it again as .xlsx (Excel Workbook), or as CSV UTF-8.',
        'Lưu lại dưới dạng .xlsx (Excel Workbook), hoặc CSV UTF-8.',
      ),
    );
  }
}
