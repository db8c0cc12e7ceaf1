#!/usr/bin/env node
/**
 * Browser checks on the built bundles, run by .ci/run after `npm run build`:
 *
 * 1. Strict CSP: the five elements on a page served with
 *    `default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'`,
 *    with the ES module and with the classic script, and with the policy-name list
 *    exactly as docs/security.md writes it. Zero CSP or Trusted Types violations,
 *    zero console errors, every widget rendered.
 * 2. Double load: the classic script and the ES module (two copies of the
 *    library) on one page share one locale and one request per feed, also under
 *    the documented policy-name list (two copies of Lit create `lit-html` twice).
 *    Zalo's plugin script under the documented CSP: no Trusted Types violation.
 *    A body with inline handlers and styles: the only reports are the documented
 *    script-src-attr / style-src-attr / style-src-elem ones, and nothing runs.
 *    Both copies under a policy-name list without 'allow-duplicates': the second copy's Lit
 *    throws `Policy with name "lit-html" already exists` and stops; that error and its report are
 *    the only ones, and the first copy renders and switches every widget (docs/security.md).
 * 3. The autoloader (dist/cdn/autoloader.js) under the strict CSP and the documented policy
 *    names: every widget rendered, only the modules of the elements on the page fetched;
 *    loaded twice and next to the single-file bundle: nothing defined twice, nothing thrown;
 *    loaded as a classic script (no type="module"): the same, and no page globals added; the
 *    editor-safe link (`#pw=news-list&…`) upgraded under the strict CSP.
 * 4. A page pre-rendered by `provincial-widgets render` (dist/cli), served with the strict CSP, the
 *    style-src hashes render printed and the documented policy names, then adopted by the autoloader:
 *    zero violations, every widget rendered, no request for the feed it carries.
 * 5. Host Lit: a page that uses its own Lit and @lit/localize (configured by
 *    the host) together with the npm build. Both work; the widgets' documented
 *    limit is that their text stays Vietnamese.
 */
import puppeteer from 'puppeteer-core';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { browserArgs, browserHelp, findBrowser } from './find-browser.mjs';
import { startStaticServer } from './lib/static-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
for (const f of [
  'dist/cli/main.js',
  'dist/cdn/provincial-widgets.js',
  'dist/cdn/provincial-widgets.iife.js',
  'dist/cdn/autoloader.js',
  'dist/index.js',
]) {
  if (!existsSync(`${root}${f}`)) {
    console.error(`e2e-isolation: ${f} is missing; run npm run build first.`);
    process.exit(1);
  }
}
const executablePath = findBrowser();
if (!executablePath) {
  console.error(browserHelp);
  process.exit(1);
}

const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
// Exactly as docs/security.md documents it for sites that restrict policy names.
const NAMED_TT = "trusted-types lit-html dompurify pw-zalo 'allow-duplicates'";
const DOCUMENTED_CSP = `${STRICT_CSP}; ${NAMED_TT}`;
// The list as a site may shorten it: without 'allow-duplicates' (`trusted-types *` behaves the same).
const NO_DUPLICATES_CSP = `${STRICT_CSP}; trusted-types lit-html dompurify pw-zalo`;
const ZALO_CSP = `default-src 'self'; script-src 'self' https://sp.zalo.me; style-src 'self'; frame-src https://*.zalo.me; require-trusted-types-for 'script'; ${NAMED_TT}`;
// A body that a careless CMS may publish: inline handlers, style attributes, a <style> element.
const NOISY_FEED = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Noisy',
  items: [
    {
      id: 'noisy',
      title: 'Thông báo',
      date_published: '2017-11-22T11:16:00+07:00',
      content_html:
        '<p onclick="window.__pwPwned=1" style="color:red">Nội dung <b onmouseover="window.__pwPwned=2">đậm</b></p><style>p{color:red}</style>',
    },
  ],
});
const widgets = `
  <pw-language-switcher></pw-language-switcher>
  <pw-article-card variant="full" item-id="tap-huan-quy-che-dan-chu-2017" src="/demo/feeds/portal.{lang}.json"></pw-article-card>
  <pw-share-bar url="https://www.longan.gov.vn/tin-tuc/tap-huan"></pw-share-bar>
  <pw-news-list src="/demo/feeds/portal.{lang}.json" page-size="4"></pw-news-list>
  <pw-training-calendar view="month" month="2017-11" src="/demo/feeds/portal.{lang}.json"></pw-training-calendar>`;
const page = (head) =>
  `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>CSP</title>${head}</head><body>${widgets}</body></html>`;

/**
 * The widgets' page pre-rendered by the built CLI (bin/provincial-widgets.mjs render) for its address
 * on the test server (`base`: the feed's relative image URLs resolve there), and the CSP that render
 * prints for its shadow roots' styles.
 */
function prerendered(base) {
  const dir = mkdtempSync(join(tmpdir(), 'pw-e2e-'));
  writeFileSync(join(dir, 'in.html'), page('<script type="module" src="/dist/cdn/autoloader.js"></script>'));
  const r = spawnSync(
    process.execPath,
    [
      `${root}bin/provincial-widgets.mjs`,
      'render',
      join(dir, 'in.html'),
      '-o',
      join(dir, 'out.html'),
      '--base',
      base,
      '--feed',
      `/demo/feeds/portal.vi.json=${root}demo/feeds/portal.vi.json`,
    ],
    { encoding: 'utf8' },
  );
  const hashes = /style-src 'self' (.+)/.exec(r.stderr)?.[1];
  if (r.status !== 0 || !hashes) {
    console.error(`e2e-isolation: render failed (${r.status}):\n${r.stderr}`);
    process.exit(1);
  }
  const csp = `${STRICT_CSP.replace("style-src 'self'", `style-src 'self' ${hashes}`)}; ${NAMED_TT}`;
  return { body: readFileSync(join(dir, 'out.html'), 'utf8'), headers: { 'content-security-policy': csp } };
}

const pages = {
  '/e2e/csp-esm.html': {
    body: page('<script type="module" src="/dist/cdn/provincial-widgets.js"></script>'),
    headers: { 'content-security-policy': STRICT_CSP },
  },
  '/e2e/csp-iife.html': {
    body: page('<script src="/dist/cdn/provincial-widgets.iife.js" defer></script>'),
    headers: { 'content-security-policy': STRICT_CSP },
  },
  '/e2e/csp-documented.html': {
    body: page('<script type="module" src="/dist/cdn/provincial-widgets.js"></script>'),
    headers: { 'content-security-policy': DOCUMENTED_CSP },
  },
  '/e2e/autoloader.html': {
    body: page('<script type="module" src="/dist/cdn/autoloader.js"></script>'),
    headers: { 'content-security-policy': DOCUMENTED_CSP },
  },
  '/e2e/autoloader-news.html': {
    body: `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>News only</title><script type="module" src="/dist/cdn/autoloader.js"></script></head>
<body><pw-news-list src="/demo/feeds/portal.{lang}.json" page-size="4"></pw-news-list></body></html>`,
    headers: { 'content-security-policy': STRICT_CSP },
  },
  '/e2e/autoloader-classic.html': {
    body: page('<script src="/dist/cdn/autoloader.js"></script>'),
    headers: { 'content-security-policy': DOCUMENTED_CSP },
  },
  '/e2e/autoloader-editor-safe.html': {
    body: `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Editor-safe</title><script type="module" src="/dist/cdn/autoloader.js"></script></head>
<body><p><a href="/demo/#pw=news-list&amp;src=%2Fdemo%2Ffeeds%2Fportal.%7Blang%7D.json&amp;page-size=3">Tin tức</a></p></body></html>`,
    headers: { 'content-security-policy': STRICT_CSP },
  },
  '/e2e/autoloader-twice.html': {
    body: page(
      '<script type="module" src="/dist/cdn/autoloader.js"></script><script type="module" src="/dist/cdn/autoloader.js?copy=2"></script><script type="module" src="/dist/cdn/provincial-widgets.js"></script>',
    ),
    headers: { 'content-security-policy': DOCUMENTED_CSP },
  },
  '/e2e/double.html': {
    body: page(
      '<script src="/dist/cdn/provincial-widgets.iife.js"></script><script type="module" src="/dist/cdn/provincial-widgets.js"></script>',
    ),
  },
  '/e2e/double-documented.html': {
    body: page(
      '<script src="/dist/cdn/provincial-widgets.iife.js"></script><script type="module" src="/dist/cdn/provincial-widgets.js"></script>',
    ),
    headers: { 'content-security-policy': DOCUMENTED_CSP },
  },
  '/e2e/double-no-duplicates.html': {
    body: page(
      '<script src="/dist/cdn/provincial-widgets.iife.js"></script><script type="module" src="/dist/cdn/provincial-widgets.js"></script>',
    ),
    headers: { 'content-security-policy': NO_DUPLICATES_CSP },
  },
  '/e2e/zalo.html': {
    body: `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Zalo</title><script type="module" src="/dist/cdn/provincial-widgets.js"></script></head>
<body><pw-share-bar url="https://www.longan.gov.vn/tin-tuc/tap-huan" zalo-oa-id="1234567890"></pw-share-bar></body></html>`,
    headers: { 'content-security-policy': ZALO_CSP },
  },
  '/e2e/noisy.json': { body: NOISY_FEED, headers: { 'content-type': 'application/feed+json; charset=utf-8' } },
  '/e2e/noisy.html': {
    body: `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Noisy body</title><script type="module" src="/dist/cdn/provincial-widgets.js"></script></head>
<body><pw-article-card variant="full" src="/e2e/noisy.json"></pw-article-card></body></html>`,
    headers: { 'content-security-policy': DOCUMENTED_CSP },
  },
  '/e2e/host-lit.html': {
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host Lit</title>
<script type="importmap">${JSON.stringify({
      imports: {
        lit: '/node_modules/lit/index.js',
        'lit/': '/node_modules/lit/',
        'lit-html': '/node_modules/lit-html/lit-html.js',
        'lit-html/': '/node_modules/lit-html/',
        'lit-element/': '/node_modules/lit-element/',
        '@lit/reactive-element': '/node_modules/@lit/reactive-element/reactive-element.js',
        '@lit/reactive-element/': '/node_modules/@lit/reactive-element/',
        '@lit/localize': '/node_modules/@lit/localize/lit-localize.js',
        '@lit/localize/': '/node_modules/@lit/localize/',
        dompurify: '/node_modules/dompurify/dist/purify.es.mjs',
      },
    })}</script>
<script type="module" src="/e2e/host-app.js"></script></head>
<body><host-greeting></host-greeting>${widgets}</body></html>`,
  },
  '/e2e/host-app.js': {
    headers: { 'content-type': 'text/javascript; charset=utf-8' },
    // The host imports the widgets first, then configures its own localization, as an app would.
    body: `import { LitElement, html } from 'lit';
import { configureLocalization, msg, updateWhenLocaleChanges } from '@lit/localize';
import '/dist/index.js';
const { setLocale } = configureLocalization({
  sourceLocale: 'en', targetLocales: ['fr'],
  loadLocale: async () => ({ templates: { greeting: 'Bonjour' } }),
});
class HostGreeting extends LitElement {
  constructor() { super(); updateWhenLocaleChanges(this); }
  render() { return html\`<p>\${msg('Hello', { id: 'greeting' })}</p>\`; }
}
customElements.define('host-greeting', HostGreeting);
await setLocale('fr');
window.hostReady = true;`,
  },
};

/** The five widgets rendered, and an event's details opened: the calendar's most complex render. */
async function allRendered(tab) {
  await tab.waitForFunction(
    () =>
      ['pw-article-card', 'pw-news-list', 'pw-training-calendar', 'pw-share-bar', 'pw-language-switcher'].every((t) => {
        const root = document.querySelector(t)?.shadowRoot;
        return root && root.querySelector('[part~=title], [part~=item], [part~=event], [part~=target], [part~=option]');
      }) && document.querySelector('pw-article-card').shadowRoot.querySelector('figcaption'),
    { timeout: 20000 },
  );
  await tab.evaluate(() =>
    document.querySelector('pw-training-calendar').shadowRoot.querySelector('[part~=event]').click(),
  );
  await new Promise((r) => setTimeout(r, 300));
}

/** Two copies on one page: one request per feed, and the switcher switches every widget, whichever copy runs it. */
async function oneLocaleOneRequest(tab) {
  const out = [];
  const count = (lang) =>
    tab.evaluate(
      (l) => performance.getEntriesByType('resource').filter((r) => r.name.endsWith(`/portal.${l}.json`)).length,
      lang,
    );
  if ((await count('vi')) !== 1) out.push(`portal.vi.json requested ${await count('vi')} times`);
  // Switch with the switcher: every widget, from either copy, follows.
  await tab.evaluate(() => {
    const sw = document.querySelector('pw-language-switcher').shadowRoot;
    [...sw.querySelectorAll('[part~=option]')].find((o) => o.getAttribute('lang') === 'en').click();
  });
  await tab
    .waitForFunction(
      () =>
        document.querySelector('pw-share-bar').shadowRoot.textContent.includes('Share this article') &&
        document.querySelector('pw-news-list').shadowRoot.querySelector('[part~=item]') &&
        document.querySelector('pw-article-card').shadowRoot.querySelector('[part~=body]')?.lang !== 'vi',
      { timeout: 10000 },
    )
    .catch(() => out.push('not every widget switched to English'));
  if ((await count('en')) !== 1) out.push(`portal.en.json requested ${await count('en')} times`);
  return out;
}

const server = await startStaticServer(root, pages, { allowNodeModules: true });
pages['/e2e/prerendered.html'] = prerendered(`${server.origin}/e2e/prerendered.html`);
const browser = await puppeteer.launch({ executablePath, headless: true, args: browserArgs });
let failures = 0;
const results = [];

async function check(
  name,
  path,
  { expect: assert, ready = allRendered, allowed = () => false, allowedConsole = /^$/, expectedPageError } = {},
) {
  // A fresh context per check: no cached feeds or saved locale carried over.
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  const problems = [];
  tab.on(
    'console',
    (m) =>
      m.type() === 'error' &&
      !m.location()?.url?.endsWith('favicon.ico') &&
      !allowedConsole.test(m.text()) &&
      problems.push(`console: ${m.text()} ${m.location()?.url ?? ''}`),
  );
  // `expectedPageError`: an error that must be thrown exactly once, and is then no problem.
  const expected = [];
  tab.on('pageerror', (e) =>
    expectedPageError?.test(e.message) ? expected.push(e.message) : problems.push(`page error: ${e.message}`),
  );
  tab.on('requestfailed', (r) => !r.url().endsWith('favicon.ico') && problems.push(`failed request: ${r.url()}`));
  await tab.evaluateOnNewDocument(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations.push(
        `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber} ${e.sample ?? ''}`.trim(),
      ),
    );
  });
  // No network here: Zalo's SDK is answered locally, as the real host would.
  await tab.setRequestInterception(true);
  tab.on('request', (r) =>
    r.url().startsWith('https://sp.zalo.me/')
      ? r.respond({
          status: 200,
          contentType: 'text/javascript',
          body: 'window.ZaloSocialSDK = { reload() {} }; window.__zaloLoaded = true;',
        })
      : r.continue(),
  );
  try {
    await tab.goto(`${server.origin}${path}`, { waitUntil: 'networkidle0', timeout: 30000 });
    await ready(tab);
    problems.push(
      ...(await tab.evaluate(() => window.__violations)).filter((v) => !allowed(v)).map((v) => `CSP: ${v}`),
    );
    if (await tab.evaluate(() => window.__pwPwned)) problems.push('feed content executed');
    if (expectedPageError && expected.length !== 1)
      problems.push(`expected one page error ${expectedPageError}, got ${expected.length}`);
    if (assert) problems.push(...(await assert(tab)));
  } catch (e) {
    problems.push(`did not render: ${e.message.split('\n')[0]}`);
  }
  await context.close();
  results.push([name, problems.length ? 'FAIL' : 'ok']);
  if (problems.length) {
    failures++;
    console.error(`✗ ${name}\n${problems.map((p) => `    ${p}`).join('\n')}`);
  } else console.log(`✓ ${name}`);
}

try {
  await check('strict CSP + Trusted Types, ES module (lazy DOMPurify chunk)', '/e2e/csp-esm.html', {
    expect: async (tab) => {
      const used = await tab.evaluate(() =>
        performance.getEntriesByType('resource').some((r) => /chunks\/sanitize/i.test(r.name)),
      );
      return used ? [] : ['the DOMPurify chunk was not loaded'];
    },
  });
  await check('strict CSP + Trusted Types, classic script', '/e2e/csp-iife.html');
  await check(`the documented policy names (${NAMED_TT})`, '/e2e/csp-documented.html');
  await check('the library loaded twice under the documented policy names', '/e2e/double-documented.html');
  await check('the autoloader under the documented CSP: all five elements', '/e2e/autoloader.html');
  await check(
    'the autoloader on a news-list page under the strict CSP: only that element is fetched',
    '/e2e/autoloader-news.html',
    {
      ready: (tab) =>
        tab.waitForFunction(() => document.querySelector('pw-news-list')?.shadowRoot?.querySelector('[part~=item]'), {
          timeout: 20000,
        }),
      expect: async (tab) => {
        const names = await tab.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name));
        const others = names.filter(
          (n) =>
            /autoload\/pw-(article-card|training-calendar|language-switcher|share-bar)\.js/.test(n) ||
            /sanitize/.test(n),
        );
        return others.length ? [`fetched modules of elements not on the page: ${others.join(', ')}`] : [];
      },
    },
  );
  await check(
    'the autoloader as a classic script: all five elements, no page globals',
    '/e2e/autoloader-classic.html',
    {
      expect: async (tab) => {
        const added = await tab.evaluate(() => {
          const blank = document.body.appendChild(document.createElement('iframe'));
          const known = new Set(Object.keys(blank.contentWindow));
          blank.remove();
          // Lit's own version registries and puppeteer's helpers are there whatever loads Lit.
          const expected = /^(__|puppeteer_|lit[A-Z]|reactiveElementVersions$)/;
          return Object.keys(window).filter((k) => !known.has(k) && !expected.test(k));
        });
        return added.length ? [`globals added: ${added.join(', ')}`] : [];
      },
    },
  );
  await check(
    'the editor-safe link (#pw=news-list) upgraded under the strict CSP',
    '/e2e/autoloader-editor-safe.html',
    {
      ready: (tab) =>
        tab.waitForFunction(
          () => document.querySelector('p > pw-news-list')?.shadowRoot?.querySelector('[part~=item]'),
          {
            timeout: 20000,
          },
        ),
    },
  );
  await check('two autoloaders and the single-file bundle on one page', '/e2e/autoloader-twice.html');
  await check(
    'a page pre-rendered by `render`, under the strict CSP with its style hashes, adopted by the autoloader',
    '/e2e/prerendered.html',
    {
      expect: async (tab) => {
        const feeds = await tab.evaluate(() =>
          performance
            .getEntriesByType('resource')
            .map((r) => r.name)
            .filter((n) => n.includes('/demo/feeds/portal')),
        );
        return feeds.length ? [`fetched the feed the pre-render carries: ${feeds.join(', ')}`] : [];
      },
    },
  );
  await check(
    'Zalo plugin under the documented CSP: its script URL goes through the pw-zalo policy',
    '/e2e/zalo.html',
    {
      ready: async (tab) => {
        await tab.waitForFunction(
          () => document.querySelector('pw-share-bar')?.shadowRoot?.querySelector('[part~=target-zalo]'),
          { timeout: 20000 },
        );
        await tab.evaluate(() =>
          document.querySelector('pw-share-bar').shadowRoot.querySelector('[part~=target-zalo]').click(),
        );
      },
      expect: async (tab) =>
        (await tab
          .waitForFunction(() => window.__zaloLoaded, { timeout: 5000 })
          .then(
            () => true,
            () => false,
          ))
          ? []
          : ["Zalo's SDK script did not load"],
    },
  );
  await check(
    'a body with inline handlers and styles: only the documented parse reports, nothing runs',
    '/e2e/noisy.html',
    {
      ready: async (tab) => {
        await tab.waitForFunction(
          () => document.querySelector('pw-article-card')?.shadowRoot?.querySelector('[part~=body] b'),
          { timeout: 20000 },
        );
        await tab.evaluate(() =>
          document
            .querySelector('pw-article-card')
            .shadowRoot.querySelector('[part~=body] b')
            .dispatchEvent(new MouseEvent('mouseover', { bubbles: true })),
        );
        await new Promise((r) => setTimeout(r, 300));
      },
      allowed: (v) => /^(script-src-attr|style-src-attr|style-src-elem) inline /.test(v),
      // Chromium prints the same reports to the console.
      allowedConsole: /^(Executing inline event handler|Applying inline style) violates/,
      expect: async (tab) => {
        const body = await tab.evaluate(
          () => document.querySelector('pw-article-card').shadowRoot.querySelector('[part~=body]').innerHTML,
        );
        return body.includes('onclick') || body.includes('style') ? [`handlers or styles survived: ${body}`] : [];
      },
    },
  );
  await check('the library loaded twice: one locale, one request per feed', '/e2e/double.html', {
    expect: oneLocaleOneRequest,
  });
  await check(
    "the library loaded twice, policy names without 'allow-duplicates': the second copy stops, the first does all",
    '/e2e/double-no-duplicates.html',
    {
      expectedPageError:
        /^Failed to execute 'createPolicy' on 'TrustedTypePolicyFactory': Policy with name "lit-html" already exists\.$/,
      allowed: (v) => /^trusted-types trusted-types-policy .*lit-html/.test(v),
      // Chromium prints the same report to the console.
      allowedConsole: /^Creating a TrustedTypePolicy named 'lit-html' violates .*already exists/,
      expect: oneLocaleOneRequest,
    },
  );
  await check('host page with its own Lit and @lit/localize (npm build)', '/e2e/host-lit.html', {
    expect: async (tab) => {
      await tab.waitForFunction(() => window.hostReady, { timeout: 5000 });
      const greeting = await tab.evaluate(() => document.querySelector('host-greeting').shadowRoot.textContent.trim());
      const retryText = await tab.evaluate(() => document.querySelector('pw-share-bar').shadowRoot.textContent);
      const out = [];
      if (greeting !== 'Bonjour') out.push(`the host's own localization broke: "${greeting}"`);
      if (!retryText.includes('Chia sẻ bài viết')) out.push('widgets did not fall back to Vietnamese text');
      return out;
    },
  });
} finally {
  await browser.close();
  await server.close();
}
console.log(`\nIsolation checks: ${results.length - failures} passed, ${failures} failed`);
process.exit(failures ? 1 : 0);
