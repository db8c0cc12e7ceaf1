#!/usr/bin/env node
/**
 * Storybook smoke test: serves storybook-static/ on localhost, reads index.json,
 * and opens every story (viewMode=story) and every docs entry (viewMode=docs)
 * in headless Chromium. An entry fails on:
 *   - a console error, an uncaught page error, a failed request or an HTTP status >= 400
 *     (favicon.ico excepted);
 *   - Storybook's error display (a story that threw) or a render that never finishes;
 *   - for stories, accessibility violations reported by the a11y addon, run again once the
 *     story has settled with the story's own `parameters.a11y` (test 'error' fails, 'todo' warns,
 *     'off'/disable skips).
 *
 * A story that deliberately requests a missing resource can carry the tag
 * `smoke-expect-failed-request`: its failed requests and "Failed to load resource"
 * console errors are then allowed (everything else still fails).
 *
 * Usage: node scripts/smoke-storybook.mjs [--dir storybook-static] [--filter text] [--concurrency 2] [--no-a11y]
 * The browser is found like the tests find it: CHROME_PATH, then the system Chrome/Chromium.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { browserArgs, browserHelp, findBrowser } from './find-browser.mjs';
import { startStaticServer } from './lib/static-server.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const dir = resolve(opt('dir', 'storybook-static'));
const filter = opt('filter', '');
const concurrency = Math.max(1, Number(opt('concurrency', '2')));
const checkA11y = !args.includes('--no-a11y');
const RENDER_TIMEOUT = 20_000;
const ALLOW_FAILED_TAG = 'smoke-expect-failed-request';

if (!existsSync(join(dir, 'index.json'))) {
  console.error(`smoke-storybook: ${join(dir, 'index.json')} not found. Run \`npm run build-storybook\` first.`);
  process.exit(1);
}
const executablePath = findBrowser();
if (!executablePath) {
  console.error(`smoke-storybook: ${browserHelp}`);
  process.exit(1);
}

// ---- the server: storybook-static/ on localhost ---------------------------------
const server = await startStaticServer(
  dir,
  {},
  {
    // Hashed assets are cached (and their compiled code reused) across entries; the rest is revalidated.
    headers: (path) => ({
      'cache-control': path.startsWith('/assets/') ? 'public, max-age=3600, immutable' : 'no-cache',
    }),
  },
);
const { origin } = server;

// ---- the entries -------------------------------------------------------------
const index = JSON.parse(await readFile(join(dir, 'index.json'), 'utf8'));
const entries = Object.values(index.entries ?? index.stories ?? {})
  .filter((e) => e.type === 'story' || e.type === 'docs')
  .filter((e) => !filter || e.id.includes(filter))
  .sort((a, b) => a.id.localeCompare(b.id));
if (entries.length === 0) {
  console.error('smoke-storybook: index.json lists no stories.');
  await server.close();
  process.exit(1);
}

const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  // Two pages run side by side: keep the one in the background rendering at full speed.
  args: [
    ...browserArgs,
    '--disable-renderer-backgrounding',
    '--disable-background-timer-throttling',
    '--disable-backgrounding-occluded-windows',
  ],
  protocolTimeout: 60_000,
});

/**
 * Resolves true once no request of this entry has been in flight for `quietMs`, false after
 * `timeout`. (Tracked per entry: puppeteer's own idle counter can keep a request from an
 * earlier navigation that never reports an end.)
 */
async function networkIdle(inflight, quietMs, timeout) {
  const end = Date.now() + timeout;
  let quietSince = inflight.size ? 0 : Date.now();
  while (Date.now() < end) {
    await new Promise((r) => setTimeout(r, 25));
    if (inflight.size) quietSince = 0;
    else if (!quietSince) quietSince = Date.now();
    else if (Date.now() - quietSince >= quietMs) return true;
  }
  return false;
}

/**
 * Listens to one entry's page: console errors, page errors, failed requests and HTTP errors
 * go to `problems`; `inflight` holds the requests not finished yet. `stop()` removes the listeners.
 */
function watch(page, entry, problems) {
  const allowFailed = (entry.tags ?? []).includes(ALLOW_FAILED_TAG);
  const ignoredUrl = (url) => /\/favicon\.ico(\?|$)/.test(url);
  const inflight = new Set();
  const listeners = {
    request: (req) => inflight.add(req),
    requestfinished: (req) => inflight.delete(req),
    requestfailed: (req) => {
      inflight.delete(req);
      if (ignoredUrl(req.url()) || allowFailed) return;
      const reason = req.failure()?.errorText ?? 'failed';
      // Aborts caused by the page itself (a widget cancelling a superseded request) are not failures.
      if (reason !== 'net::ERR_ABORTED') problems.push(`request failed: ${req.url()} (${reason})`);
    },
    response: (res) => {
      if (res.status() >= 400 && !ignoredUrl(res.url()) && !allowFailed)
        problems.push(`HTTP ${res.status()}: ${res.url()}`);
    },
    console: (msg) => {
      if (msg.type() !== 'error') return;
      const text = msg.text();
      const url = msg.location()?.url ?? '';
      if (ignoredUrl(url) || (allowFailed && text.startsWith('Failed to load resource'))) return;
      problems.push(`console error: ${text}${url && !text.includes(url) ? ` (${url})` : ''}`);
    },
    pageerror: (err) => problems.push(`page error: ${err?.message ?? err}`),
  };
  for (const [event, fn] of Object.entries(listeners)) page.on(event, fn);
  return { inflight, stop: () => Object.entries(listeners).forEach(([event, fn]) => page.off(event, fn)) };
}

/** Waits for Storybook's verdict on the entry: 'main' (shown), 'error', 'nopreview' or 'timeout'. */
function shownState(page) {
  return page
    .waitForFunction(
      () => {
        const c = document.body.classList;
        if (c.contains('sb-show-errordisplay')) return 'error';
        if (c.contains('sb-show-nopreview')) return 'nopreview';
        if (c.contains('sb-show-main') && ![...c].some((x) => x.startsWith('sb-show-preparing'))) return 'main';
        return false;
      },
      { timeout: RENDER_TIMEOUT, polling: 50 },
    )
    .then((h) => h.jsonValue())
    .catch(() => 'timeout');
}

/**
 * Every custom element defined and updated and no request in flight, twice over (a feed
 * landing triggers another update, an image may start another request). Returns the problem, if any.
 */
async function settle(page, inflight) {
  for (let round = 0; round < 2; round++) {
    if (!(await networkIdle(inflight, 150, RENDER_TIMEOUT))) {
      return `network never went idle; in flight: ${[...inflight].map((r) => r.url()).join(', ') || '(none seen)'}`;
    }
    const busy = await page.evaluate(async () => {
      const all = [];
      const walk = (root) => {
        for (const el of root.querySelectorAll('*')) {
          if (el.localName.includes('-')) all.push(el);
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      walk(document);
      const tags = [...new Set(all.map((e) => e.localName).filter((t) => t.startsWith('pw-')))];
      await Promise.race([
        Promise.all(tags.map((t) => customElements.whenDefined(t))),
        new Promise((r) => setTimeout(r, 5000)),
      ]);
      // Bounded: an element that never stops updating is reported, not waited for forever.
      const settled = await Promise.race([
        Promise.all(all.map((e) => e.updateComplete).filter(Boolean)).then(() => true),
        new Promise((r) => setTimeout(() => r(false), 5000)),
      ]);
      if (!settled) return [...new Set(all.filter((e) => e.isUpdatePending).map((e) => e.localName))];
      // Two frames (bounded: frames do not run in a tab the browser considers hidden).
      await new Promise((r) => {
        requestAnimationFrame(() => requestAnimationFrame(r));
        setTimeout(r, 200);
      });
      return [];
    });
    if (busy.length) return `still updating after 5 s: ${busy.join(', ')}`;
  }
  return undefined;
}

/** The pw-* tags in the page (shadow roots included) that were never defined. */
function undefinedTags(page) {
  return page.evaluate(() => {
    const out = new Set();
    const walk = (root) => {
      for (const el of root.querySelectorAll(':not(:defined)'))
        if (el.localName.startsWith('pw-')) out.add(el.localName);
      for (const el of root.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
    };
    walk(document);
    return [...out];
  });
}

/**
 * Runs the a11y addon again on the settled story with its own `parameters.a11y`:
 * { skipped } | { error } | { mode: 'error' | 'todo', violations }.
 */
function a11yResult(page, storyId) {
  return page.evaluate(
    (storyId) =>
      new Promise((resolve) => {
        const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
        const params = window.__STORYBOOK_PREVIEW__?.currentRender?.story?.parameters?.a11y ?? {};
        if (!channel) return resolve({ error: 'no Storybook channel' });
        if (params.disable || params.test === 'off') return resolve({ skipped: true });
        const done = (value) => {
          channel.off('storybook/a11y/result', onResult);
          channel.off('storybook/a11y/error', onError);
          resolve(value);
        };
        const onResult = (result) =>
          done({
            mode: params.test ?? 'todo',
            violations: (result.violations ?? []).map((v) => ({
              id: v.id,
              impact: v.impact,
              help: v.help,
              targets: v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)),
            })),
          });
        const onError = (error) => done({ error: String(error?.message ?? error) });
        channel.on('storybook/a11y/result', onResult);
        channel.on('storybook/a11y/error', onError);
        channel.emit('storybook/a11y/manual', storyId, params);
        setTimeout(() => done({ error: 'a11y check timed out' }), 15_000);
      }),
    storyId,
  );
}

/** Opens one entry and returns its problems (empty = pass) and a11y warnings. */
async function check(page, entry) {
  const problems = [];
  const warnings = [];
  const t0 = Date.now();
  const phases = [];
  const mark = (name) => process.env.SMOKE_DEBUG && phases.push(`${name} ${Date.now() - t0}ms`);
  const { inflight, stop } = watch(page, entry, problems);
  try {
    const viewMode = entry.type === 'docs' ? 'docs' : 'story';
    await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${viewMode}`, {
      waitUntil: 'load',
      timeout: RENDER_TIMEOUT,
    });
    mark('load');
    const shown = await shownState(page);
    if (shown !== 'main') {
      const detail = await page
        .evaluate(() =>
          document.querySelector('#error-message, .sb-errordisplay')?.textContent?.trim().split('\n')[0].slice(0, 300),
        )
        .catch(() => '');
      problems.push(`did not render (${shown})${detail ? `: ${detail}` : ''}`);
      return { problems, warnings };
    }
    mark('shown');
    const unsettled = await settle(page, inflight);
    if (unsettled) problems.push(unsettled);
    mark('settled');
    const never = await undefinedTags(page);
    if (never.length) problems.push(`custom elements never defined: ${never.join(', ')}`);
    if (checkA11y && entry.type === 'story') {
      const a11y = await a11yResult(page, entry.id);
      if (a11y.error) problems.push(`a11y: ${a11y.error}`);
      for (const v of a11y.violations ?? []) {
        const line = `a11y ${v.impact ?? ''} ${v.id}: ${v.help} ${v.targets.join(' ')}`;
        (a11y.mode === 'error' ? problems : warnings).push(line);
      }
    }
    mark('a11y');
  } catch (err) {
    problems.push(`smoke error: ${err?.message ?? err}`);
  } finally {
    stop();
    if (phases.length) console.log(`    [${entry.id}] ${phases.join(', ')}`);
  }
  return { problems, warnings };
}

const started = Date.now();
let passed = 0;
let failed = 0;
let warned = 0;
const queue = [...entries];
async function worker() {
  // Each worker in its own context (its own window and storage), so parallel pages neither
  // hide each other nor share localStorage.
  const context = await browser.createBrowserContext();
  while (queue.length) {
    const entry = queue.shift();
    // A fresh page per entry: nothing (pending requests, timers, listeners) carries over.
    const page = await context.newPage();
    await page.setViewport({ width: 1100, height: 800 });
    const { problems, warnings } = await check(page, entry);
    await page.close().catch(() => {});
    const label = `${entry.type === 'docs' ? 'docs ' : 'story'} ${entry.id}`;
    if (problems.length) {
      failed++;
      console.log(`✗ ${label}`);
      for (const p of problems) console.log(`    ${p}`);
    } else {
      passed++;
      console.log(`✓ ${label}`);
    }
    if (warnings.length) {
      warned++;
      for (const w of warnings) console.log(`    warning (a11y test: 'todo'): ${w}`);
    }
  }
  await context.close();
}

try {
  await Promise.all(Array.from({ length: Math.min(concurrency, entries.length) }, worker));
} finally {
  await browser.close();
  await server.close();
}
const secs = ((Date.now() - started) / 1000).toFixed(1);
console.log(
  `\nStorybook smoke: ${passed} passed, ${failed} failed (${entries.length} entries${warned ? `, ${warned} with a11y warnings` : ''}) in ${secs}s`,
);
process.exit(failed ? 1 : 0);
