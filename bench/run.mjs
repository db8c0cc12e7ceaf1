#!/usr/bin/env node
/**
 * `npm run bench` (issue 8): measures provincial-widgets against FullCalendar 7.1
 * in headless Chromium and prints a table of medians. Not part of `npm test`.
 *
 *   node bench/run.mjs [--runs 7] [--only calendar,heap,news,locale,repeat,cls,targets,bytes,prerender] [--cpu 1,4]
 *                      [--json out.json] [--profile DIR]
 *
 * --cpu: the CPU throttling rates of the `targets` case (1 = none; 4 = a mid-range phone).
 *
 * --profile DIR: after the runs, one more calendar render per library and size under the CDP
 * profiler; writes DIR/{pw,fc}-calendar-N.cpuprofile (open in the devtools' Performance panel)
 * and prints each one's heaviest functions by self time (ours from an unminified build, so they
 * have names; FullCalendar's stay minified).
 *
 * What it does (the cases are in bench/cases/, what they share in bench/lib/):
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
 * 7. `targets` (issue 15): side by side with the floor (bench/lib/floor.mjs: a hand-written
 *    list and month grid) and FullCalendar, news list at 10/100/10,000 items and calendar month
 *    at 50/500/2,000 events, plus every element's first content, at each `--cpu` rate; each
 *    ratio printed next to its target (bench/lib/targets-report.mjs);
 * 8. `bytes`: the autoloader's bytes per page (scripts/build-autoloader.mjs, which rebuilds
 *    dist/cdn/autoloader.js and dist/cdn/autoload/).
 * 9. `prerender` (issue 24, bench/cases/prerender.mjs): pages pre-rendered by `provincial-widgets
 *    render` against the floor (the same HTML and styles without script) at the highest `--cpu`
 *    rate: first content (FCP), take-over time, CLS and feed requests, with the client-only page.
 *    `--only prerender` runs it alone.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { browserArgs, browserHelp, findBrowser } from '../scripts/find-browser.mjs';
import { root } from '../scripts/lib/cdn-build.mjs';
import { startStaticServer } from '../scripts/lib/static-server.mjs';
import { fcCalendar, pwCalendar } from './cases/calendar.mjs';
import { demoCls } from './cases/cls.mjs';
import { localeSwitch } from './cases/locale.mjs';
import { pwNews } from './cases/news.mjs';
import { repeatVisit } from './cases/repeat.mjs';
import { sideBySide } from './cases/targets.mjs';
import { prerenderPages, prerenderRun } from './cases/prerender.mjs';
import { autoloadBytes } from './lib/autoload-bytes.mjs';
import { buildBundles } from './lib/bundles.mjs';
import { benchFeeds, CALENDAR_SIZES, NEWS_SIZES } from './lib/feeds.mjs';
import { benchPages, SLOW_MS, topSelf } from './lib/harness.mjs';
import { printReport } from './lib/report.mjs';
import { printTargets } from './lib/targets-report.mjs';
import { printPrerender } from './lib/prerender-report.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const RUNS = Math.max(1, Number(opt('runs', '7')));
const only = new Set(opt('only', 'calendar,heap,news,locale,repeat,cls,targets,bytes,prerender').split(','));
const RATES = opt('cpu', '1,4').split(',').map(Number);
const jsonOut = opt('json', '');
const profileDir = opt('profile', '');

const executablePath = findBrowser();
if (!executablePath) {
  console.error(`bench: ${browserHelp}`);
  process.exit(1);
}

// ---- bundles, feeds, server ------------------------------------------------------
const out = mkdtempSync(join(tmpdir(), 'pw-bench-'));
process.on('exit', () => rmSync(out, { recursive: true, force: true }));
console.log('Building the bundles…');
const { sizes, cssFile } = await buildBundles(out, { profile: !!profileDir });
const feeds = benchFeeds();
const noStore = { 'cache-control': 'no-store' };
const allPages = { ...benchPages(cssFile), ...(only.has('prerender') ? await prerenderPages(out, feeds) : {}) };
const pages = Object.fromEntries(Object.entries(allPages).map(([path, body]) => [path, { body }]));
const server = await startStaticServer(undefined, pages, {
  mounts: {
    '/pw/': `${out}/pw/`,
    '/pw-debug/': `${out}/pw-debug/`,
    '/fc/': `${out}/fc/`,
    '/demo-feeds/': `${root}demo/feeds/`,
    '/cdn/': `${root}dist/cdn/`,
  },
  headers: () => noStore,
  async route(path, _req, res) {
    // /slow/…: the same answer after SLOW_MS (the repeat-visit case).
    if (path.startsWith('/slow/')) await new Promise((r) => setTimeout(r, SLOW_MS));
    const rest = path.startsWith('/slow/') ? path.slice('/slow'.length) : path;
    if (rest === '/favicon.ico') res.writeHead(204).end();
    else if (feeds.has(rest))
      res.writeHead(200, { 'content-type': 'application/json', ...noStore }).end(feeds.get(rest));
    else return rest;
    return true;
  },
});
const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  args: [...browserArgs, '--enable-precise-memory-info'],
});
const ctx = { browser, origin: server.origin };

// ---- run ------------------------------------------------------------------------
const results = {
  runs: RUNS,
  browser: await browser.version(),
  sizes,
  calendar: {},
  news: {},
  locale: [],
  repeat: [],
  cls: [],
  targets: Object.fromEntries(RATES.map((cpu) => [cpu, { news: {}, calendar: {}, first: {} }])),
  prerenderCpu: Math.max(...RATES),
};
const started = Date.now();
try {
  // One discarded warm-up of each library (the first context of a browser is slower).
  process.stdout.write('warm-up ');
  await pwCalendar(ctx, 50);
  await fcCalendar(ctx, 50);
  await pwNews(ctx, 10);
  process.stdout.write('\n');
  for (let run = 0; run < RUNS; run++) {
    process.stdout.write(`run ${run + 1}/${RUNS} `);
    if (only.has('calendar') || only.has('heap')) {
      for (const n of CALENDAR_SIZES) {
        const r = (results.calendar[n] ??= { pw: [], fc: [] });
        const order = run % 2 ? ['fc', 'pw'] : ['pw', 'fc'];
        for (const who of order) r[who].push(who === 'pw' ? await pwCalendar(ctx, n) : await fcCalendar(ctx, n));
        process.stdout.write('.');
      }
    }
    if (only.has('news')) {
      // Rotate the order, so no size always runs first.
      for (const n of NEWS_SIZES.map((_, i) => NEWS_SIZES[(i + run) % NEWS_SIZES.length])) {
        (results.news[n] ??= []).push(await pwNews(ctx, n));
        process.stdout.write('.');
      }
    }
    if (only.has('locale')) {
      results.locale.push(await localeSwitch(ctx));
      process.stdout.write('.');
    }
    if (only.has('repeat')) {
      results.repeat.push(await repeatVisit(ctx));
      process.stdout.write('.');
    }
    if (only.has('targets')) {
      // Alternate which rate goes first too.
      for (const cpu of run % 2 ? [...RATES].reverse() : RATES)
        await sideBySide({ ...ctx, cpu }, run, results.targets[cpu], () => process.stdout.write(cpu === 1 ? '+' : '*'));
    }
    if (only.has('prerender')) {
      await prerenderRun(ctx, run, (results.prerender ??= {}), results.prerenderCpu);
      process.stdout.write('p');
    }
    process.stdout.write('\n');
  }
  if (profileDir) {
    mkdirSync(profileDir, { recursive: true });
    for (const n of CALENDAR_SIZES) {
      for (const who of ['pw', 'fc']) {
        const { ms, cpuProfile } = who === 'pw' ? await pwCalendar(ctx, n, true) : await fcCalendar(ctx, n, true);
        const file = join(profileDir, `${who}-calendar-${n}.cpuprofile`);
        writeFileSync(file, JSON.stringify(cpuProfile));
        console.log(`\n${file} (${ms.toFixed(1)} ms under the profiler), heaviest by self time:`);
        console.log(topSelf(cpuProfile).join('\n'));
      }
    }
  }
  if (only.has('cls')) {
    try {
      results.cls = await demoCls(ctx, Math.min(RUNS, 3));
    } catch (err) {
      results.clsError = String(err.message ?? err);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
if (only.has('bytes')) {
  console.log('Building the autoloader (dist/cdn/autoload/)…');
  try {
    results.bytes = autoloadBytes();
  } catch (err) {
    results.bytesError = String(err.message ?? err);
  }
}

// ---- report ---------------------------------------------------------------------
printReport(results, only, (Date.now() - started) / 1000);
if (only.has('targets') || only.has('bytes')) printTargets(results);
if (only.has('prerender')) printPrerender(results);
if (jsonOut) {
  writeFileSync(jsonOut, JSON.stringify(results, null, 2));
  console.log(`\n  raw results: ${jsonOut}`);
}
