/**
 * Issue 15's cases: time from creation to the first animation frame that shows content, on a
 * fresh page each time (throttled when `ctx.cpu` is set, see lib/harness.mjs `open`).
 * - `firstContent`: one per element, on the sample feed (`demo/feeds/portal.vi.json`);
 * - `pwNewsFirst` / `floorNewsFirst`: the news list (`page-size="10"`) and the floor's
 *   hand-written list of 10 (lib/floor.mjs) on the same n-item feed;
 * - `floorCalendarFirst`: the floor's month grid (pwCalendar / fcCalendar are in calendar.mjs).
 */
import { MONTH } from '../lib/feeds.mjs';
import { open, untilFrame } from '../lib/harness.mjs';

/** Runs `fn(untilFrameSrc, ...args)` in a fresh page on `path`; resolves with its time in ms. */
async function time(ctx, path, fn, ...args) {
  const { page, errors, close } = await open(ctx, path);
  try {
    const ms = await page.evaluate(fn, untilFrame, ...args);
    if (errors.length) throw new Error(errors.join('; '));
    return { ms };
  } finally {
    await close();
  }
}

/** In the page: creates `tag` with `attrs` in #stage, times it to the first frame with `selector`. */
function createAndWait(untilFrameSrc, tag, attrs, selector) {
  const untilFrame = eval(untilFrameSrc);
  const t0 = performance.now();
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  document.getElementById('stage').append(el);
  return untilFrame(() => el.shadowRoot?.querySelector(selector), t0);
}

const SAMPLE = '/demo-feeds/portal.vi.json';
/** Each element as a page would use it, and what its first frame with content holds. */
export const ELEMENTS = {
  'news list (sample feed, 5)': ['pw-news-list', { src: SAMPLE, 'page-size': '5' }, '[part~="item"]'],
  'article card, full (sample feed)': [
    'pw-article-card',
    { src: SAMPLE, 'item-id': 'tap-huan-quy-che-dan-chu-2017', variant: 'full' },
    'article.variant-full [part~="body"]',
  ],
  'calendar (sample feed, month)': [
    'pw-training-calendar',
    { src: SAMPLE, month: MONTH, view: 'month' },
    '[part~="event"]',
  ],
  'language switcher': ['pw-language-switcher', {}, '[part~="item"]'],
  'share bar': [
    'pw-share-bar',
    { url: 'https://www.longan.gov.vn/tin-tuc/tap-huan', 'share-title': 'Tập huấn' },
    '[part~="target"]',
  ],
};

export const firstContent = (ctx, name) => {
  const [tag, attrs, selector] = ELEMENTS[name];
  const absolute = attrs.src ? { ...attrs, src: ctx.origin + attrs.src } : attrs;
  return time(ctx, '/pw.html', createAndWait, tag, absolute, selector);
};

export const pwNewsFirst = (ctx, n) =>
  time(
    ctx,
    '/pw.html',
    createAndWait,
    'pw-news-list',
    { src: `${ctx.origin}/feeds/news-${n}.json`, 'page-size': '10' },
    '[part~="item"]',
  );

export const floorNewsFirst = (ctx, n) =>
  time(
    ctx,
    '/floor.html',
    (untilFrameSrc, url) => {
      const untilFrame = eval(untilFrameSrc);
      const t0 = performance.now();
      const el = document.createElement('div');
      document.getElementById('stage').append(el);
      window.floorNews(el, url, 10);
      return untilFrame(() => el.shadowRoot?.querySelector('.item'), t0);
    },
    `${ctx.origin}/feeds/news-${n}.json`,
  );

export const floorCalendarFirst = (ctx, n) =>
  time(
    ctx,
    '/floor.html',
    (untilFrameSrc, url, month) => {
      const untilFrame = eval(untilFrameSrc);
      const t0 = performance.now();
      const el = document.createElement('div');
      document.getElementById('stage').append(el);
      window.floorCalendar(el, url, month);
      return untilFrame(() => el.shadowRoot?.querySelector('.event'), t0);
    },
    `${ctx.origin}/feeds/calendar-${n}.json`,
    MONTH,
  );
