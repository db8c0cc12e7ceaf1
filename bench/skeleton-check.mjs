#!/usr/bin/env node
/**
 * Skeleton vs loaded height of <pw-news-list> (the feed answers after 1.5 s) at two widths and
 * three configurations, with the per-card heights: they must be equal (no layout shift).
 *
 *   node bench/skeleton-check.mjs [feed path, default test/fixtures/news-list.vi.json]
 */
import { build } from 'vite';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { browserArgs, findBrowser } from '../scripts/find-browser.mjs';
const root = new URL('..', import.meta.url).pathname;
await build({ configFile: `${root}vite.config.ts`, root, mode: 'production', logLevel: 'warn', publicDir: false,
  resolve: { conditions: ['module', 'browser', 'production'] }, define: { 'process.env.NODE_ENV': '"production"' },
  build: { outDir: '/tmp/prof-pw2', emptyOutDir: true, target: 'es2022', minify: false, reportCompressedSize: false,
    lib: { entry: `${root}src/index.ts`, formats: ['es'], fileName: () => 'pw.js' } } });
const server = createServer(async (req, res) => {
  const u = new URL(req.url, 'http://x');
  if (u.pathname === '/pw.js') return res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync('/tmp/prof-pw2/pw.js'));
  if (u.pathname.startsWith('/feed/')) { await new Promise((r) => setTimeout(r, 1500)); return res.writeHead(200, { 'content-type': 'application/json' }).end(readFileSync(root + u.pathname.replace('/feed/', ''))); }
  if (u.pathname.startsWith('/demo/') || u.pathname.startsWith('/test/')) { try { return res.writeHead(200).end(readFileSync(root + u.pathname)); } catch { return res.writeHead(404).end(); } }
  res.writeHead(200, { 'content-type': 'text/html' }).end('<body style="margin:0;font-family:sans-serif"><script type="module">import * as PW from "/pw.js"; window.PW = PW; window.ready = true;</script><div id=stage></div>');
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({ executablePath: findBrowser(), args: browserArgs, headless: true });
const feedPath = process.argv[2] ?? 'test/fixtures/news-list.vi.json';
for (const width of [300, 700]) for (const attrs of ['page-size="5"', 'page-size="5" hide-summary hide-tags', 'page-size="3" layout="grid"']) {
  const page = await browser.newPage();
  await page.goto(origin + '/');
  await page.waitForFunction(() => window.ready);
  const r = await page.evaluate(async (url, width, attrs) => {
    const stage = document.getElementById('stage'); stage.style.width = width + 'px';
    stage.innerHTML = `<pw-news-list src="${url}" ${attrs}></pw-news-list>`;
    const el = stage.firstElementChild;
    await new Promise((r) => setTimeout(r, 300));
    const sk = el.getBoundingClientRect().height;
    await new Promise((res) => { const t = () => el.shadowRoot.querySelector('[part~=item]') ? res() : setTimeout(t, 20); t(); });
    await new Promise((r) => setTimeout(r, 300));
    const cards = [...el.shadowRoot.querySelectorAll('li.item')].map((li) => Math.round(li.getBoundingClientRect().height));
    return { sk, loaded: el.getBoundingClientRect().height, cards };
  }, `${origin}/feed/${feedPath}`, width, attrs);
  console.log(width, attrs.padEnd(40), 'skeleton', r.sk.toFixed(1), 'loaded', r.loaded.toFixed(1), r.cards.join(','));
  await page.close();
}
await browser.close(); server.close();
