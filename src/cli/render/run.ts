/**
 * `provincial-widgets render`, loaded when it runs (it brings the widgets and Lit's server renderer):
 * the page with every `pw-*` element's content rendered in (render-page.ts). A feed that cannot be read
 * leaves its element's fallback content and makes the command exit 1, naming the feed.
 */
import { readFile } from 'node:fs/promises';
import { isFeedError } from '../../feed/errors.js';
import { parseFeedText } from '../../feed/parse.js';
import { requestFeed } from '../../feed/request.js';
import { matchLocale } from '../../locale/locales.js';
import { UsageError, type Io } from '../common/command.js';
import { t } from '../common/i18n.js';
import { readInput } from '../common/input.js';
import { writeOutput } from '../common/output.js';
import { forTerminal } from '../common/terminal.js';
import { renderPage, type FeedNeed } from './render-page.js';

/** What `render` was given, its options checked by the command helper. */
export interface RenderInput {
  page: string;
  lang: string | undefined;
  feeds: string[];
  base?: string;
  timeout?: string;
  output?: string;
  io: Io;
}

/** Runs `render` (render/command.ts declares it); throws {@link UsageError} on bad usage. */
export async function runRender({ page: pagePath, lang, feeds, base, timeout: seconds, output, io }: RenderInput) {
  const locale = matchLocale(lang || 'vi');
  if (!locale)
    throw new UsageError(
      t(`--lang must be vi or en, not "${lang}"`, `--lang phải là vi hoặc en, không phải "${lang}"`),
    );
  const files = new Map<string, string>();
  for (const pair of feeds) {
    const eq = pair.lastIndexOf('=');
    if (eq <= 0 || eq === pair.length - 1)
      throw new UsageError(
        t(`--feed needs <src>=<file>, not "${pair}"`, `--feed cần <src>=<tệp>, không phải "${pair}"`),
      );
    files.set(pair.slice(0, eq), pair.slice(eq + 1));
  }
  const timeout = seconds === undefined ? 15_000 : Number(seconds) * 1000;
  if (!(timeout > 0)) throw new UsageError(t('--timeout must be a number of seconds', '--timeout phải là số giây'));

  const page = new TextDecoder().decode((await readInput(pagePath)).bytes);
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
  const result = await renderPage(page, { lang: locale, base, feedFor });
  if (output) await writeOutput(output, result.html);
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
    `${t(`Rendered ${result.rendered} element(s)`, `Đã kết xuất ${result.rendered} phần tử`)}${output ? ` → ${output}` : ''}.\n`,
  );
  return result.failed.size ? 1 : 0;
}
