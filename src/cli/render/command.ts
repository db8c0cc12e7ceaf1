/**
 * `provincial-widgets render <page.html> [--feed <src>=<file>]… [--lang vi|en] [--base <url>] -o <out.html>`:
 * the page with every `pw-*` element's content rendered in (render-page.ts). A feed that cannot be read
 * leaves its element's fallback content and makes the command exit 1, naming the feed.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { isFeedError } from '../../feed/errors.js';
import { parseFeedText } from '../../feed/parse.js';
import { requestFeed } from '../../feed/request.js';
import { matchLocale } from '../../locale/locales.js';
import { t } from '../i18n.js';
import { readInput } from '../input.js';
import { writeOutput } from '../output.js';
import { forTerminal } from '../terminal.js';
import { renderPage, type FeedNeed } from './render-page.js';

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

/** Runs `render`; `lang` is the line's `--lang` (widget language and messages), `usage` reports bad usage. */
export async function runRender(
  args: string[],
  io: Io,
  lang: string | undefined,
  usage: (message: string) => number,
): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      feed: { type: 'string', multiple: true },
      base: { type: 'string' },
      timeout: { type: 'string' },
    },
  });
  if (positionals.length !== 1) return usage(t('render needs one HTML file', 'render cần một tệp HTML'));
  const locale = matchLocale(lang || 'vi');
  if (!locale)
    return usage(t(`--lang must be vi or en, not "${lang}"`, `--lang phải là vi hoặc en, không phải "${lang}"`));
  if (values.base && !/^https?:\/\//i.test(values.base))
    return usage(t('--base must be an http(s) URL', '--base phải là địa chỉ http(s)'));
  const files = new Map<string, string>();
  for (const pair of values.feed ?? []) {
    const eq = pair.lastIndexOf('=');
    if (eq <= 0 || eq === pair.length - 1)
      return usage(t(`--feed needs <src>=<file>, not "${pair}"`, `--feed cần <src>=<tệp>, không phải "${pair}"`));
    files.set(pair.slice(0, eq), pair.slice(eq + 1));
  }
  const timeout = values.timeout === undefined ? 15_000 : Number(values.timeout) * 1000;
  if (!(timeout > 0)) return usage(t('--timeout must be a number of seconds', '--timeout phải là số giây'));

  const page = new TextDecoder().decode((await readInput(positionals[0]!)).bytes);
  const feedFor = async ({ src, url }: FeedNeed) => {
    const file = files.get(src);
    const text = file
      ? await readFile(file, 'utf8').catch((e: NodeJS.ErrnoException) => {
          throw new Error(t(`cannot read ${file} (${e.code})`, `không đọc được ${file} (${e.code})`));
        })
      : (await requestFeed(url, new AbortController(), { timeout })).text;
    // The widgets' parser, as in the browser: fatal problems fail the feed, the rest are named.
    const { problems } = parseFeedText(text, url);
    for (const p of problems) io.err(forTerminal(`provincial-widgets render: feed ${src}: ${p.path}: ${p.message}\n`));
    return { json: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown, fetchedAt: Date.now() };
  };
  const result = await renderPage(page, { lang: locale, base: values.base, feedFor });
  if (values.output) await writeOutput(values.output, result.html);
  else io.out(result.html);
  for (const [src, why] of result.failed) {
    const reason = isFeedError(why) ? why.message : why;
    io.err(
      forTerminal(
        `provincial-widgets render: ${t(`feed ${src} could not be read`, `không đọc được bản tin ${src}`)}: ${reason}\n  ${t(
          'Its element keeps its fallback content.',
          'Phần tử dùng nó giữ nội dung dự phòng.',
        )}\n`,
      ),
    );
  }
  if (result.styleHashes.length)
    io.err(
      `${t(
        'Under a strict Content-Security-Policy, allow the shadow roots’ styles with',
        'Với Content-Security-Policy nghiêm ngặt, cho phép kiểu của các shadow root bằng',
      )}:\n  style-src 'self' ${result.styleHashes.join(' ')}\n`,
    );
  io.err(
    `${t(`Rendered ${result.rendered} element(s)`, `Đã kết xuất ${result.rendered} phần tử`)}${values.output ? ` → ${values.output}` : ''}.\n`,
  );
  return result.failed.size ? 1 : 0;
}
