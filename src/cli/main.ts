/**
 * `npx provincial-widgets …`: feed tools for webmasters. Pure Node (no DOM);
 * validation reuses the widgets' own parser.
 *
 *   provincial-widgets validate <file|url> [--base <url>] [--origin <origin>] [--strict] [--json]
 *   provincial-widgets from-rss <file|url> [-o <file>] [--language vi] [--base <url>]
 *   provincial-widgets sample-feed [-o <file>] [--lang en]
 */
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { parseFeedJson } from '../feed/parse.js';
import { eventCommands } from './event-commands.js';
import { convertFeed, ConvertError, resolveLinks } from './from-rss.js';
import { decode, InputError, readInput, TIMEOUT } from './input.js';
import { exitCode, formatReport, validate } from './validate.js';
import { originFindings, parseOrigin } from './validate-origin.js';
import { copySampleImages, sampleFeed } from './sample-feed.js';
import { writeOutput } from './output.js';
import { setCliLang, t } from './i18n.js';
import { languageOf } from './item.js';
import { absolutize } from './links.js';
import { forTerminal } from './terminal.js';

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  color: boolean;
}

const defaultIo: Io = {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  color: !!process.stdout.isTTY && !process.env.NO_COLOR,
};

export const VERSION = '0.1.0';

const HELP = `provincial-widgets ${VERSION}: feed tools for provincial-widgets

Usage:
  provincial-widgets validate <file|url> [options]
      Checks a feed against the contract (docs/feed.md) and prints each problem
      with its JSON path and how to fix it.
      --base <url>   the URL the feed will be published at (resolves relative URLs)
      --origin <origin>  (URLs only) check the response headers for pages on this site,
                     e.g. https://agency.example: CORS, Content-Type, caching, ETag
      --strict       exit 1 on warnings too
      --json         machine-readable report
      Exit status: 0 usable, 1 fatal problems or items dropped, 2 bad usage.

  provincial-widgets from-rss <file|url> [options]
      Converts an RSS 2.0 or Atom feed into the JSON Feed contract and prints it.
      -o, --output <file>   write to a file instead of standard output
      --language <code>     set the feed and item language (e.g. vi, en)
      --base <url>          where the RSS/Atom lives, to make relative links absolute
                            (automatic when converting from a URL)
      --timeout <seconds>   how long a URL may take to answer (default 15)
      Notes about guesses and gaps go to standard error.

  provincial-widgets sample-feed [options]
      Writes the demo's sample feed (news and training sessions) with its sessions moved
      to the current weeks, to try the widgets on your own site. Vietnamese; --lang en
      for the English edition. With -o, its photos are copied to images/ next to the file.
      -o, --output <file>   write to a file instead of standard output

  provincial-widgets from-csv <file.csv|file.xlsx> [-o <file>] [--language vi] [--base <url>] [--title <text>]
      Converts a spreadsheet of training sessions (templates/lich-tap-huan.csv;
      UTF-8 or windows-1258, commas or semicolons; or .xlsx) into a feed of events.
  provincial-widgets from-ics <file.ics> [-o <file>] [--language vi] [--from YYYY-MM-DD --to YYYY-MM-DD]
      Converts an Outlook or Google Calendar export; repeating events are
      expanded between --from and --to (default: a year back to a year ahead).
  provincial-widgets merge <feed> <feed>… [-o <file>]
      Joins feeds (news and events) into one, newest first; a later file wins on a duplicate id.
  provincial-widgets to-ics <feed> [-o <file>] [--name <text>] [--feed-url <url>]
      Writes the subscription calendar (.ics) with every event, with the same
      UIDs as the widget's "Add to calendar".
      These exit 1 when a row or event was left out (each is listed with a fix).

  provincial-widgets render <page.html> [--feed <src>=<file>]… [--lang vi|en] [--base <url>] [-o <out.html>]
      Writes the page with every pw-* element's content rendered in (Declarative Shadow DOM), so
      readers see it before any script runs; the rest of the page is kept byte for byte. Each
      --feed maps an element's src (as written, {lang} expanded) to a local file; other feeds are
      fetched. --base is the page's address, for relative src. Exits 1 when a feed could not be
      read (its element keeps its fallback content).

  Use "-" as the file to read standard input.
  Add --lang vi (or set PW_LANG=vi) for messages in Vietnamese.

Examples:
  npx provincial-widgets validate https://www.longan.gov.vn/feeds/portal.vi.json
  npx provincial-widgets validate https://www.longan.gov.vn/feeds/portal.vi.json --origin https://sotuphap.longan.gov.vn
  npx provincial-widgets from-rss https://example.gov.vn/rss/tin-tuc.rss -o portal.vi.json
  npx provincial-widgets sample-feed -o portal.vi.json
`;

function usage(io: Io, message: string): number {
  io.err(`provincial-widgets: ${message}\n\n${HELP}`);
  return 2;
}

async function runValidate(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      base: { type: 'string' },
      origin: { type: 'string' },
      strict: { type: 'boolean' },
      json: { type: 'boolean' },
    },
  });
  if (positionals.length !== 1)
    return usage(io, t('validate needs one file or URL', 'validate cần một tệp hoặc địa chỉ'));
  if (values.base && !/^https?:\/\//i.test(values.base))
    return usage(io, t('--base must be an http(s) URL', '--base phải là địa chỉ http(s)'));
  const origin = values.origin === undefined ? undefined : parseOrigin(values.origin);
  if (values.origin !== undefined && !origin)
    return usage(
      io,
      t(
        '--origin must be an origin such as https://agency.example (no path)',
        '--origin phải là một nguồn gốc như https://agency.example (không có đường dẫn)',
      ),
    );
  if (origin && !/^https?:\/\//i.test(positionals[0]!))
    return usage(io, t('--origin needs the feed URL, not a file', '--origin cần địa chỉ bản tin, không phải tệp'));
  const input = await readInput(positionals[0]!, undefined, origin);
  const report = validate(input, values.base);
  if (origin) {
    report.origin = origin;
    report.findings.push(...originFindings(input.headers ?? {}, origin));
  }
  if (values.json) io.out(`${JSON.stringify(report, null, 2)}\n`);
  else io.out(`${formatReport(report, io.color)}\n`);
  return exitCode(report, values.strict);
}

async function runFromRss(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      language: { type: 'string' },
      base: { type: 'string' },
      timeout: { type: 'string' },
    },
  });
  if (positionals.length !== 1)
    return usage(io, t('from-rss needs one file or URL', 'from-rss cần một tệp hoặc địa chỉ'));
  if (values.base && !/^https?:\/\//i.test(values.base))
    return usage(io, t('--base must be an http(s) URL', '--base phải là địa chỉ http(s)'));
  const timeout = values.timeout === undefined ? TIMEOUT : Number(values.timeout) * 1000;
  if (!(timeout > 0)) return usage(io, t('--timeout must be a number of seconds', '--timeout phải là số giây'));
  const input = await readInput(positionals[0]!, timeout);
  if (input.status !== undefined && (input.status < 200 || input.status > 299)) {
    throw new InputError(
      t(`the server answered HTTP ${input.status}`, `máy chủ trả về HTTP ${input.status}`),
      t(
        'Open the address in a browser and check it is the feed.',
        'Mở địa chỉ bằng trình duyệt và kiểm tra đó đúng là bản tin.',
      ),
    );
  }
  const { text, encoding, lossy } = decode(input.bytes, input.contentType);
  const fetched = /^https?:/i.test(input.url) ? input.url : undefined;
  const docBase =
    values.base ?? (fetched && input.contentLocation ? absolutize(input.contentLocation, fetched) : fetched);
  const { feed, format, notes } = convertFeed(text, docBase);
  if (lossy) {
    notes.unshift({
      path: '(document)',
      message: t(
        `some bytes could not be decoded (${encoding}): check the characters in the output`,
        `một số byte không giải mã được (${encoding}): hãy kiểm tra các ký tự trong kết quả`,
      ),
    });
  }
  resolveLinks(feed, docBase, notes);
  if (!feed.title) {
    // JSON Feed requires a title: the site's host name, else the file's name.
    feed.title =
      (feed.home_page_url && /^https?:/i.test(feed.home_page_url)
        ? new URL(feed.home_page_url).hostname
        : basename(input.source)) || 'Feed';
    notes.push({
      path: 'title',
      message: t(`no title: used "${feed.title}"`, `không có tiêu đề: dùng "${feed.title}"`),
    });
  }
  const headerLanguage = input.contentLanguage && languageOf(input.contentLanguage.split(',')[0]);
  if (!feed.language && headerLanguage) feed.language = headerLanguage;
  if (values.language) {
    feed.language = values.language;
    for (const item of feed.items) item.language = values.language;
  }
  // Check our own output with the widgets' parser: nothing we write may be dropped.
  const base = /^https?:/i.test(input.url) ? input.url : 'https://feed.invalid/feed.json';
  const { problems } = parseFeedJson(feed, base);
  for (const p of problems)
    notes.push({ path: p.path, message: `${p.message} ${t('(left for you to fix)', '(cần bạn sửa)')}` });

  const json = `${JSON.stringify(feed, null, 2)}\n`;
  if (values.output) await writeOutput(values.output, json);
  else io.out(json);
  const kind = format === 'atom' ? 'Atom' : format === 'rdf' ? 'RSS 1.0' : 'RSS 2.0';
  const target = values.output ? ` → ${values.output}` : '';
  const n = feed.items.length;
  const lines = [
    t(
      `Converted ${kind} "${feed.title ?? input.source}": ${n} item${n === 1 ? '' : 's'}${target}.`,
      `Đã chuyển đổi ${kind} "${feed.title ?? input.source}": ${n} mục${target}.`,
    ),
  ];
  for (const note of notes) lines.push(`  ${t('note', 'ghi chú')} ${note.path}: ${note.message}`);
  io.err(`${forTerminal(lines.join('\n'))}\n`);
  return 0;
}

async function runSampleFeed(args: string[], io: Io, lang: 'vi' | 'en'): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { output: { type: 'string', short: 'o' } },
  });
  if (positionals.length)
    return usage(io, t('sample-feed takes no file; use -o <file>', 'sample-feed không nhận tệp; dùng -o <tệp>'));
  const json = `${JSON.stringify(sampleFeed(lang), null, 2)}\n`;
  if (!values.output) {
    io.out(json);
    return 0;
  }
  await writeOutput(values.output, json);
  const photos = await copySampleImages(values.output);
  io.err(
    `${t(
      `Wrote the ${lang === 'vi' ? 'Vietnamese' : 'English'} sample feed → ${values.output} (${photos} photos in images/ next to it). Publish both, then point src= at the feed.`,
      `Đã ghi bản tin mẫu ${lang === 'vi' ? 'tiếng Việt' : 'tiếng Anh'} → ${values.output} (${photos} ảnh trong thư mục images/ bên cạnh). Đăng cả hai lên máy chủ rồi trỏ src= vào bản tin.`,
    )}\n`,
  );
  return 0;
}

/** Runs the CLI with `argv` (without node and script); resolves to the exit status. */
export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  // `--lang vi` anywhere on the line (or PW_LANG=vi) gives the messages in Vietnamese.
  const args: string[] = [];
  let lang = process.env.PW_LANG;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--lang') lang = argv[++i];
    else if (argv[i]!.startsWith('--lang=')) lang = argv[i]!.slice('--lang='.length);
    else args.push(argv[i]!);
  }
  setCliLang(lang?.toLowerCase().startsWith('vi') ? 'vi' : 'en');
  const [command, ...rest] = args;
  try {
    switch (command) {
      case 'validate':
        return await runValidate(rest, io);
      case 'from-rss':
        return await runFromRss(rest, io);
      case 'sample-feed':
        return await runSampleFeed(rest, io, lang?.toLowerCase().startsWith('en') ? 'en' : 'vi');
      case 'render':
        // Loaded on use: it brings the widgets and Lit's server renderer.
        return await (await import('./render/command.js')).runRender(rest, io, lang, (m) => usage(io, m));
      case undefined:
      case 'help':
      case '-h':
      case '--help':
        io.out(HELP);
        return command === undefined ? 2 : 0;
      case '-v':
      case '--version':
        io.out(`${VERSION}\n`);
        return 0;
      default:
        if (Object.hasOwn(eventCommands, command)) return await eventCommands[command]!(rest, io, (m) => usage(io, m));
        return usage(io, t(`unknown command "${command}"`, `không có lệnh "${command}"`));
    }
  } catch (e) {
    if (e instanceof InputError || e instanceof ConvertError) {
      io.err(`${forTerminal(`provincial-widgets: ${e.message}\n  ${t('Fix:', 'Cách sửa:')} ${e.hint}`)}\n`);
      return 1;
    }
    if (e instanceof TypeError && 'code' in e && String((e as { code: unknown }).code).startsWith('ERR_PARSE_ARGS')) {
      return usage(io, e.message);
    }
    throw e;
  }
}
