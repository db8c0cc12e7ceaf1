#!/usr/bin/env node
/**
 * `npm run build` (after `npm run analyze` has written custom-elements.json):
 *
 * 1. The npm build: `tsc -p tsconfig.build.json` writes unbundled ES modules and
 *    `.d.ts` files to dist/, one module per source file. `lit`, `@lit/*` and
 *    `dompurify` stay bare imports (tsc does not bundle), so the host's copies are used.
 *    Entries: dist/index.js (everything) and dist/components/<name>/define.js (one element).
 * 2. dist/cdn/provincial-widgets.js: one self-contained, minified ES module with Lit
 *    (production build) inside, defining every element on load. DOMPurify, which
 *    src/shared/sanitize.ts imports on demand, becomes a lazy chunk in dist/cdn/chunks/,
 *    fetched only by pages that show a full article.
 * 3. dist/cdn/provincial-widgets.iife.js: the same as a classic script (global
 *    `ProvincialWidgets`). A classic script cannot code-split, so DOMPurify is inlined
 *    here: the file is larger than the ES module, but it is truly one file that a
 *    webmaster can upload anywhere (a CMS media library does not keep a chunks/ folder).
 *    Pages that care about bytes use the ES module.
 * 4. A browser check of both CDN files (skipped with a note when no Chrome/Chromium is
 *    found): a page with all five elements on the sample feed (the ES module must fetch
 *    the lazy DOMPurify chunk for the full article; the IIFE must not fetch anything),
 *    plus the bundle loaded twice.
 *    Fails on console errors, page errors, failed requests or an element that stays empty.
 * 5. The size check (scripts/size-budget.mjs): prints the 25 KiB target and fails the build
 *    only above the enforced (ratcheting) ceiling.
 *
 * Flags: --skip-budget, --skip-verify.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { cdnBuildConfig, COMPILE_HINT } from './lib/cdn-build.mjs';
import { startStaticServer } from './lib/static-server.mjs';
import { browserArgs, findBrowser } from './find-browser.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = `${root}dist`;
const skipBudget = process.argv.includes('--skip-budget');
const skipVerify = process.argv.includes('--skip-verify');

const started = Date.now();
const step = (label) => console.log(`\n▸ ${label}`);

rmSync(dist, { recursive: true, force: true });

// ---- 1. npm build ------------------------------------------------------------
step('npm build: tsc -p tsconfig.build.json → dist/ (ES modules + .d.ts)');
const tsc = spawnSync(
  process.execPath,
  [`${root}node_modules/typescript/bin/tsc`, '-p', `${root}tsconfig.build.json`],
  {
    stdio: 'inherit',
    cwd: root,
  },
);
if (tsc.status !== 0) {
  console.error('build: tsc failed.');
  process.exit(tsc.status ?? 1);
}
for (const file of ['index.js', 'index.d.ts', 'locale/generated/en.js']) {
  if (!existsSync(`${dist}/${file}`)) {
    console.error(`build: dist/${file} is missing after tsc.`);
    process.exit(1);
  }
}
const defines = readdirSync(`${dist}/components`).filter((n) => existsSync(`${dist}/components/${n}/define.js`));
console.log(`  entries: dist/index.js + ${defines.map((n) => `dist/components/${n}/define.js`).join(', ')}`);

// ---- 2 & 3. CDN bundles --------------------------------------------------------
/** The shipped bundles: the shared CDN options, written to dist/cdn with source maps. */
const cdnConfig = (format) =>
  cdnBuildConfig({
    outDir: `${dist}/cdn`,
    format,
    name: 'ProvincialWidgets',
    fileName: format === 'es' ? 'provincial-widgets.js' : 'provincial-widgets.iife.js',
    // A classic script cannot code-split: the IIFE inlines the lazy DOMPurify import.
    output: format === 'es' ? {} : { codeSplitting: false, extend: false },
    build: { emptyOutDir: false, sourcemap: true, copyPublicDir: false },
  });

step('CDN: dist/cdn/provincial-widgets.js (ES module, Lit inside, DOMPurify lazy)');
await build(cdnConfig('es'));
step('CDN: dist/cdn/provincial-widgets.iife.js (classic script, DOMPurify inlined)');
await build(cdnConfig('iife'));

// Sanity checks on what a CMS page will load.
const esm = readFileSync(`${dist}/cdn/provincial-widgets.js`, 'utf8');
const iife = readFileSync(`${dist}/cdn/provincial-widgets.iife.js`, 'utf8');
const problems = [];
for (const [name, code] of [
  ['provincial-widgets.js', esm],
  ['provincial-widgets.iife.js', iife],
]) {
  if (/from\s*["'](lit|@lit\/|dompurify)/.test(code)) problems.push(`${name} still imports a bare module`);
  if (/Lit is in dev mode/.test(code)) problems.push(`${name} contains Lit's development build`);
  if (!code.startsWith(`${COMPILE_HINT}\n`))
    problems.push(`${name} does not start with the compile hint ${COMPILE_HINT}`);
  for (const tag of [
    'pw-news-list',
    'pw-article-card',
    'pw-training-calendar',
    'pw-language-switcher',
    'pw-share-bar',
  ]) {
    if (!code.includes(tag)) problems.push(`${name} does not define <${tag}>`);
  }
}
if (/\bimport\(/.test(iife)) problems.push('provincial-widgets.iife.js contains a dynamic import()');
if (!readdirSync(`${dist}/cdn/chunks`).some((f) => /^sanitize.*\.js$/.test(f))) {
  problems.push('the lazy DOMPurify chunk is missing from dist/cdn/chunks/');
}
if (problems.length) {
  for (const p of problems) console.error(`build: ${p}`);
  process.exit(1);
}
console.log(`\nBuilt dist/ in ${((Date.now() - started) / 1000).toFixed(1)}s.`);

// ---- 4. browser check -------------------------------------------------------------
if (!skipVerify) {
  step('CDN: load both bundles in headless Chromium');
  if (!(await verifyCdn())) process.exit(1);
}

// ---- 5. size budget --------------------------------------------------------------
if (!skipBudget) {
  const budget = spawnSync(process.execPath, [`${root}scripts/size-budget.mjs`], { stdio: 'inherit', cwd: root });
  process.exit(budget.status ?? 1);
}

/**
 * Loads the CDN bundles the way a CMS page does, in headless Chromium, from a
 * localhost server rooted at the repo (the sample feed is demo/feeds/portal.{lang}.json).
 * Returns false (after printing why) when something is wrong.
 */
async function verifyCdn() {
  const executablePath = findBrowser();
  if (!executablePath) {
    console.log('  skipped: no Chrome/Chromium found (set CHROME_PATH to run this check).');
    return true;
  }
  const { default: puppeteer } = await import('puppeteer-core');
  const body = `
    <pw-language-switcher></pw-language-switcher>
    <pw-article-card src="/demo/feeds/portal.{lang}.json" item-id="tap-huan-quy-che-dan-chu-2017" variant="full"></pw-article-card>
    <pw-share-bar></pw-share-bar>
    <pw-news-list src="/demo/feeds/portal.{lang}.json" page-size="3"></pw-news-list>
    <pw-training-calendar src="/demo/feeds/portal.{lang}.json" month="2017-11"></pw-training-calendar>`;
  const page = (
    script,
    { twice = false } = {},
  ) => `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>CDN check</title>
    ${script}${twice ? script.replace(/(provincial-widgets[^"]*\.js)/, '$1?copy=2') : ''}</head><body>${body}</body></html>`;
  const pages = {
    '/__cdn/esm.html': page('<script type="module" src="/dist/cdn/provincial-widgets.js"></script>'),
    '/__cdn/iife.html': page('<script src="/dist/cdn/provincial-widgets.iife.js"></script>'),
    '/__cdn/twice.html': page(
      '<script src="/dist/cdn/provincial-widgets.iife.js"></script><script type="module" src="/dist/cdn/provincial-widgets.js"></script>',
      { twice: true },
    ),
  };
  const server = await startStaticServer(
    root,
    Object.fromEntries(Object.entries(pages).map(([k, body]) => [k, { body }])),
  );
  const { origin } = server;
  const browser = await puppeteer.launch({ executablePath, headless: true, args: browserArgs });
  let ok = true;
  try {
    for (const path of Object.keys(pages)) {
      const tab = await browser.newPage();
      const problems = [];
      const requested = [];
      tab.on('console', (m) => {
        if (m.type() === 'error' && !m.location()?.url?.endsWith('/favicon.ico'))
          problems.push(`console error: ${m.text()} ${m.location()?.url ?? ''}`);
      });
      tab.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
      tab.on('request', (r) => requested.push(new URL(r.url()).pathname));
      tab.on('requestfailed', (r) => !r.url().endsWith('/favicon.ico') && problems.push(`request failed: ${r.url()}`));
      tab.on(
        'response',
        (r) =>
          r.status() >= 400 && !r.url().endsWith('/favicon.ico') && problems.push(`HTTP ${r.status()}: ${r.url()}`),
      );
      await tab
        .goto(origin + path, { waitUntil: 'networkidle0', timeout: 20_000 })
        .catch((e) => problems.push(String(e.message)));
      const state = await tab.evaluate(async () => {
        const tags = [
          'pw-news-list',
          'pw-article-card',
          'pw-training-calendar',
          'pw-language-switcher',
          'pw-share-bar',
        ];
        const out = {};
        for (const tag of tags) {
          const el = document.querySelector(tag);
          await el?.updateComplete;
          out[tag] = {
            defined: !!customElements.get(tag),
            text: (el?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim().length,
          };
        }
        const body = document.querySelector('pw-article-card')?.shadowRoot?.querySelector('[part~="body"]');
        out.articleBody = (body?.textContent ?? '').trim().length;
        return out;
      });
      for (const [tag, s] of Object.entries(state)) {
        if (tag === 'articleBody') continue;
        if (!s.defined) problems.push(`<${tag}> is not defined`);
        else if (!s.text) problems.push(`<${tag}> rendered nothing`);
      }
      if (!state.articleBody) problems.push('the full article body (content_html) did not render');
      const purify = requested.filter((p) => /\/chunks\/sanitize/.test(p));
      if (path === '/__cdn/esm.html' && !purify.length)
        problems.push('the full article did not fetch the lazy DOMPurify chunk');
      if (
        path.startsWith('/__cdn/iife') &&
        requested.some((p) => p.startsWith('/dist/cdn/') && !p.endsWith('.iife.js'))
      ) {
        problems.push('the IIFE fetched another file');
      }
      console.log(
        `  ${problems.length ? '✗' : '✓'} ${path.replace('/__cdn/', '')}${purify.length ? ' (fetched the DOMPurify chunk)' : ''}`,
      );
      for (const p of problems) console.log(`      ${p}`);
      if (problems.length) ok = false;
      await tab.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return ok;
}
