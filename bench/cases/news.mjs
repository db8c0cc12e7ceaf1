/**
 * Case 3: news list with page-size="10" on an n-item feed: creation to first frame with items,
 * and the feed's own cost two ways: parseFeedText on the same text (warm, after the
 * element's parse) and, in the same run, the time from creation to pw-feed-load (fetch +
 * read + cold parse, as the element pays it); the rest is the render.
 */
import { open, untilFrame } from '../lib/harness.mjs';

export async function pwNews(ctx, n) {
  const { page, errors, close } = await open(ctx, '/pw.html');
  try {
    const result = await page.evaluate(
      async (url, untilFrameSrc) => {
        const untilFrame = eval(untilFrameSrc);
        const t0 = performance.now();
        const el = document.createElement('pw-news-list');
        el.setAttribute('src', url);
        el.setAttribute('page-size', '10');
        // pw-feed-load fires when the loader has fetched and parsed the feed, before the render.
        let loaded = NaN;
        el.addEventListener('pw-feed-load', () => (loaded = performance.now() - t0), { once: true });
        document.getElementById('stage').append(el);
        const ms = await untilFrame(() => el.shadowRoot?.querySelector('[part~="item"]'), t0);
        const text = await (await fetch(url)).text();
        const p0 = performance.now();
        window.PW.parseFeedText(text, url);
        return { ms, parse: performance.now() - p0, load: loaded };
      },
      `${ctx.origin}/feeds/news-${n}.json`,
      untilFrame,
    );
    if (errors.length) throw new Error(errors.join('; '));
    return result;
  } finally {
    await close();
  }
}
