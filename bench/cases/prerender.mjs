/**
 * Case 9, `prerender` (issue 24): pages pre-rendered by `provincial-widgets render` against the floor,
 * a static page of the same content and styles with no script (the pre-rendered page with every
 * `<script>` and Lit's comment markers taken out), at a CPU throttle set before navigation. The
 * pages load the widgets the recommended way, with the autoloader (dist/cdn/autoloader.js, rebuilt
 * from the current source by scripts/build-autoloader.mjs), which imports a pre-rendered element's
 * module after the first paint; the client-only page is the same page without the pre-render.
 *
 * - first content: First Contentful Paint of each page (the widgets' content is in the HTML);
 * - take-over: from the widgets' code arriving (the last element module's, `autoload/pw-*.js`,
 *   Resource Timing `responseEnd`) to every widget on the page defined and updated (interactive);
 * - CLS over the whole load (PerformanceObserver 'layout-shift'), which must be 0;
 * - feed requests the pre-rendered page made (0: it carries its feed).
 * The pages: a news list of 10, the seed article page (full article, share bar, switcher) and a
 * calendar month of 500 events.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCli } from '../../scripts/build-cli.mjs';
import { root } from '../../scripts/lib/cdn-build.mjs';
import { MONTH } from '../lib/feeds.mjs';

const BUNDLE = '<script type="module" src="/cdn/autoloader.js"></script>';

/** The pre-rendered cases: the element markup and the feed files it maps. */
const CASES = {
  'news-10': {
    body: '<pw-news-list src="/feeds/news-10.json" page-size="10"></pw-news-list>',
    feeds: (dir, feeds) => ({ '/feeds/news-10.json': write(dir, 'news-10.json', feeds.get('/feeds/news-10.json')) }),
  },
  'seed-article': {
    body: `<pw-language-switcher></pw-language-switcher>
<pw-article-card variant="full" item-id="tap-huan-quy-che-dan-chu-2017" src="/demo-feeds/portal.{lang}.json"></pw-article-card>
<pw-share-bar url="https://www.longan.gov.vn/tin-tuc/tap-huan" share-title="Tập huấn"></pw-share-bar>`,
    feeds: () => ({ '/demo-feeds/portal.vi.json': `${root}demo/feeds/portal.vi.json` }),
  },
  'calendar-500': {
    body: `<pw-training-calendar src="/feeds/calendar-500.json" month="${MONTH}" view="month"></pw-training-calendar>`,
    feeds: (dir, feeds) => ({
      '/feeds/calendar-500.json': write(dir, 'calendar-500.json', feeds.get('/feeds/calendar-500.json')),
    }),
  },
};

function write(dir, name, text) {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

const page = (body) =>
  `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>bench</title></head><body style="margin:0;font-family:sans-serif">${body}\n${BUNDLE}</body></html>`;

/** The floor of a pre-rendered page: the same HTML and styles, no script, no Lit markers. */
export const floorOf = (html) =>
  html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<!--\/?lit-part[^>]*-->|<!--lit-node \d+-->|<\?>/g, '');

/**
 * Renders every case with the CLI (built from src/ into `dir`) and returns the pages by path:
 * /pre/<case>.html, /floor/<case>.html and /client/<case>.html (the same page, not pre-rendered).
 */
export async function prerenderPages(dir, feeds) {
  const built = spawnSync(process.execPath, [`${root}scripts/build-autoloader.mjs`, '--skip-budget'], {
    cwd: root,
    encoding: 'utf8',
  });
  if (built.status !== 0) throw new Error(`build-autoloader: ${built.stderr || built.stdout}`);
  const cli = await buildCli(join(dir, 'cli.js'));
  const pages = {};
  for (const [name, { body, feeds: files }] of Object.entries(CASES)) {
    const input = write(dir, `${name}.html`, page(body));
    const output = join(dir, `${name}.pre.html`);
    const maps = Object.entries(files(dir, feeds)).flatMap(([src, file]) => ['--feed', `${src}=${file}`]);
    const script = `import(${JSON.stringify(cli)}).then(async (m) => { process.exitCode = await m.main(process.argv.slice(1)); });`;
    const r = spawnSync(
      process.execPath,
      ['--input-type=module', '-e', script, 'render', input, '-o', output, '--base', 'http://bench.invalid/', ...maps],
      { encoding: 'utf8' },
    );
    if (r.status !== 0) throw new Error(`render ${name}: ${r.stderr}`);
    const html = readFileSync(output, 'utf8');
    pages[`/pre/${name}.html`] = html;
    pages[`/floor/${name}.html`] = floorOf(html);
    pages[`/client/${name}.html`] = page(body);
  }
  return pages;
}

export const PRERENDER_CASES = Object.keys(CASES);

/** Before any script of the page: layout shifts, and when every widget is defined and updated. */
function observe() {
  window.__cls = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
  document.addEventListener('DOMContentLoaded', () => {
    const widgets = [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('pw-'));
    Promise.all(widgets.map((w) => customElements.whenDefined(w.localName).then(() => w.updateComplete))).then(
      () => (window.__interactive = performance.now()),
    );
  });
}

/** One load of `path` at `cpu`× throttle in a fresh context: FCP, take-over, CLS, feed requests. */
async function measure({ browser, origin }, path, cpu, scripts) {
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  await tab.setViewport({ width: 1100, height: 900 });
  const cdp = await tab.createCDPSession();
  if (cpu !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  await tab.evaluateOnNewDocument(observe);
  await tab.goto(origin + path, { waitUntil: 'load' });
  if (scripts) await tab.waitForFunction(() => window.__interactive, { timeout: 30_000 });
  await new Promise((r) => setTimeout(r, 300));
  const m = await tab.evaluate(() => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
    const resources = performance.getEntriesByType('resource');
    const arrived = Math.max(
      ...resources.filter((r) => /\/cdn\/autoload\/pw-[a-z-]+\.js/.test(r.name)).map((r) => r.responseEnd),
    );
    return {
      fcp,
      takeOver: window.__interactive && Number.isFinite(arrived) ? window.__interactive - arrived : NaN,
      cls: window.__cls,
      feedRequests: resources.filter((r) => /\/(demo-)?feeds\/[^/]*\.json/.test(r.name)).length,
    };
  });
  await context.close();
  return m;
}

/** One run of every case: pre-rendered, floor and client-only, in an order that alternates by run. */
export async function prerenderRun(ctx, run, out, cpu) {
  for (const name of PRERENDER_CASES) {
    const r = (out[name] ??= { pre: [], floor: [], client: [] });
    const order = run % 2 ? ['floor', 'pre', 'client'] : ['pre', 'floor', 'client'];
    for (const who of order) r[who].push(await measure(ctx, `/${who}/${name}.html`, cpu, who !== 'floor'));
  }
}
