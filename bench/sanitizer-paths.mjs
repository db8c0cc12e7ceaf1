#!/usr/bin/env node
/**
 * The figures behind the sanitizer decision (docs/security.md, issue 11):
 * for each way the browser could parse `content_html` before our allowlist,
 * what it keeps of real and hostile bodies, how fast it is, and whether it
 * survives the event-handler attributes that crash Chromium's configured
 * `setHTML`. Run: `node bench/sanitizer-paths.mjs [--runs N]`.
 */
import puppeteer from 'puppeteer-core';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { browserArgs, browserHelp, findBrowser } from '../scripts/find-browser.mjs';
import { startStaticServer } from '../scripts/lib/static-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 7;
const executablePath = findBrowser();
if (!executablePath) {
  console.error(browserHelp);
  process.exit(1);
}
const seed = JSON.parse(readFileSync(`${root}test/fixtures/news-seed.vi.json`, 'utf8')).items[0].content_html;
const { html: hostile, setHTMLCrashAttributes: crashers } = JSON.parse(
  readFileSync(`${root}test/fixtures/hostile/payloads.json`, 'utf8'),
);
const legacy =
  '<p><font color="red">Thông báo khẩn</font> <center>Ủy ban</center> <x-tag>nội dung</x-tag> <big>lớn</big></p>';

const server = await startStaticServer(
  root,
  { '/bench.html': { body: '<!doctype html><meta charset="utf-8"><body>' } },
  { allowNodeModules: true },
);
const browser = await puppeteer.launch({ executablePath, headless: true, args: browserArgs });
const page = await browser.newPage();
await page.goto(`${server.origin}/bench.html`);

const result = await page.evaluate(
  async ({ seed, hostile, legacy, runs }) => {
    const { default: DOMPurify } = await import('/node_modules/dompurify/dist/purify.es.mjs');
    const paths = {
      'setHTML (no config)': (html) => {
        const host = document.implementation.createHTMLDocument('').createElement('div');
        host.setHTML(html);
        return host;
      },
      DOMPurify: (html) => DOMPurify.sanitize(html, { RETURN_DOM_FRAGMENT: true, KEEP_CONTENT: true }),
    };
    const big = seed.repeat(Math.ceil(1_000_000 / seed.length));
    const words = (node) => node.textContent.replace(/\s+/g, ' ').trim().length;
    const median = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
    const time = (fn, input) => {
      const xs = [];
      for (let i = 0; i < runs; i++) {
        const t = performance.now();
        fn(input);
        xs.push(performance.now() - t);
      }
      return +median(xs).toFixed(2);
    };
    const out = {};
    for (const [name, fn] of Object.entries(paths)) {
      const s = fn(seed);
      const l = fn(legacy);
      out[name] = {
        'seed body, ms': time(fn, seed),
        '1 MB body, ms': time(fn, big),
        'seed images kept (of 2)': s.querySelectorAll('img').length,
        'seed captions kept (of 2)': s.querySelectorAll('figcaption').length,
        'legacy-markup text kept': `${words(l)} of ${words(new DOMParser().parseFromString(legacy, 'text/html').body)} chars`,
        'hostile vectors with an on* attribute left': hostile.filter(
          (h) =>
            fn(h).querySelector('*') &&
            [...fn(h).querySelectorAll('*')].some((e) => [...e.attributes].some((a) => a.name.startsWith('on'))),
        ).length,
      };
    }
    return out;
  },
  { seed, hostile, legacy, runs },
);
console.log(
  `Sanitizer parse paths in Chromium ${(await browser.version()).split('/')[1]}, median of ${runs} runs (before the project's allowlist):`,
);
console.table(result);

// The configured form: does the browser survive each attribute? It takes the
// whole browser down, so each attribute gets a browser of its own.
await browser.close();
const survived = [];
for (const attr of crashers) {
  const b = await puppeteer.launch({ executablePath, headless: true, args: browserArgs });
  const tab = await b.newPage();
  await tab.goto(`${server.origin}/bench.html`);
  const crashed = await tab
    .evaluate((a) => {
      const host = document.implementation.createHTMLDocument('').createElement('div');
      host.setHTML(`<p ${a}="x">Thông báo</p>`, { sanitizer: { removeAttributes: ['style'] } });
      return host.textContent !== 'Thông báo';
    }, attr)
    .catch(() => true);
  survived.push(`${attr}: ${crashed ? 'CRASHED' : 'ok'}`);
  await b.close().catch(() => {});
}
console.log(`setHTML with a sanitizer configuration: ${survived.join(', ')}`);
await server.close();
