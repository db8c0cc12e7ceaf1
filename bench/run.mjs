#!/usr/bin/env node
/**
 * `npm run bench` (issue 8): measures provincial-widgets against FullCalendar 7.1
 * in headless Chromium and prints a table of medians. Not part of `npm test`.
 *
 *   node bench/run.mjs [--runs 5] [--only calendar,heap,news,locale,repeat,cls] [--json out.json] [--profile DIR]
 *
 * --profile DIR: after the runs, one more calendar render per library and size under the CDP
 * profiler; writes DIR/{pw,fc}-calendar-N.cpuprofile (open in the devtools' Performance panel)
 * and prints each one's heaviest functions by self time (ours from an unminified build, so they
 * have names; FullCalendar's stay minified).
 *
 * What it does:
 * - builds the library's CDN ES bundle (production Lit, minified, like dist/cdn) and the
 *   FullCalendar reference (bench/fullcalendar-entry.js: month + list views, classic theme,
 *   Vietnamese locale) with Vite into a temporary folder, and reports both sizes;
 * - serves them, plus generated feeds, on localhost;
 * - one discarded warm-up, then every run opens a fresh incognito context (empty cache and localStorage) per case, and
 *   the two libraries alternate which goes first;
 * 1. calendar month render with 50, 500 and 2,000 events in one month: from element creation
 *    to the first animation frame that has event elements in the DOM; FullCalendar renders the
 *    same JSON (fetched and mapped to its event objects) with dayMaxEvents 3, like our grid;
 * 2. JS heap after that render (after a forced GC, CDP Runtime.getHeapUsage), total and
 *    the growth caused by the render;
 * 3. news list with page-size="10" on 10-, 100- and 10,000-item feeds: creation to first frame
 *    with items, and the feed's own cost two ways: parseFeedText on the same text (warm, after
 *    the element's parse) and, in the same run, the time from creation to pw-feed-load (fetch +
 *    read + cold parse, as the element pays it); the rest is the render;
 * 4. locale switch with all five elements on the page (sample feed, `{lang}` URLs): from
 *    setLocale('en') to the first frame where every widget is in English, not updating, and
 *    shows no skeleton;
 * 5. repeat visit: time to first news item (from navigation start) on a cold visit and on a
 *    reload that renders from the persistent cache; the feed answers after 300 ms both times;
 * 6. layout shift: cumulative layout shift (PerformanceObserver 'layout-shift') on the demo
 *    page (`npm start`'s server) while feeds and images load.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { createReadStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { build } from 'vite';
import { browserArgs, browserHelp, findBrowser } from '../scripts/find-browser.mjs';
import { cdnOutput } from '../scripts/lib/cdn-output.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const RUNS = Math.max(1, Number(opt('runs', '5')));
const only = new Set(opt('only', 'calendar,heap,news,locale,repeat,cls').split(','));
const jsonOut = opt('json', '');
const profileDir = opt('profile', '');
const MONTH = '2017-11';
const CALENDAR_SIZES = [50, 500, 2000];
const NEWS_SIZES = [10, 100, 10_000];
const SLOW_MS = 300;

const executablePath = findBrowser();
if (!executablePath) {
  console.error(`bench: ${browserHelp}`);
  process.exit(1);
}

// ---- bundles ------------------------------------------------------------------
const out = mkdtempSync(join(tmpdir(), 'pw-bench-'));
process.on('exit', () => rmSync(out, { recursive: true, force: true }));
const quiet = { configFile: `${root}vite.config.ts`, root, mode: 'production', logLevel: 'warn', publicDir: false };
const production = {
  resolve: { conditions: ['module', 'browser', 'production'] },
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
};
console.log('Building the bundles…');
await build({
  ...quiet,
  ...production,
  build: {
    outDir: `${out}/pw`,
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    reportCompressedSize: false,
    lib: { entry: `${root}src/index.ts`, formats: ['es'], fileName: () => 'provincial-widgets.js' },
    rolldownOptions: { output: { ...cdnOutput, chunkFileNames: 'chunks/[name]-[hash].js' } },
  },
});
if (profileDir) {
  // The profiled runs use an unminified copy, so the profile names our functions.
  await build({
    ...quiet,
    ...production,
    build: {
      outDir: `${out}/pw-debug`,
      emptyOutDir: true,
      target: 'es2022',
      minify: false,
      reportCompressedSize: false,
      lib: { entry: `${root}src/index.ts`, formats: ['es'], fileName: () => 'provincial-widgets.js' },
      rolldownOptions: { output: { chunkFileNames: 'chunks/[name]-[hash].js' } },
    },
  });
}
await build({
  ...quiet,
  ...production,
  build: {
    outDir: `${out}/fc`,
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    reportCompressedSize: false,
    cssCodeSplit: false,
    lib: { entry: `${root}bench/fullcalendar-entry.js`, formats: ['es'], fileName: () => 'fullcalendar.js', cssFileName: 'fullcalendar' },
    rolldownOptions: { output: { ...cdnOutput, codeSplitting: false } },
  },
});
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const cssFile = readdirSync(`${out}/fc`).find((f) => f.endsWith('.css'));
const sizes = {
  pw: gz(`${out}/pw/provincial-widgets.js`),
  fcJs: gz(`${out}/fc/fullcalendar.js`),
  fcCss: cssFile ? gz(`${out}/fc/${cssFile}`) : 0,
};

// ---- feeds ----------------------------------------------------------------------
const pad = (n) => String(n).padStart(2, '0');
const feed = (items) => JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Benchmark', items });
function calendarFeed(n) {
  const items = [];
  for (let i = 0; i < n; i++) {
    const day = 1 + (i % 30);
    const allDay = i % 10 === 9;
    const hour = 7 + (i % 10);
    items.push({
      id: `ev-${n}-${i}`,
      url: `https://www.longan.gov.vn/tap-huan/${i}`,
      title: `Tập huấn chuyên đề số ${i + 1}: kỹ năng số cho cán bộ cấp xã`,
      date_published: `2017-10-01T08:00:00+07:00`,
      _pw: {
        event: allDay
          ? { start: `${MONTH}-${pad(day)}`, end: `${MONTH}-${pad(Math.min(30, day + 1))}`, all_day: true }
          : {
              start: `${MONTH}-${pad(day)}T${pad(hour)}:00:00+07:00`,
              end: `${MONTH}-${pad(day)}T${pad(hour + 2)}:00:00+07:00`,
              status: i % 17 === 0 ? 'cancelled' : 'scheduled',
              location: { name: 'Hội trường UBND tỉnh Long An' },
            },
      },
    });
  }
  return feed(items);
}
function newsFeed(n) {
  const items = [];
  for (let i = 0; i < n; i++) {
    items.push({
      id: `news-${n}-${i}`,
      url: `https://www.longan.gov.vn/tin-tuc/${i}`,
      title: `Long An đẩy mạnh chuyển đổi số trong cải cách hành chính, tin số ${i + 1}`,
      summary: 'Ủy ban nhân dân tỉnh Long An triển khai nhiều giải pháp nâng cao chất lượng phục vụ người dân và doanh nghiệp.',
      date_published: new Date(Date.UTC(2017, 10, 22, 4, 16) - i * 3_600_000).toISOString(),
      tags: ['Chuyển đổi số'],
    });
  }
  return feed(items);
}
const feeds = new Map();
for (const n of CALENDAR_SIZES) feeds.set(`/feeds/calendar-${n}.json`, calendarFeed(n));
for (const n of NEWS_SIZES) feeds.set(`/feeds/news-${n}.json`, newsFeed(n));

// ---- pages ----------------------------------------------------------------------
const html = (head, body = '') =>
  `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>bench</title>${head}</head><body style="margin:0;font-family:sans-serif">${body}<div id="stage" style="width:1000px"></div></body></html>`;
const pwScript = `<script type="module">import * as PW from '/pw/provincial-widgets.js'; window.PW = PW; window.benchReady = true;</script>`;
const fiveWidgets = (prefix) => `
  <pw-language-switcher></pw-language-switcher>
  <pw-article-card src="${prefix}/demo-feeds/portal.{lang}.json" item-id="tap-huan-quy-che-dan-chu-2017" variant="full"></pw-article-card>
  <pw-share-bar url="https://www.longan.gov.vn/tin-tuc/tap-huan" share-title="Tập huấn"></pw-share-bar>
  <pw-news-list src="${prefix}/demo-feeds/portal.{lang}.json" page-size="5"></pw-news-list>
  <pw-training-calendar src="${prefix}/demo-feeds/portal.{lang}.json" month="${MONTH}"></pw-training-calendar>`;
const pages = {
  '/pw.html': html(pwScript),
  '/pw-debug.html': html(pwScript.replace('/pw/', '/pw-debug/')),
  '/fc.html': html(
    `<link rel="stylesheet" href="/fc/${cssFile}"><script type="module">import '/fc/fullcalendar.js'; window.benchReady = true;</script>`,
  ),
  '/five.html': html(pwScript, fiveWidgets('')),
  '/repeat.html': html(pwScript, `<pw-news-list src="/slow/feeds/news-100.json" page-size="10"></pw-news-list>`),
};

// ---- server ---------------------------------------------------------------------
const types = { '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.jpg': 'image/jpeg', '.png': 'image/png', '.webp': 'image/webp' };
const statics = { '/pw/': `${out}/pw/`, '/pw-debug/': `${out}/pw-debug/`, '/fc/': `${out}/fc/`, '/demo-feeds/': `${root}demo/feeds/` };
const server = createServer(async (req, res) => {
  let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  if (path.startsWith('/slow/')) {
    await new Promise((r) => setTimeout(r, SLOW_MS));
    path = path.slice('/slow'.length);
  }
  if (path === '/favicon.ico') return res.writeHead(204).end();
  if (pages[path]) return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pages[path]);
  if (feeds.has(path)) return res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(feeds.get(path));
  for (const [prefix, dir] of Object.entries(statics)) {
    if (!path.startsWith(prefix)) continue;
    const file = normalize(join(dir, path.slice(prefix.length)));
    if (file.startsWith(dir) && existsSync(file) && statSync(file).isFile()) {
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      return createReadStream(file).pipe(res);
    }
  }
  res.writeHead(404).end();
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({ executablePath, headless: true, args: [...browserArgs, '--enable-precise-memory-info'] });

/** A fresh incognito context and page on `path`, ready when the page says so. */
async function open(path) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1100, height: 900 });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(origin + path, { waitUntil: 'load' });
  await page.waitForFunction(() => window.benchReady === true, { timeout: 20_000 });
  const cdp = await page.createCDPSession();
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  return { page, cdp, heap, errors, close: () => context.close() };
}

async function startProfile(cdp) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
}

/** The heaviest functions of a CPU profile by self time, as printable lines. */
function topSelf(profile, count = 12) {
  const dt = new Map();
  profile.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const self = new Map();
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber } = node.callFrame;
    const key = `${functionName || '(anonymous)'} ${url ? `${url.split('/').pop()}:${lineNumber + 1}` : ''}`.trim();
    self.set(key, (self.get(key) ?? 0) + (dt.get(node.id) ?? 0));
  }
  return [...self].sort((a, b) => b[1] - a[1]).slice(0, count).map(([k, us]) => `    ${(us / 1000).toFixed(1).padStart(7)} ms  ${k}`);
}

// In-page helpers (serialized into page.evaluate).
const untilFrame = `(check, t0, timeout = 30000) => new Promise((resolve, reject) => {
  const tick = () => {
    const now = performance.now();
    if (check()) return resolve(now - t0);
    if (now - t0 > timeout) return reject(new Error('timed out'));
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})`;

async function pwCalendar(n, profile = false) {
  const { page, cdp, heap, errors, close } = await open(profile ? '/pw-debug.html' : '/pw.html');
  try {
    const before = await heap();
    if (profile) await startProfile(cdp);
    const ms = await page.evaluate(
      async (url, month, untilFrameSrc) => {
        const untilFrame = eval(untilFrameSrc);
        const t0 = performance.now();
        const el = document.createElement('pw-training-calendar');
        el.setAttribute('src', url);
        el.setAttribute('month', month);
        el.setAttribute('view', 'month');
        document.getElementById('stage').append(el);
        return untilFrame(() => el.shadowRoot?.querySelector('[part~="event"]'), t0);
      },
      `${origin}/feeds/calendar-${n}.json`,
      MONTH,
      untilFrame,
    );
    const cpuProfile = profile ? (await cdp.send('Profiler.stop')).profile : undefined;
    const after = await heap();
    if (errors.length) throw new Error(errors.join('; '));
    return { ms, heap: after, heapDelta: after - before, cpuProfile };
  } finally {
    await close();
  }
}

async function fcCalendar(n, profile = false) {
  const { page, cdp, heap, errors, close } = await open('/fc.html');
  try {
    const before = await heap();
    if (profile) await startProfile(cdp);
    const ms = await page.evaluate(
      async (url, month, untilFrameSrc) => {
        const untilFrame = eval(untilFrameSrc);
        const t0 = performance.now();
        const el = document.createElement('div');
        document.getElementById('stage').append(el);
        window.renderFullCalendar(el, url, month);
        return untilFrame(() => el.querySelector('.bench-event'), t0);
      },
      `${origin}/feeds/calendar-${n}.json`,
      MONTH,
      untilFrame,
    );
    const cpuProfile = profile ? (await cdp.send('Profiler.stop')).profile : undefined;
    const after = await heap();
    if (errors.length) throw new Error(errors.join('; '));
    return { ms, heap: after, heapDelta: after - before, cpuProfile };
  } finally {
    await close();
  }
}

async function pwNews(n) {
  const { page, errors, close } = await open('/pw.html');
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
      `${origin}/feeds/news-${n}.json`,
      untilFrame,
    );
    if (errors.length) throw new Error(errors.join('; '));
    return result;
  } finally {
    await close();
  }
}

async function localeSwitch() {
  const { page, errors, close } = await open('/five.html');
  try {
    const ms = await page.evaluate(async (untilFrameSrc) => {
      const untilFrame = eval(untilFrameSrc);
      const tags = ['pw-language-switcher', 'pw-article-card', 'pw-share-bar', 'pw-news-list', 'pw-training-calendar'];
      const els = tags.map((t) => document.querySelector(t));
      const settled = (lang) =>
        els.every((el) => {
          const root = el?.shadowRoot;
          if (!root || el.isUpdatePending || root.querySelector('.skeleton')) return false;
          const bases = [...root.querySelectorAll('[part~="base"][lang]')];
          return bases.every((b) => b.lang.startsWith(lang));
        });
      await untilFrame(() => settled('vi'), performance.now());
      const t0 = performance.now();
      window.PW.setLocale('en', { persist: false });
      return untilFrame(() => settled('en'), t0);
    }, untilFrame);
    if (errors.length) throw new Error(errors.join('; '));
    return { ms };
  } finally {
    await close();
  }
}

async function repeatVisit() {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const first = async () => {
      await page.waitForFunction(() => window.benchReady === true);
      return page.evaluate(
        (untilFrameSrc) => {
          const untilFrame = eval(untilFrameSrc);
          const el = document.querySelector('pw-news-list');
          // Time origin = navigation start, so this is the time to first content.
          return untilFrame(() => el.shadowRoot?.querySelector('[part~="item"]'), 0);
        },
        untilFrame,
      );
    };
    await page.goto(`${origin}/repeat.html`, { waitUntil: 'domcontentloaded' });
    const cold = await first();
    await page.waitForNetworkIdle({ idleTime: 200 });
    await page.reload({ waitUntil: 'domcontentloaded' });
    const warm = await first();
    return { cold, warm };
  } finally {
    await context.close();
  }
}

/** CLS on the demo page, served by `npm start`'s server on a free port. */
async function demoCls(runs) {
  const port = await new Promise((ok) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const p = s.address().port;
      s.close(() => ok(p));
    });
  });
  const child = spawn(process.execPath, [`${root}scripts/serve-demo.mjs`, '--port', String(port)], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  try {
    const base = `http://127.0.0.1:${port}/`;
    const deadline = Date.now() + 30_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`demo server exited: ${log.trim().slice(-300)}`);
      try {
        if ((await fetch(base)).ok) break;
      } catch {
        /* not up yet */
      }
      if (Date.now() > deadline) throw new Error('demo server did not start');
      await new Promise((r) => setTimeout(r, 200));
    }
    const values = [];
    for (let i = 0; i <= runs; i++) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      await page.evaluateOnNewDocument(() => {
        window.__cls = 0;
        window.__shifts = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) {
            if (e.hadRecentInput) continue;
            window.__cls += e.value;
            const describe = (n) =>
              n ? `${n.nodeName.toLowerCase()}${n.id ? `#${n.id}` : ''}${n.classList?.length ? `.${[...n.classList].join('.')}` : ''}` : '?';
            window.__shifts.push({
              value: e.value,
              at: Math.round(e.startTime),
              sources: (e.sources ?? []).map(
                (s) => `${describe(s.node)} y ${Math.round(s.previousRect.y)}→${Math.round(s.currentRect.y)} h ${Math.round(s.previousRect.height)}→${Math.round(s.currentRect.height)}`,
              ),
            });
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(base, { waitUntil: 'networkidle0', timeout: 60_000 });
      await new Promise((r) => setTimeout(r, 800));
      const r = await page.evaluate(() => ({ cls: window.__cls, shifts: window.__shifts }));
      await context.close();
      if (i > 0) values.push(r); // the first visit warms up the dev server's module graph
    }
    return values;
  } finally {
    child.kill('SIGTERM');
  }
}

// ---- run ------------------------------------------------------------------------
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const results = { runs: RUNS, browser: await browser.version(), sizes, calendar: {}, news: {}, locale: [], repeat: [], cls: [] };
const started = Date.now();
try {
  // One discarded warm-up of each library (the first context of a browser is slower).
  process.stdout.write('warm-up ');
  await pwCalendar(50);
  await fcCalendar(50);
  await pwNews(10);
  process.stdout.write('\n');
  for (let run = 0; run < RUNS; run++) {
    process.stdout.write(`run ${run + 1}/${RUNS} `);
    if (only.has('calendar') || only.has('heap')) {
      for (const n of CALENDAR_SIZES) {
        const r = (results.calendar[n] ??= { pw: [], fc: [] });
        const order = run % 2 ? ['fc', 'pw'] : ['pw', 'fc'];
        for (const who of order) r[who].push(who === 'pw' ? await pwCalendar(n) : await fcCalendar(n));
        process.stdout.write('.');
      }
    }
    if (only.has('news')) {
      // Rotate the order, so no size always runs first.
      for (const n of NEWS_SIZES.map((_, i) => NEWS_SIZES[(i + run) % NEWS_SIZES.length])) {
        (results.news[n] ??= []).push(await pwNews(n));
        process.stdout.write('.');
      }
    }
    if (only.has('locale')) {
      results.locale.push(await localeSwitch());
      process.stdout.write('.');
    }
    if (only.has('repeat')) {
      results.repeat.push(await repeatVisit());
      process.stdout.write('.');
    }
    process.stdout.write('\n');
  }
  if (profileDir) {
    mkdirSync(profileDir, { recursive: true });
    for (const n of CALENDAR_SIZES) {
      for (const who of ['pw', 'fc']) {
        const { ms, cpuProfile } = who === 'pw' ? await pwCalendar(n, true) : await fcCalendar(n, true);
        const file = join(profileDir, `${who}-calendar-${n}.cpuprofile`);
        writeFileSync(file, JSON.stringify(cpuProfile));
        console.log(`\n${file} (${ms.toFixed(1)} ms under the profiler), heaviest by self time:`);
        console.log(topSelf(cpuProfile).join('\n'));
      }
    }
  }
  if (only.has('cls')) {
    try {
      results.cls = await demoCls(Math.min(RUNS, 3));
    } catch (err) {
      results.clsError = String(err.message ?? err);
    }
  }
} finally {
  await browser.close();
  server.close();
}

// ---- report ---------------------------------------------------------------------
const ms = (v) => `${v.toFixed(1)} ms`;
const mib = (v) => `${(v / 1048576).toFixed(2)} MiB`;
const kib = (v) => `${(v / 1024).toFixed(1)} KiB`;
const rows = [];
const row = (what, ours, theirs = '', ratio = '', target = '') => rows.push([what, ours, theirs, ratio, target]);
const verdict = (ok) => (ok ? '✓' : '✗');

row('JS gzip (CDN bundle, all 5 elements)', kib(sizes.pw), `${kib(sizes.fcJs)} + ${kib(sizes.fcCss)} CSS`, (sizes.pw / (sizes.fcJs + sizes.fcCss)).toFixed(2), '');
for (const n of CALENDAR_SIZES) {
  const r = results.calendar[n];
  if (!r) continue;
  const a = median(r.pw.map((x) => x.ms));
  const b = median(r.fc.map((x) => x.ms));
  const target = n >= 500 ? `≤ 0.50 ${verdict(a / b <= 0.5)}` : '';
  row(`calendar month render, ${n} events`, ms(a), ms(b), (a / b).toFixed(2), target);
}
if (only.has('heap')) {
  for (const n of CALENDAR_SIZES) {
    const r = results.calendar[n];
    if (!r) continue;
    const a = median(r.pw.map((x) => x.heap));
    const b = median(r.fc.map((x) => x.heap));
    const da = median(r.pw.map((x) => x.heapDelta));
    const db = median(r.fc.map((x) => x.heapDelta));
    row(`JS heap after month, ${n} events (render Δ)`, `${mib(a)} (Δ ${mib(da)})`, `${mib(b)} (Δ ${mib(db)})`, (a / b).toFixed(2), `≤ 1 ${verdict(a <= b)}`);
  }
}
if (results.news[NEWS_SIZES[0]]) {
  // Two ways to take the feed out: minus a warm re-parse of the same text (under-counts the
  // element's cold parse), and minus the feed load seen by the element (creation → pw-feed-load:
  // fetch + read + cold parse), leaving only the render.
  const base = median(results.news[NEWS_SIZES[0]].map((x) => x.ms - x.parse));
  const baseLoad = median(results.news[NEWS_SIZES[0]].map((x) => x.ms - x.load));
  for (const n of NEWS_SIZES) {
    const r = results.news[n];
    const t = median(r.map((x) => x.ms));
    const p = median(r.map((x) => x.parse));
    const l = median(r.map((x) => x.load));
    const ratio = median(r.map((x) => x.ms - x.parse)) / base;
    const ratioLoad = median(r.map((x) => x.ms - x.load)) / baseLoad;
    row(
      `news list page-size=10, ${n} items (warm parse; feed load)`,
      `${ms(t)} (${ms(p)}; ${ms(l)})`,
      '',
      n === NEWS_SIZES[0] ? '1.00' : `${ratio.toFixed(2)}; ${ratioLoad.toFixed(2)}`,
      n === NEWS_SIZES.at(-1) ? `≤ 1.5 excl. parse ${verdict(ratio <= 1.5)}; render only ${verdict(ratioLoad <= 1.5)}` : '',
    );
  }
}
if (results.locale.length) row('locale switch vi→en, 5 widgets', ms(median(results.locale.map((x) => x.ms))));
if (results.repeat.length) {
  const cold = median(results.repeat.map((x) => x.cold));
  const warm = median(results.repeat.map((x) => x.warm));
  row(`first news item: cold / repeat visit (feed +${SLOW_MS} ms)`, `${ms(warm)} repeat`, `${ms(cold)} cold`, (warm / cold).toFixed(2), '');
}
if (results.cls.length) {
  const v = results.cls.map((x) => x.cls);
  row('layout shift (CLS), demo page', `${median(v).toFixed(4)} (max ${Math.max(...v).toFixed(4)})`, '', '', `0 ${verdict(Math.max(...v) === 0)}`);
} else if (results.clsError) {
  row('layout shift (CLS), demo page', `not measured: ${results.clsError}`);
}

const headers = ['case', 'provincial-widgets', 'FullCalendar 7.1 / other', 'ratio', 'target'];
const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
const line = (cells) => `  ${cells.map((c, i) => String(c).padEnd(widths[i])).join('  ')}`;
console.log(`\nBenchmark: medians of ${RUNS} alternating runs, ${results.browser}, headless, ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(line(headers));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const r of rows) console.log(line(r));
const worst = results.cls.flatMap((x) => x.shifts).sort((a, b) => b.value - a.value).slice(0, 3);
if (worst.length) {
  console.log('\n  largest layout shifts on the demo page:');
  for (const s of worst) console.log(`    ${s.value.toFixed(4)} at ${s.at} ms: ${s.sources.join('; ')}`);
}
if (jsonOut) {
  writeFileSync(jsonOut, JSON.stringify(results, null, 2));
  console.log(`\n  raw results: ${jsonOut}`);
}
