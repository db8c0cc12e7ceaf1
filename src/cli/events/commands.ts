/**
 * The training-events pipeline: `from-csv`, `from-ics`, `merge`, `to-ics`.
 * Each checks its output with the widgets' own parser; each exits 1 when
 * something was left out, so a scheduled job notices.
 */
import type { RawFeed } from '../../feed/types.js';
import { parseFeedJson } from '../../feed/parse.js';
import { parseDay, today, addDays } from '../../shared/dates.js';
import { convertIcs, decodeIcs } from './from-ics.js';
import { columnList, convertRows, decodeCsv, parseCsv, type RowNote } from './from-csv.js';
import { defineCommand, UsageError, type Io } from '../common/command.js';
import { ConvertError } from '../common/errors.js';
import type { Note } from '../common/types.js';
import { writeOutput } from '../common/output.js';
import { t } from '../common/i18n.js';
import { forTerminal } from '../common/terminal.js';
import { decode, readInput } from '../common/input.js';
import { mergeFeeds } from './merge.js';
import { readXlsxRows } from './xlsx.js';
import { feedToIcs } from './to-ics.js';

const readBytes = async (source: string) => (await readInput(source)).bytes;

async function emit(text: string, output: string | undefined, io: Io): Promise<void> {
  if (output) await writeOutput(output, text);
  else io.out(text);
}

/** Problems the widgets' parser still finds in our output: reported, never silently shipped. */
function selfCheck(feed: RawFeed, notes: Note[]): void {
  for (const p of parseFeedJson(feed, 'https://feed.invalid/feed.json').problems)
    notes.push({ path: p.path, message: p.message });
}

/** The report on standard error: cell values, UIDs and titles in it pass through forTerminal, as every CLI message. */
function summary(io: Io, head: string, lines: string[]): void {
  io.err(`${forTerminal([head, ...lines.map((l) => `  ${l}`)].join('\n'))}\n`);
}

const fixLabel = () => t('Fix:', 'Cách sửa:');

/** `row 5 (STT 4), column "Ngày"`: the spreadsheet's row number, the clerk's own one, the column. */
const rowLabel = (p: RowNote) =>
  `${t('row', 'dòng')} ${p.row}${p.stt ? ` (STT ${p.stt})` : ''}${p.column ? `, ${t('column', 'cột')} "${p.column}"` : ''}`;

const output = {
  type: 'string',
  short: 'o',
  value: '<file>',
  help: 'write to a file instead of standard output',
} as const;

const language = {
  type: 'string',
  value: '<code>',
  help: 'the language of the feed and its events (default vi)',
} as const;

/** The `from-csv` command. */
export const fromCsvCommand = defineCommand({
  name: 'from-csv',
  args: '<file.csv|file.xlsx>',
  summary: `Converts a spreadsheet of training sessions (templates/lich-tap-huan.csv;
UTF-8 or windows-1258, commas or semicolons; or .xlsx) into a feed of events.`,
  files: { min: 1 },
  filesError: () => t('from-csv needs one .csv or .xlsx file', 'from-csv cần một tệp .csv hoặc .xlsx'),
  options: {
    output,
    language,
    // Not checked as http(s), as before: a link that does not come out http(s) is reported on its row.
    base: { type: 'string', value: '<url>', help: 'the address relative links in the sheet are read against' },
    title: { type: 'string', value: '<text>', help: "the feed's title (default: the file's name)" },
  },
  notes: 'Exits 1 when a row was left out (each is listed with a fix).',
  async run({ values, files: positionals, io }) {
    const bytes = await readBytes(positionals[0]!);
    // An .xlsx is a zip: "PK" whatever the file is called.
    const xlsx = bytes[0] === 0x50 && bytes[1] === 0x4b;
    const { text, encoding } = xlsx ? { text: '', encoding: 'xlsx' } : decodeCsv(bytes);
    const {
      rows,
      delimiter,
      problems: parseProblems,
    } = xlsx ? { rows: await readXlsxRows(bytes), delimiter: '', problems: [] } : parseCsv(text);
    const language = values.language ?? 'vi';
    const title = values.title ?? positionals[0]!.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
    const result = convertRows(rows, { language, base: values.base, title });
    const problems = [...parseProblems, ...result.problems].sort((a, b) => a.row - b.row);
    const notes: Note[] = [];
    selfCheck(result.feed, notes);
    await emit(`${JSON.stringify(result.feed, null, 2)}\n`, values.output, io);
    const n = result.feed.items.length;
    const sep = xlsx
      ? t('first sheet', 'trang tính đầu tiên')
      : delimiter === ';'
        ? t('semicolons', 'dấu chấm phẩy')
        : delimiter === '\t'
          ? 'tab'
          : t('commas', 'dấu phẩy');
    summary(
      io,
      t(
        `Converted ${n} of ${result.rows} row(s) from ${positionals[0]} (${encoding}, ${sep})${values.output ? ` → ${values.output}` : ''}.`,
        `Đã chuyển ${n}/${result.rows} dòng từ ${positionals[0]} (${encoding}, ${sep})${values.output ? ` → ${values.output}` : ''}.`,
      ),
      [
        columnList(result.columns.used, result.columns.ignored),
        ...result.notes.map((p) => `${rowLabel(p)}: ${p.message}`),
        ...problems.map((p) => `${rowLabel(p)}: ${p.message} (${t('left out', 'đã bỏ')}). ${fixLabel()} ${p.fix}`),
        ...notes.map((x) => `${t('note', 'ghi chú')} ${x.path}: ${x.message}`),
      ],
    );
    return problems.length || notes.length ? 1 : 0;
  },
});

/** The `from-ics` command. */
export const fromIcsCommand = defineCommand({
  name: 'from-ics',
  args: '<file.ics>',
  summary: `Converts an Outlook or Google Calendar export; repeating events are
expanded between --from and --to (default: a year back to a year ahead).`,
  files: { min: 1 },
  filesError: () => t('from-ics needs one .ics file', 'from-ics cần một tệp .ics'),
  options: {
    output,
    language,
    from: { type: 'string', value: '<YYYY-MM-DD>', help: 'the first day of the window (default: a year ago)' },
    to: { type: 'string', value: '<YYYY-MM-DD>', help: 'the last day of the window (default: a year ahead)' },
  },
  notes: 'Exits 1 when an event was left out (each is listed with a fix).',
  async run({ values, files: positionals, io }) {
    for (const k of ['from', 'to'] as const)
      if (values[k] && !parseDay(values[k]!))
        throw new UsageError(t(`--${k} must be a day, YYYY-MM-DD`, `--${k} phải là ngày dạng YYYY-MM-DD`));
    const now = today();
    const from = (values.from && parseDay(values.from)) || addDays(now, -365);
    const to = (values.to && parseDay(values.to)) || addDays(now, 365);
    const input = await readInput(positionals[0]!);
    const { text, warning } = decodeIcs(input.bytes, input.contentType);
    const result = convertIcs(text, { language: values.language ?? 'vi', from, to });
    const notes: Note[] = [];
    selfCheck(result.feed, notes);
    await emit(`${JSON.stringify(result.feed, null, 2)}\n`, values.output, io);
    const n = result.feed.items.length;
    summary(
      io,
      t(
        `Converted ${n} event(s) between ${from} and ${to} from ${positionals[0]}${values.output ? ` → ${values.output}` : ''}.`,
        `Đã chuyển ${n} sự kiện từ ${from} đến ${to} trong ${positionals[0]}${values.output ? ` → ${values.output}` : ''}.`,
      ),
      [
        ...(warning ? [`${t('note', 'ghi chú')}: ${warning}`] : []),
        ...(result.outside
          ? [
              t(
                `${result.outside} event(s) or occurrence(s) outside the window were not included (--from/--to)`,
                `${result.outside} sự kiện hoặc lần lặp nằm ngoài khoảng thời gian không được đưa vào (--from/--to)`,
              ),
            ]
          : []),
        ...result.problems.map(
          (p) => `${p.where}, ${p.property}: ${p.message} (${t('left out', 'đã bỏ')}). ${fixLabel()} ${p.fix}`,
        ),
        ...notes.map((x) => `${t('note', 'ghi chú')} ${x.path}: ${x.message}`),
      ],
    );
    return result.problems.length || notes.length ? 1 : 0;
  },
});

async function readFeed(source: string): Promise<RawFeed> {
  const input = await readInput(source);
  try {
    const json = JSON.parse(decode(input.bytes, input.contentType).text.replace(/^\ufeff/, '')) as RawFeed;
    if (json && Array.isArray(json.items)) return json;
  } catch {
    /* reported below */
  }
  throw new ConvertError(
    t(`${source} is not a JSON Feed`, `${source} không phải JSON Feed`),
    t(
      `Check it with \`provincial-widgets validate ${source}\`.`,
      `Kiểm tra bằng \`provincial-widgets validate ${source}\`.`,
    ),
  );
}

/** The `merge` command. */
export const mergeCommand = defineCommand({
  name: 'merge',
  args: '<feed> <feed>…',
  summary: 'Joins feeds (news and events) into one, newest first; a later file wins on a duplicate id.',
  files: { min: 2, max: Infinity },
  filesError: () => t('merge needs two or more feeds', 'merge cần từ hai bản tin trở lên'),
  options: { output },
  notes: 'Exits 1 when the widgets would leave out an item of the result (each is listed).',
  async run({ values, files: positionals, io }) {
    const inputs = [];
    for (const source of positionals) inputs.push({ source, feed: await readFeed(source) });
    const { feed, notes } = mergeFeeds(inputs);
    const dropped: Note[] = [];
    selfCheck(feed, dropped);
    await emit(`${JSON.stringify(feed, null, 2)}\n`, values.output, io);
    summary(
      io,
      t(
        `Merged ${positionals.length} feeds: ${feed.items.length} items${values.output ? ` → ${values.output}` : ''}.`,
        `Đã gộp ${positionals.length} bản tin: ${feed.items.length} mục${values.output ? ` → ${values.output}` : ''}.`,
      ),
      [...notes, ...dropped].map((x) => `${t('note', 'ghi chú')} ${x.path}: ${x.message}`),
    );
    return dropped.length ? 1 : 0;
  },
});

/** The `to-ics` command. */
export const toIcsCommand = defineCommand({
  name: 'to-ics',
  args: '<feed>',
  summary: `Writes the subscription calendar (.ics) with every event, with the same
UIDs as the widget's "Add to calendar".`,
  files: { min: 1 },
  filesError: () => t('to-ics needs one feed', 'to-ics cần một bản tin'),
  options: {
    output,
    name: { type: 'string', value: '<text>', help: "the calendar's name (default: the feed's title)" },
    'feed-url': {
      type: 'string',
      value: '<url>',
      help: "where the feed is published, for the events' UIDs (default: its feed_url)",
    },
  },
  notes: 'Exits 1 when an event was left out (each is listed with a fix).',
  async run({ values, files: positionals, io }) {
    const raw = await readFeed(positionals[0]!);
    const feedUrl = values['feed-url'] ?? raw.feed_url;
    const lines: string[] = [];
    if (!feedUrl || !/^https?:\/\//i.test(feedUrl)) {
      lines.push(
        t(
          'note: the feed has no feed_url, so the UIDs differ from the widget\'s "Add to calendar" ones: pass --feed-url <where the feed is published>',
          'ghi chú: bản tin không có feed_url nên UID khác với nút "Thêm vào lịch" của widget: dùng --feed-url <địa chỉ đăng bản tin>',
        ),
      );
    }
    const { feed, problems } = parseFeedJson(
      raw,
      feedUrl && /^https?:\/\//i.test(feedUrl) ? feedUrl : 'https://feed.invalid/feed.json',
    );
    const dropped = problems.filter((p) => p.effect === 'item');
    const name = values.name ?? feed.title ?? t('Training calendar', 'Lịch tập huấn');
    const { ics, events } = feedToIcs(feed, { name, feedUrl: feedUrl ?? '' });
    await emit(ics, values.output, io);
    for (const p of dropped)
      lines.push(
        `${p.path}: ${p.message} (${t('left out', 'đã bỏ')}). ${fixLabel()} ${t('run `provincial-widgets validate` on the feed', 'chạy `provincial-widgets validate` với bản tin')}`,
      );
    summary(
      io,
      t(
        `Wrote "${name}": ${events} event(s)${values.output ? ` → ${values.output}` : ''}.`,
        `Đã ghi "${name}": ${events} sự kiện${values.output ? ` → ${values.output}` : ''}.`,
      ),
      lines,
    );
    return dropped.length ? 1 : 0;
  },
});
