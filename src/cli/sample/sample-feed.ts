/**
 * `provincial-widgets sample-feed`: the demo's sample feed for a webmaster to try the widgets on
 * their own site, with its training sessions moved to the current weeks (as the demo server
 * serves it), so the calendar shows upcoming sessions instead of "Không có lịch tập huấn".
 */
import { copyFile, mkdir, readdir, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import vi from '../../../demo/feeds/portal.vi.json';
import en from '../../../demo/feeds/portal.en.json';
import type { RawFeed, RawItem } from '../../feed/types.js';
import { htmlText } from '../../shared/text.js';
import { shiftFeed, vietnamToday } from './shift.mjs';

/**
 * The sample in `lang`, shifted so that its sessions fall around `today`, as it can be published on
 * another host. In the demo its links lead to the demo page (`../?item=…`) and it declares the demo's
 * calendar file; neither exists beside a copy. So each item links to `page#<id>`, the page of articles
 * written next to the feed (no link without one), and the translations' links and `_pw.ics_url` are
 * left out, since no such files are written.
 */
export function sampleFeed(lang: 'vi' | 'en', page?: string, today = vietnamToday()): RawFeed {
  const feed = shiftFeed(lang === 'vi' ? vi : en, today) as RawFeed;
  const { _pw: { ics_url: _ics, ...pw } = {}, ...rest } = feed;
  return {
    ...rest,
    ...(Object.keys(pw).length && { _pw: pw }),
    items: feed.items.map((item) => {
      const { url: _url, ...kept } = item;
      const { translations: _translations, ...itemPw } = item._pw ?? {};
      return {
        ...kept,
        ...(page && { url: `${page}#${encodeURIComponent(item.id)}` }),
        ...(item._pw && { _pw: itemPw }),
      };
    }),
  };
}

/** The page of articles written next to `output` (`portal.vi.json` → `portal.vi.html`). */
export const articlesPageName = (output: string): string => `${basename(output).replace(/\.json$/i, '')}.html`;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** An item's text as paragraphs of plain text: the page never copies the feed's markup. */
const itemParagraphs = (item: RawItem): string[] =>
  (item.content_html ?? '')
    .split(/<\/p>|<\/figure>|<br\s*\/?>/i)
    .map((part) => htmlText(part))
    .concat(item.content_html ? [] : (item.content_text ?? '').split(/\n+/))
    .filter(Boolean);

/** The page the sample's item links lead to: every item as an `<article id>`, plain text, with its photo. */
export function articlesPage(feed: RawFeed): string {
  const lang = feed.language ?? 'vi';
  const articles = feed.items.map(
    (item) => `<article id="${esc(item.id)}">
<h2>${esc(item.title ?? '')}</h2>
${item.image ? `<img src="${esc(item.image)}" alt="${esc(item._pw?.image_alt ?? '')}" width="800" height="450">\n` : ''}${itemParagraphs(
      item,
    )
      .map((p) => `<p>${esc(p)}</p>`)
      .join('\n')}
</article>`,
  );
  return `<!doctype html>
<html lang="${esc(lang)}">
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(feed.title ?? '')}</title>
<style>body{font:1rem/1.6 system-ui,sans-serif;max-width:50rem;margin:auto;padding:1rem}img{max-width:100%;height:auto}article{margin-block:2rem}</style>
<h1>${esc(feed.title ?? '')}</h1>
${articles.join('\n')}
</html>
`;
}

/**
 * The sample's photos (its `image` fields are relative, `images/…`): in the package next to
 * dist/ (`demo/feeds/images`), or in the clone the command runs in.
 */
function imagesDir(): string | undefined {
  const candidates = [fileURLToPath(new URL('../../demo/feeds/images', import.meta.url)), resolve('demo/feeds/images')];
  return candidates.find((dir) => existsSync(dir));
}

/** Copies the photos into `images/` next to `output`; resolves to how many were copied. */
export async function copySampleImages(output: string): Promise<number> {
  const from = imagesDir();
  if (!from) return 0;
  const to = join(dirname(resolve(output)), 'images');
  await mkdir(to, { recursive: true });
  const files = (await readdir(from)).filter((f) => /\.(jpe?g|png|webp)$/i.test(f));
  for (const f of files)
    if (!(await stat(join(to, f)).catch(() => undefined))) await copyFile(join(from, f), join(to, f));
  return files.length;
}
