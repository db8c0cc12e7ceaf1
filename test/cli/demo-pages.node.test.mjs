/**
 * The demo pages as a visitor sees them, in headless Chromium against the
 * real `npm start` server: no error, no request leaves localhost, the article
 * page rebuilds the seed article and switches to English, the builder makes a
 * snippet, and the CMS page works with the classic CDN bundle alone.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { browserArgs, browserHelp, findBrowser } from '../../scripts/find-browser.mjs';
import { startDemoServer } from '../../scripts/serve-demo.mjs';
import { rmSync } from 'node:fs';
import { tempDir } from './helpers.mjs';

/** Vite's dependency cache for one server, removed when the tests end. */
const caches = [];
const tempCache = () => {
  caches.push(tempDir());
  return caches.at(-1);
};
process.on('exit', () => caches.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('demo pages in a browser', () => {
  let server;
  let base;
  let browser;
  before(async () => {
    const executablePath = findBrowser();
    assert.ok(executablePath, browserHelp);
    server = await startDemoServer({ port: 0, logLevel: 'silent', live: false, cacheDir: tempCache() });
    base = server.resolvedUrls.local[0];
    browser = await puppeteer.launch({ executablePath, headless: true, args: browserArgs });
    // Warm up: Vite optimizes dependencies on the first visit and may reload
    // the page once when it finds a new one; let that happen before the tests.
    const warm = await browser.createBrowserContext();
    for (const path of ['/', '/builder.html']) {
      const page = await warm.newPage();
      await page.goto(new URL(path, base).href, { waitUntil: 'networkidle0', timeout: 60_000 });
      await new Promise((r) => setTimeout(r, 500));
      await page.close();
    }
    await warm.close();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens a page and records every error, failed request and off-site request. */
  async function open(path, viewport = { width: 1280, height: 900 }) {
    // A fresh context per page: no saved language or cached feed carries over.
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.setViewport(viewport);
    const problems = [];
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error' && !/favicon/.test(m.location()?.url ?? '')) problems.push(`console: ${m.text()}`);
    });
    page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
    page.on('request', (r) => {
      if (!r.url().startsWith(base) && !r.url().startsWith('data:')) problems.push(`off-site: ${r.url()}`);
    });
    await page.goto(new URL(path, base).href, { waitUntil: 'networkidle0', timeout: 60_000 });
    return { page, problems };
  }

  const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

  /**
   * axe-core violations of the page's own markup and of the widgets in it. The
   * calendar's day cells are left to the calendar's own tests
   * (label-content-name-mismatch there is reported to its owner).
   */
  async function axeViolations(page) {
    await page.evaluate(axeSource);
    return page.evaluate(async () => {
      const result = await globalThis.axe.run({ exclude: [['pw-training-calendar']] });
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
  }

  const shadowText = (page, selector, inner) =>
    page
      .waitForFunction(
        (s, i) => document.querySelector(s)?.shadowRoot?.querySelector(i)?.textContent?.trim(),
        { timeout: 20_000 },
        selector,
        inner,
      )
      .then((h) => h.jsonValue());

  it('the article page shows the seed article, the news, the calendar and the share bar, then switches to English', async () => {
    const { page, problems } = await open('/');
    assert.equal(
      await shadowText(page, 'pw-article-card', 'h1'),
      'Tập huấn quy chế dân chủ khối cơ quan hành chính Nhà nước và đơn vị sự nghiệp công lập năm 2017',
    );
    const captions = await page.evaluate(() =>
      [...document.querySelector('pw-article-card').shadowRoot.querySelectorAll('figcaption')].map((c) =>
        c.textContent.trim(),
      ),
    );
    assert.equal(captions.length, 2);
    assert.equal(captions[1], 'Cán bộ dự lớp tập huấn');
    assert.ok(await shadowText(page, 'pw-news-list', 'h3'));
    await page.waitForFunction(
      () => document.querySelector('pw-share-bar').shadowRoot?.textContent.includes('Chia sẻ bài viết'),
      { timeout: 20_000 },
    );
    // The calendar holds upcoming sessions, whatever the date.
    await page.waitForFunction(
      () => document.querySelector('pw-training-calendar').shadowRoot.textContent.includes('Lớp bồi dưỡng'),
      { timeout: 20_000 },
    );

    await page.evaluate(() => {
      const options = [...document.querySelector('pw-language-switcher').shadowRoot.querySelectorAll('a, button')];
      options.find((o) => o.textContent.trim() === 'English').click();
    });
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    assert.equal(
      await page
        .waitForFunction(
          () => {
            const h = document.querySelector('pw-article-card').shadowRoot.querySelector('h1')?.textContent.trim();
            return h?.startsWith('Training') && h;
          },
          { timeout: 20_000 },
        )
        .then((h) => h.jsonValue()),
      'Training on the grassroots democracy regulations for state administrative agencies and public service units in 2017',
    );
    assert.equal(await page.$eval('.mainnav a[aria-current]', (a) => a.textContent), 'News');
    assert.deepEqual(await axeViolations(page), []);
    assert.match(
      await page.title(),
      /^Training on the grassroots democracy regulations .* - Long An Provincial Web Portal$/,
    );
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('the article page fits a phone: nothing of the page itself scrolls sideways', async () => {
    const { page, problems } = await open('/?item=thanh-long-chau-thanh-vao-mua', { width: 390, height: 844 });
    assert.equal(
      await shadowText(page, 'pw-article-card', 'h1'),
      'Nông dân Châu Thành thu hoạch thanh long trái vụ, giá ổn định',
    );
    const overflowing = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      return [
        ...document.querySelectorAll(
          'header, main, aside, footer, .breadcrumb, pw-article-card, pw-news-list, pw-share-bar',
        ),
      ]
        .filter((el) => el.getBoundingClientRect().right > width + 1)
        .map((el) => el.tagName);
    });
    assert.deepEqual(overflowing, []);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('the embed builder previews the chosen element and builds its snippet', async () => {
    const { page, problems } = await open('/builder.html?element=pw-training-calendar');
    await page.waitForFunction(() => document.querySelector('#preview pw-training-calendar'));
    await page.select('#f-view', 'list');
    await page.waitForFunction(
      () => document.querySelector('#preview pw-training-calendar')?.getAttribute('view') === 'list',
    );
    let snippet = await page.$eval('#snippet', (c) => c.textContent);
    // Self-hosted by default: the package is not on a public CDN.
    assert.match(snippet, /^<script type="module" src="\/assets\/provincial-widgets\/autoloader\.js"><\/script>/);
    // The feed field is required and empty: the demo feed is only its placeholder and the preview's
    // stand-in, and never reaches the snippet (issue 26 §5).
    const feedField = await page.$eval('#f-src', (i) => ({ value: i.value, required: i.required, ph: i.placeholder }));
    assert.deepEqual(feedField, { value: '', required: true, ph: '/feeds/portal.{lang}.json' });
    assert.equal(
      await page.$eval('#preview pw-training-calendar', (c) => c.getAttribute('src')),
      '/feeds/portal.{lang}.json',
    );
    assert.match(snippet, /<pw-training-calendar view="list"><\/pw-training-calendar>$/);
    assert.ok(!snippet.includes(base) && !snippet.includes('portal'), snippet);
    await page.click('#copy');
    await page.waitForFunction(() => document.querySelector('#copy-status').textContent !== '');
    assert.equal(
      await page.$eval('#copy-status', (s) => s.textContent),
      'Hãy nhập địa chỉ bản tin của bạn trước khi sao chép mã.',
    );
    assert.equal(await page.evaluate(() => document.activeElement.id), 'f-src');
    // Switching the page's language keeps what was typed, and an empty feed field stays empty.
    const switchTo = (code) =>
      page.evaluate(
        (c) => document.querySelector('pw-language-switcher').shadowRoot.querySelector(`[lang="${c}"]`).click(),
        code,
      );
    await switchTo('en');
    await page.waitForFunction(() => document.querySelector('label[for="f-src"]').textContent === 'Your feed URL');
    assert.equal(await page.$eval('#f-src', (i) => i.value), '');
    await switchTo('vi');
    await page.waitForFunction(() => document.querySelector('label[for="f-src"]').textContent !== 'Your feed URL');
    // The calendar's lunar, page-size and heading-level are in the form, into the preview and the snippet.
    await page.type('#f-src', 'feeds/portal.{lang}.json');
    await page.click('#f-lunar'); // the feed field's change: the preview takes the address now, not per keystroke
    await page.$eval('#f-page-size', (i) => (i.value = ''));
    await page.type('#f-page-size', '5');
    await page.type('#f-heading-level', '3');
    await page.waitForFunction(() => document.querySelector('#preview pw-training-calendar')?.hasAttribute('lunar'));
    assert.deepEqual(
      await page.$eval('#preview pw-training-calendar', (c) =>
        ['src', 'lunar', 'page-size', 'heading-level'].map((a) => c.getAttribute(a)),
      ),
      ['feeds/portal.{lang}.json', '', '5', '3'],
    );
    snippet = await page.$eval('#snippet', (c) => c.textContent);
    // As typed: a relative URL is relative to the webmaster's page, not made absolute on the demo server.
    assert.match(
      snippet,
      /<pw-training-calendar\n {2}src="feeds\/portal\.\{lang\}\.json"\n {2}view="list"\n {2}page-size="5"\n {2}heading-level="3"\n {2}lunar><\/pw-training-calendar>$/,
    );
    assert.deepEqual(await axeViolations(page), []);
    await page.select('#script-kind', 'classic');
    assert.match(
      await page.$eval('#snippet', (c) => c.textContent),
      /^<script src="\/assets\/provincial-widgets\/provincial-widgets\.iife\.js" defer><\/script>/,
    );
    // The folder where the webmaster copied dist/cdn/ goes into the snippet, and is remembered.
    await page.$eval('#bundle-url', (i) => (i.value = ''));
    await page.type('#bundle-url', 'https://agency.example/js/pw');
    assert.match(
      await page.$eval('#snippet', (c) => c.textContent),
      /^<script src="https:\/\/agency\.example\/js\/pw\/provincial-widgets\.iife\.js" defer>/,
    );
    await page.reload({ waitUntil: 'networkidle0' });
    assert.equal(await page.$eval('#bundle-url', (i) => i.value), 'https://agency.example/js/pw');
    assert.match(
      await page.$eval('#snippet', (c) => c.textContent),
      /^<script type="module" src="https:\/\/agency\.example\/js\/pw\/autoloader\.js">/,
    );
    // "Copy snippet" puts exactly the snippet on the clipboard and says so (once the feed is given).
    await page.type('#f-src', 'feeds/portal.{lang}.json');
    await page.keyboard.press('Tab');
    await page
      .browserContext()
      .overridePermissions(base.replace(/\/$/, ''), ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
    await page.click('#copy');
    await page.waitForFunction(() => document.querySelector('#copy-status').textContent !== '');
    assert.equal(
      await page.$eval('#copy-status', (s) => s.textContent),
      'Đã sao chép mã nhúng. Dán vào trang của bạn.',
    );
    assert.equal(
      await page.evaluate(() => navigator.clipboard.readText()),
      await page.$eval('#snippet', (c) => c.textContent),
    );
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('the CMS page works with the classic CDN bundle alone', async () => {
    const { page, problems } = await open('/cms.html');
    assert.ok(await shadowText(page, 'pw-news-list', 'h3'));
    const scripts = await page.$$eval('script', (s) => s.map((x) => `${x.type || 'classic'} ${x.getAttribute('src')}`));
    assert.deepEqual(scripts, ['classic /dist/cdn/provincial-widgets.iife.js']);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, []);
    await page.close();
  });
});
