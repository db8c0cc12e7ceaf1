/**
 * One source of a feed: read (file or URL), its kind detected from its bytes (the name and the server's
 * type are often wrong on CMS exports), and converted by the converters of the other rooms. An HTTP
 * error, a timeout, an unreadable body or a source with no items is a failure: the caller keeps the
 * source's last good items.
 */
import type { RawFeed } from '../../feed/types.js';
import type { Day } from '../../shared/dates.js';
import { ConvertError, InputError } from '../common/errors.js';
import { t } from '../common/i18n.js';
import { decode, readInput } from '../common/input.js';
import type { Note } from '../common/types.js';
import { convertFeed, resolveLinks } from '../convert/from-rss.js';
import { convertRows, decodeCsv, parseCsv } from '../events/from-csv.js';
import { convertIcs } from '../events/from-ics.js';
import { readXlsxRows } from '../events/xlsx.js';
import { validate } from '../validate/validate.js';

/** What a source turned out to be. */
export type SourceKind = 'rss' | 'json' | 'csv' | 'xlsx' | 'ics';

/** A source read and converted. */
export interface LoadedSource {
  kind: SourceKind;
  feed: RawFeed;
  /** Rows, events or fields the converter left out or guessed: warnings of the run. */
  notes: Note[];
  /** Events of a calendar outside the run's window, left out on purpose. */
  outside?: number;
}

/** A source that could not be used this run; `message` says why, in one line. */
export class SourceError extends Error {}

/** The kind of a document, from its first bytes, then its name or type for CSV. */
export function detectKind(bytes: Uint8Array, name: string, contentType = ''): SourceKind | undefined {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'xlsx'; // a zip: "PK"
  const head = new TextDecoder()
    .decode(bytes.subarray(0, 512))
    .replace(/^\ufeff/, '')
    .trimStart();
  if (/^BEGIN:VCALENDAR/i.test(head)) return 'ics';
  if (head.startsWith('{')) return 'json';
  if (head.startsWith('<')) return 'rss';
  if (/\.csv$/i.test(name.replace(/[?#].*$/, '')) || /text\/csv/i.test(contentType)) return 'csv';
  // A spreadsheet saved without the extension: a header row with separators.
  if (/^[^\n]*[;,\t][^\n]*\r?\n/.test(head)) return 'csv';
  return undefined;
}

const fileName = (source: string) => source.replace(/[?#].*$/, '').replace(/^.*[\\/]/, '');

/** Reads and converts one source for the `lang` edition; throws {@link SourceError} when it is unusable. */
export async function loadSource(
  source: string,
  { lang, timeout, window }: { lang: string; timeout: number; window: { from: Day; to: Day } },
): Promise<LoadedSource> {
  let input;
  try {
    input = await readInput(source, timeout);
  } catch (e) {
    if (e instanceof InputError) throw new SourceError(e.message);
    throw e;
  }
  if (input.status !== undefined && (input.status < 200 || input.status > 299))
    throw new SourceError(t(`the server answered HTTP ${input.status}`, `máy chủ trả về HTTP ${input.status}`));
  if (!input.bytes.byteLength || !/\S/.test(new TextDecoder().decode(input.bytes.subarray(0, 4096))))
    throw new SourceError(t('the source is empty', 'nguồn trống'));
  const kind = detectKind(input.bytes, source, input.contentType);
  if (!kind)
    throw new SourceError(
      t('not RSS/Atom, JSON Feed, CSV/XLSX or iCalendar', 'không phải RSS/Atom, JSON Feed, CSV/XLSX hay iCalendar'),
    );
  const base = /^https?:/i.test(input.url) ? input.url : undefined;
  let loaded: LoadedSource;
  try {
    loaded = await convert(kind, input.bytes, input.contentType, { base, lang, window, title: fileName(source) });
  } catch (e) {
    if (e instanceof ConvertError || e instanceof InputError) throw new SourceError(e.message);
    throw e;
  }
  // A calendar whose events all fall outside the window is current, not broken: it publishes none.
  if (!loaded.feed.items.length && !loaded.outside)
    throw new SourceError(t('the source has no items', 'nguồn không có mục nào'));
  for (const item of loaded.feed.items) item.language ??= lang;
  return loaded;
}

/**
 * A JSON Feed written by someone else: the items `validate` finds errors in are left out (and named), so
 * one bad item does not keep the whole feed from being published.
 */
function checkedItems(feed: RawFeed, bytes: Uint8Array, base: string | undefined): { feed: RawFeed; notes: Note[] } {
  const report = validate({ source: 'source', url: base ?? 'file:///source.json', bytes }, base);
  const fatal = report.findings.find((f) => f.severity === 'fatal');
  if (fatal) throw new SourceError(fatal.message);
  const bad = new Map<number, string>();
  for (const f of report.findings) {
    const index = /^items\[(\d+)\]/.exec(f.path)?.[1];
    if (f.severity !== 'warning' && index !== undefined && !bad.has(Number(index)))
      bad.set(Number(index), `${f.path}: ${f.message}`);
  }
  const notes = [...bad.values()].map((message) => ({
    path: 'items',
    message: `${message} (${t('left out', 'đã bỏ')})`,
  }));
  return { feed: { ...feed, items: feed.items.filter((_, i) => !bad.has(i)) }, notes };
}

async function convert(
  kind: SourceKind,
  bytes: Uint8Array,
  contentType: string | undefined,
  {
    base,
    lang,
    window,
    title,
  }: { base: string | undefined; lang: string; window: { from: Day; to: Day }; title: string },
): Promise<LoadedSource> {
  switch (kind) {
    case 'rss': {
      const { feed, notes } = convertFeed(decode(bytes, contentType).text, base);
      resolveLinks(feed, base, notes);
      return { kind, feed, notes };
    }
    case 'json': {
      let feed: RawFeed;
      try {
        feed = JSON.parse(decode(bytes, contentType).text.replace(/^\ufeff/, '')) as RawFeed;
      } catch (e) {
        throw new SourceError(
          t(`not valid JSON (${(e as Error).message})`, `JSON không hợp lệ (${(e as Error).message})`),
        );
      }
      if (!feed || typeof feed !== 'object' || !Array.isArray(feed.items))
        throw new SourceError(t('a JSON file without "items"', 'tệp JSON không có "items"'));
      const checked = checkedItems(feed, bytes, base);
      // Published from another address: the source's relative links must be made absolute against it.
      resolveLinks(checked.feed, base, checked.notes);
      return { kind, ...checked };
    }
    case 'csv':
    case 'xlsx': {
      const parsed =
        kind === 'xlsx' ? { rows: await readXlsxRows(bytes), problems: [] } : parseCsv(decodeCsv(bytes).text);
      const result = convertRows(parsed.rows, { language: lang, base, title });
      const notes = [...parsed.problems, ...result.problems].map((p) => ({
        path: `${t('row', 'dòng')} ${p.row}`,
        message: `${p.message} (${t('left out', 'đã bỏ')})`,
      }));
      return { kind, feed: result.feed, notes };
    }
    case 'ics': {
      const result = convertIcs(decode(bytes, contentType).text, { language: lang, ...window });
      return {
        kind,
        outside: result.outside,
        feed: result.feed,
        notes: result.problems.map((p) => ({ path: p.where, message: `${p.message} (${t('left out', 'đã bỏ')})` })),
      };
    }
  }
}
