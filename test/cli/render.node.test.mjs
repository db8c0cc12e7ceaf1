/**
 * `provincial-widgets render` (issue 24): what it writes into a page and what it leaves alone.
 * The browser side (no flash, the same text with and without script) is test/prerender.test.ts.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Parser } from 'htmlparser2';
import { root, runCli, tempDir } from './helpers.mjs';

const FEED = 'https://www.longan.gov.vn/feeds/portal.{lang}.json';
const sample = (lang) => join(root, `demo/feeds/portal.${lang}.json`);

/** The shadow roots render wrote: `<template shadowrootmode…>…</template>` right after a pw-* start tag. */
const TEMPLATE = /(<pw-[a-z-]+[^>]*>)<template shadowroot="open" shadowrootmode="open">[\s\S]*?<\/template>/g;
const templates = (html) => [
  ...html.matchAll(/<template shadowroot="open" shadowrootmode="open">([\s\S]*?)<\/template>/g),
];

async function render(page, args = [], name = 'page.html') {
  const dir = tempDir();
  const input = join(dir, name);
  const output = join(dir, 'out.html');
  writeFileSync(input, page);
  const r = await runCli(['render', input, '-o', output, ...args]);
  let html;
  try {
    html = readFileSync(output, 'utf8');
  } catch {
    html = undefined;
  }
  return { ...r, html, dir };
}

const PAGE = `<!DOCTYPE html>
<html lang="vi">
<head><meta charset="utf-8"><title>Tập huấn &amp; tin tức</title>
<link rel="canonical" href="https://www.longan.gov.vn/tin/tap-huan">
<!-- a comment with <pw-news-list> inside stays a comment -->
<style>pw-news-list { min-height: 10em }</style>
</head>
<body>
<h1>Tin tức</h1>
<pw-news-list src="${FEED}" page-size="3" layout="grid"><a href="https://www.longan.gov.vn/tin-tuc">Xem tin tức</a></pw-news-list>
<p data-x='a "quoted" value'>Văn bản &nbsp; giữ nguyên <b>byte</b>   cho byte.</p>
<pw-article-card variant="full" item-id="tap-huan-quy-che-dan-chu-2017" src="${FEED}"></pw-article-card>
<pw-training-calendar src="${FEED}" month="2017-11" view="month" lunar></pw-training-calendar>
<pw-training-calendar src="${FEED}" month="2017-11" view="week"></pw-training-calendar>
<pw-training-calendar src="${FEED}" month="2017-11" view="list"></pw-training-calendar>
<pw-language-switcher></pw-language-switcher>
<pw-share-bar></pw-share-bar>
<script type="module" src="/assets/provincial-widgets/autoloader.js"></script>
</body>
</html>
`;

describe('provincial-widgets render', () => {
  it('renders all five elements in and keeps every other byte of the page', async () => {
    const { status, stderr, html } = await render(PAGE, ['--feed', `${FEED.replace('{lang}', 'vi')}=${sample('vi')}`]);
    assert.equal(status, 0, stderr);
    assert.match(stderr, /Rendered 7 element/);
    // Taking the shadow roots out gives the page back, byte for byte.
    assert.equal(html.replace(TEMPLATE, '$1'), PAGE);
    const shadows = templates(html).map((m) => m[1]);
    assert.equal(shadows.length, 7);
    const [list, card, month, week, agenda, switcher, share] = shadows;
    assert.match(list, /class="base layout-grid"/);
    assert.equal((list.match(/part="item"/g) ?? []).length, 3, 'page-size 3');
    assert.match(list, /<h2 part="title"/, 'one below the page’s h1');
    assert.match(list, /22\/11\/2017 - 11:16/, 'dates in Vietnam time');
    assert.match(card, /class="base variant-full"/);
    assert.match(card, /Tập huấn quy chế dân chủ khối cơ quan hành chính/);
    assert.match(month, /role="grid"/);
    assert.match(month, /data-day="2017-11-22"/);
    assert.match(month, /part="lunar"/, 'lunar dates');
    assert.match(month, /Tháng 11 2017|tháng 11 năm 2017|Tháng 11\/2017/i);
    assert.match(week, /view-week/);
    assert.match(agenda, /view-list/);
    assert.match(switcher, /Tiếng Việt/);
    assert.match(share, /facebook\.com\/sharer\/sharer\.php\?u=https%3A%2F%2Fwww\.longan\.gov\.vn%2Ftin%2Ftap-huan/);
    // Each feed element carries the feed it was rendered from, as data.
    const data = [...html.matchAll(/<script type="application\/json" data-pw-prerender>([^<]*)<\/script>/g)];
    assert.equal(data.length, 5);
    const first = JSON.parse(data[0][1]);
    assert.equal(first.src, FEED);
    assert.equal(first.lang, 'vi');
    assert.ok(Math.abs(first.t - Date.now()) < 60_000);
    assert.ok(Array.isArray(first.feed.items));
  });

  it('renders in English with --lang en, from the {lang}-expanded src', async () => {
    const page = `<pw-news-list src="${FEED}" page-size="2"></pw-news-list>`;
    const { status, stderr, html } = await render(page, [
      '--lang',
      'en',
      '--feed',
      `${FEED.replace('{lang}', 'en')}=${sample('en')}`,
    ]);
    assert.equal(status, 0, stderr);
    assert.match(html, /lang="en"/);
    assert.match(html, /Load more|More news|See more/);
  });

  it('is idempotent: rendering a rendered page replaces the shadow roots', async () => {
    const feed = ['--feed', `${FEED.replace('{lang}', 'vi')}=${sample('vi')}`];
    const once = await render(PAGE, feed);
    const twice = await render(once.html, feed);
    assert.equal(twice.status, 0, twice.stderr);
    const strip = (h) => h.replace(/"t":\d+/g, '"t":0');
    assert.equal(strip(twice.html), strip(once.html));
  });

  it('an unreadable feed leaves the element its fallback and exits 1 naming the feed', async () => {
    const page = `<pw-news-list src="https://feeds.invalid/missing.json"><a href="/tin">Tin tức</a></pw-news-list>
<pw-news-list src="https://feeds.invalid/bad.json"></pw-news-list>
<pw-share-bar></pw-share-bar>`;
    const dir = tempDir();
    writeFileSync(join(dir, 'bad.json'), '<html>Đăng nhập</html>');
    const { status, stderr, html } = await render(page, [
      '--feed',
      `https://feeds.invalid/missing.json=${join(dir, 'nope.json')}`,
      '--feed',
      `https://feeds.invalid/bad.json=${join(dir, 'bad.json')}`,
    ]);
    assert.equal(status, 1);
    assert.match(stderr, /feed https:\/\/feeds\.invalid\/missing\.json could not be read/);
    assert.match(stderr, /feed https:\/\/feeds\.invalid\/bad\.json could not be read.*HTML page/);
    assert.ok(
      html.startsWith(
        `<pw-news-list src="https://feeds.invalid/missing.json"><a href="/tin">Tin tức</a></pw-news-list>`,
      ),
    );
    assert.equal(templates(html).length, 1, 'only the share bar is rendered');
  });

  it('a relative src needs the page address (--base)', async () => {
    const page = `<pw-news-list src="/feeds/portal.vi.json"></pw-news-list>`;
    const feed = ['--feed', `/feeds/portal.vi.json=${sample('vi')}`];
    const without = await render(page, feed);
    assert.equal(without.status, 1);
    assert.match(without.stderr, /--base/);
    const withBase = await render(page, [...feed, '--base', 'https://www.longan.gov.vn/tin/']);
    assert.equal(withBase.status, 0, withBase.stderr);
    assert.equal(templates(withBase.html).length, 1);
  });

  it('feed content never becomes markup: the hostile corpus renders as text', async () => {
    const page = `<pw-news-list src="https://feeds.invalid/hostile.json" page-size="20"></pw-news-list>
<pw-training-calendar src="https://feeds.invalid/events.json" month="2017-11" view="month"></pw-training-calendar>
<pw-training-calendar src="https://feeds.invalid/events.json" month="2017-11" view="list"></pw-training-calendar>`;
    const { status, stderr, html } = await render(page, [
      '--feed',
      `https://feeds.invalid/hostile.json=${join(root, 'test/fixtures/hostile-news.json')}`,
      '--feed',
      `https://feeds.invalid/events.json=${join(root, 'test/fixtures/hostile-events.json')}`,
    ]);
    assert.equal(status, 0, stderr);
    // Parsed as a browser would: no executable element, no handler attribute, no script URL.
    const problems = [];
    const parser = new Parser({
      onopentag(name, attrs) {
        if (['iframe', 'object', 'embed', 'base', 'meta', 'link'].includes(name)) problems.push(`<${name}>`);
        if (name === 'script' && !(attrs.type === 'application/json' && 'data-pw-prerender' in attrs))
          problems.push('<script>');
        for (const [attr, value] of Object.entries(attrs)) {
          if (/^on/i.test(attr)) problems.push(`<${name} ${attr}>`);
          if (/^(href|src|action|formaction|srcset)$/.test(attr) && /^\s*(javascript|vbscript|data):/i.test(value))
            problems.push(`<${name} ${attr}="${value}">`);
        }
      },
    });
    parser.end(html);
    assert.deepEqual(problems, []);
    // The data script cannot be closed early by the feed's text.
    for (const [, json] of html.matchAll(/data-pw-prerender>([^<]*)<\/script>/g)) assert.ok(JSON.parse(json).feed);
  });

  it('bad usage exits 2', async () => {
    assert.equal((await runCli(['render'])).status, 2);
    assert.equal((await render('<p></p>', ['--feed', 'no-equals-sign'])).status, 2);
    assert.equal((await render('<p></p>', ['--lang', 'fr'])).status, 2);
  });
});
