#!/usr/bin/env node
/**
 * The browser half of .ci/wordpress.sh: opens the Author's post on the real WordPress in headless
 * Chromium and fails (exit 1, every problem listed) unless
 * - all five elements render from the local feed (the news, the full article, the calendar's month
 *   with lunar dates, the switcher's and the share bar's buttons);
 * - the page requests the autoloader exactly once, with no `?ver=`;
 * - there is no console error, page error or failed request, and the WordPress debug log names
 *   nothing of the plugin;
 * - with JavaScript off, every element still holds its fallback link;
 * - KSES kept the shortcodes and stripped the pasted element's <script>, and the plugin's HTML
 *   comment names the unknown and unsafe attributes it dropped;
 * - the editor-safe forms the Author pasted (a `#pw=` link, a `data-pw` div) became elements, also
 *   on a post without any shortcode (the plugin loads the autoloader for them).
 *
 * Usage: node scripts/wordpress-check.mjs <site.json from setup-site.php> <debug.log>
 */
import { readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { browserArgs, findBrowser } from './find-browser.mjs';

const [siteFile, debugLog] = process.argv.slice(2);
const site = JSON.parse(readFileSync(siteFile, 'utf8'));
const post = site.posts.post;
const feed = JSON.parse(readFileSync(new URL('../demo/feeds/portal.vi.json', import.meta.url), 'utf8'));
const title = (id) => feed.items.find((i) => i.id === id).title;
const TAGS = ['pw-news-list', 'pw-article-card', 'pw-training-calendar', 'pw-language-switcher', 'pw-share-bar'];
const problems = [];
const check = (ok, message) => {
  console.log(`  ${ok ? '✓' : '✗'} ${message}`);
  if (!ok) problems.push(message);
};

console.log(`WordPress ${site.wordpress} (${site.language}), theme ${site.theme}, post ${post.url}`);
console.log(`  settings saved through the plugin's sanitizer: ${JSON.stringify(site.settings)}`);
check(
  /\[pw_news_list [^\]]*\]/.test(post.saved) && /\[pw_share_bar [^\]]*\]/.test(post.saved),
  "KSES kept the Author's shortcodes",
);
check(!/<script/i.test(post.saved), "KSES stripped the Author's pasted <script>");
check(!/<pw-news-list/i.test(post.saved), "KSES stripped the Author's pasted <pw-news-list> (its link stays)");

const executablePath = findBrowser();
if (!executablePath) {
  console.error('wordpress-check: no Chrome/Chromium (set CHROME_PATH).');
  process.exit(1);
}
const browser = await puppeteer.launch({ executablePath, headless: true, args: browserArgs });
try {
  // ---- with scripts ----
  const page = await browser.newPage();
  const errors = [];
  const requests = [];
  page.on(
    'console',
    (m) =>
      m.type() === 'error' &&
      !m.location()?.url?.endsWith('/favicon.ico') &&
      errors.push(`console: ${m.text()} ${m.location()?.url ?? ''}`),
  );
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  page.on('request', (r) => requests.push(r.url()));
  page.on('requestfailed', (r) => !r.url().endsWith('/favicon.ico') && errors.push(`failed: ${r.url()}`));
  page.on(
    'response',
    (r) => r.status() >= 400 && !r.url().endsWith('/favicon.ico') && errors.push(`HTTP ${r.status()} ${r.url()}`),
  );
  await page.goto(post.url, { waitUntil: 'networkidle0', timeout: 30_000 });
  const html = await page.evaluate(() => document.documentElement.outerHTML);
  check(
    /<!-- provincial-widgets: \[pw_news_list\] ignored colour -->/.test(html) &&
      /<!-- provincial-widgets: \[pw_share_bar\] ignored src -->/.test(html),
    'an HTML comment names each dropped attribute (colour; src on the share bar)',
  );
  const loads = requests.filter((u) => new URL(u).pathname.endsWith('/autoloader.js'));
  check(loads.length === 1, `one autoloader request (${loads.length}: ${loads.join(', ')})`);
  check(
    loads.every((u) => !u.includes('?')),
    'the autoloader URL has no ?ver=',
  );
  check(
    (html.match(/<script[^>]+autoloader\.js/g) ?? []).every((s) => /type="module"/.test(s)),
    'the autoloader is a module script',
  );

  const expected = {
    'pw-news-list': title('tap-huan-quy-che-dan-chu-2017'),
    'pw-article-card': title('tap-huan-quy-che-dan-chu-2017'),
    'pw-training-calendar': title('tap-huan-phan-mem-mot-cua-dien-tu'),
    'pw-language-switcher': 'English',
    'pw-share-bar': 'Facebook',
  };
  const rendered = await page
    .waitForFunction(
      (expected) =>
        Object.entries(expected).every(([tag, text]) =>
          [...document.querySelectorAll(tag)].some((el) => el.shadowRoot?.textContent?.includes(text)),
        ),
      { timeout: 15_000, polling: 100 },
      expected,
    )
    .then(
      () => true,
      () => false,
    );
  const seen = await page.evaluate(
    (tags) =>
      Object.fromEntries(
        tags.map((t) => [
          t,
          [...document.querySelectorAll(t)].map((el) => ({
            defined: !!customElements.get(t),
            text: (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60),
            lunar: el.shadowRoot?.querySelectorAll('[part~="lunar"]').length ?? 0,
          })),
        ]),
      ),
    TAGS,
  );
  for (const tag of TAGS) console.log(`    <${tag}> ${JSON.stringify(seen[tag])}`);
  check(rendered, 'all five elements rendered from the local feed');
  check(seen['pw-training-calendar']?.[0]?.lunar > 0, 'the calendar shows lunar dates ([pw_training_calendar lunar])');
  check(
    await page
      .waitForFunction(
        () =>
          document
            .querySelector('p > pw-news-list > a')
            ?.closest('pw-news-list')
            ?.shadowRoot?.querySelector('[part~=item]') &&
          document.querySelector('pw-share-bar[targets="email copy"] > div:not([data-pw])')?.closest('pw-share-bar')
            ?.shadowRoot?.textContent,
        { timeout: 10_000, polling: 100 },
      )
      .then(
        () => true,
        () => false,
      ),
    "the Author's editor-safe forms (a #pw= link, a data-pw div) became a news list and a share bar",
  );
  check(
    errors.length === 0,
    `no console errors, page errors or failed requests${errors.length ? `: ${errors.join('; ')}` : ''}`,
  );
  await page.close();

  // ---- a post with only the editor-safe form ----
  const safe = await browser.newPage();
  const safeLoads = [];
  const safeErrors = [];
  safe.on('request', (r) => new URL(r.url()).pathname.endsWith('/autoloader.js') && safeLoads.push(r.url()));
  safe.on('pageerror', (e) => safeErrors.push(e.message));
  await safe.goto(site.posts['editor-safe'].url, { waitUntil: 'networkidle0', timeout: 30_000 });
  const safeRendered = await safe
    .waitForFunction(() => document.querySelector('p > pw-news-list')?.shadowRoot?.querySelector('[part~=item]'), {
      timeout: 10_000,
      polling: 100,
    })
    .then(
      () => true,
      () => false,
    );
  check(
    safeRendered && safeLoads.length === 1 && !safeErrors.length,
    `a post with only the editor-safe link loads the autoloader once (${safeLoads.length}) and renders the news list`,
  );
  await safe.close();

  // ---- without scripts ----
  const plain = await browser.newPage();
  await plain.setJavaScriptEnabled(false);
  await plain.goto(post.url, { waitUntil: 'load', timeout: 30_000 });
  const fallbacks = await plain.evaluate(
    (tags) =>
      tags.map((t) => {
        const el = document.querySelector(t);
        const a = el?.querySelector(':scope > a[href]');
        return {
          tag: t,
          href: a?.getAttribute('href') ?? null,
          text: a?.textContent ?? '',
          visible: !!a && a.getClientRects().length > 0,
        };
      }),
    TAGS,
  );
  for (const f of fallbacks) console.log(`    ${f.tag}: ${f.href} “${f.text}”`);
  check(
    fallbacks.every((f) => f.href && f.visible),
    'with JavaScript off, every element shows its fallback link',
  );
  await plain.close();
} finally {
  await browser.close();
}

const log = readFileSync(debugLog, 'utf8');
const ours = log.split('\n').filter((l) => l.includes('provincial-widgets'));
check(
  ours.length === 0,
  `the WordPress debug log names nothing of the plugin${ours.length ? `: ${ours.join(' | ')}` : ''}`,
);

if (problems.length) {
  console.error(`\nwordpress-check: ${problems.length} problem(s).`);
  process.exit(1);
}
console.log('\nwordpress-check: all checks passed.');
