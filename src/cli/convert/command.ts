/** `provincial-widgets from-rss`: an RSS or Atom feed (file or URL) converted to the feed contract. */
import { basename } from 'node:path';
import { parseFeedJson } from '../../feed/parse.js';
import { defineCommand, UsageError } from '../common/command.js';
import { InputError } from '../common/errors.js';
import { t } from '../common/i18n.js';
import { decode, readInput, TIMEOUT } from '../common/input.js';
import { writeOutput } from '../common/output.js';
import { forTerminal } from '../common/terminal.js';
import { convertFeed, resolveLinks } from './from-rss.js';
import { languageOf } from './item.js';
import { absolutize } from './links.js';

/** The `from-rss` command. */
export const fromRssCommand = defineCommand({
  name: 'from-rss',
  args: '<file|url>',
  summary: 'Converts an RSS 2.0 or Atom feed into the JSON Feed contract and prints it.',
  files: { min: 1 },
  filesError: () => t('from-rss needs one file or URL', 'from-rss cần một tệp hoặc địa chỉ'),
  options: {
    output: { type: 'string', short: 'o', value: '<file>', help: 'write to a file instead of standard output' },
    language: { type: 'string', value: '<code>', help: 'set the feed and item language (e.g. vi, en)' },
    base: {
      type: 'string',
      value: '<url>',
      http: true,
      help: `where the RSS/Atom lives, to make relative links absolute
(automatic when converting from a URL)`,
    },
    timeout: { type: 'string', value: '<seconds>', help: 'how long a URL may take to answer (default 15)' },
  },
  notes: 'Notes about guesses and gaps go to standard error.',
  async run({ values, files: [source], io }) {
    const timeout = values.timeout === undefined ? TIMEOUT : Number(values.timeout) * 1000;
    if (!(timeout > 0)) throw new UsageError(t('--timeout must be a number of seconds', '--timeout phải là số giây'));
    const input = await readInput(source!, timeout);
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
  },
});
