/** What every benchmark case uses: the served pages, a fresh page per case, CPU profiles, frame timing. */
import { MONTH } from './feeds.mjs';
import { floorScript } from './floor.mjs';

export const SLOW_MS = 300;

const html = (head, body = '') =>
  `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>bench</title>${head}</head><body style="margin:0;font-family:sans-serif">${body}<div id="stage" style="width:1000px"></div></body></html>`;
const pwScript = `<script type="module">import * as PW from '/pw/provincial-widgets.js'; window.PW = PW; window.benchReady = true;</script>`;
const fiveWidgets = (prefix) => `
  <pw-language-switcher></pw-language-switcher>
  <pw-article-card src="${prefix}/demo-feeds/portal.{lang}.json" item-id="tap-huan-quy-che-dan-chu-2017" variant="full"></pw-article-card>
  <pw-share-bar url="https://www.longan.gov.vn/tin-tuc/tap-huan" share-title="Tập huấn"></pw-share-bar>
  <pw-news-list src="${prefix}/demo-feeds/portal.{lang}.json" page-size="5"></pw-news-list>
  <pw-training-calendar src="${prefix}/demo-feeds/portal.{lang}.json" month="${MONTH}"></pw-training-calendar>`;

/** The benchmark's pages by path; `cssFile` is FullCalendar's stylesheet. */
export const benchPages = (cssFile) => ({
  '/pw.html': html(pwScript),
  '/pw-debug.html': html(pwScript.replace('/pw/', '/pw-debug/')),
  '/fc.html': html(
    `<link rel="stylesheet" href="/fc/${cssFile}"><script type="module">import '/fc/fullcalendar.js'; window.benchReady = true;</script>`,
  ),
  '/floor.html': html(floorScript),
  '/five.html': html(pwScript, fiveWidgets('')),
  '/repeat.html': html(pwScript, `<pw-news-list src="/slow/feeds/news-100.json" page-size="10"></pw-news-list>`),
});

/**
 * A fresh incognito context and page on `path`, ready when the page says so. With `ctx.cpu`
 * (e.g. 4, a mid-range phone), the CPU is throttled once the page is ready (CDP
 * Emulation.setCPUThrottlingRate), so what a case measures after `open` runs at that speed.
 */
export async function open({ browser, origin, cpu = 1 }, path) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1100, height: 900 });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(origin + path, { waitUntil: 'load' });
  await page.waitForFunction(() => window.benchReady === true, { timeout: 20_000 });
  const cdp = await page.createCDPSession();
  if (cpu !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  return { page, cdp, heap, errors, close: () => context.close() };
}

export async function startProfile(cdp) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
}

/** The heaviest functions of a CPU profile by self time, as printable lines. */
export function topSelf(profile, count = 12) {
  const dt = new Map();
  profile.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const self = new Map();
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber } = node.callFrame;
    const key = `${functionName || '(anonymous)'} ${url ? `${url.split('/').pop()}:${lineNumber + 1}` : ''}`.trim();
    self.set(key, (self.get(key) ?? 0) + (dt.get(node.id) ?? 0));
  }
  return [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([k, us]) => `    ${(us / 1000).toFixed(1).padStart(7)} ms  ${k}`);
}

/**
 * In-page helper (serialized into page.evaluate, revived with eval): resolves with the time
 * from `t0` to the first animation frame where `check()` holds.
 */
export const untilFrame = `(check, t0, timeout = 30000) => new Promise((resolve, reject) => {
  const tick = () => {
    const now = performance.now();
    if (check()) return resolve(now - t0);
    if (now - t0 > timeout) return reject(new Error('timed out'));
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})`;

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
