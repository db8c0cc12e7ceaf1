#!/usr/bin/env node
/**
 * Widget boxes on the demo page (scripts/serve-demo.mjs on a free port), after load, at several
 * viewport widths: the figures behind the :not(:defined) recipes in demo/demo.css
 * (docs/performance.md, "Layout shift").
 *
 *   node bench/demo-sizes.mjs [1280,800,360]      # loaded boxes ("pre" = at DOMContentLoaded)
 *   BLOCK=1 node bench/demo-sizes.mjs             # the scripts blocked: the reserved boxes before upgrade
 *   CARDS=1 … (news card rows), SHOT=1 … (/tmp/demo-<width>.png of the layout)
 */
import { spawn } from 'node:child_process';
import puppeteer from 'puppeteer-core';
import { browserArgs, findBrowser } from '../scripts/find-browser.mjs';
const port = 5400 + Math.floor(Math.random() * 400);
const child = spawn(
  process.execPath,
  [new URL('../scripts/serve-demo.mjs', import.meta.url).pathname, '--port', String(port)],
  { stdio: ['ignore', 'pipe', 'inherit'] },
);
await new Promise((r) => child.stdout.on('data', (d) => String(d).includes(String(port)) && r()));
const browser = await puppeteer.launch({ executablePath: findBrowser(), args: browserArgs, headless: true });
try {
  for (const width of (process.argv[2] ?? '1280,800,360').split(',').map(Number)) {
    const page = await browser.newPage();
    await page.setViewport({ width, height: 900 });
    await page.evaluateOnNewDocument(() => {
      window.__pre = null;
      document.addEventListener('DOMContentLoaded', () => {
        window.__pre = Object.fromEntries(
          ['pw-news-list', 'pw-share-bar', 'pw-language-switcher', 'pw-article-card', 'pw-training-calendar'].map(
            (t) => {
              const r = document.querySelector(t).getBoundingClientRect();
              return [t, `${r.width.toFixed(1)}x${r.height.toFixed(1)}`];
            },
          ),
        );
      });
    });
    if (process.env.BLOCK) {
      await page.setRequestInterception(true);
      page.on('request', (req) => (/main\.ts|\/src\//.test(req.url()) ? req.abort() : req.continue()));
    }
    await page.goto(`http://localhost:${port}/index.html`, { waitUntil: 'networkidle0', timeout: 60000 });
    await new Promise((r) => setTimeout(r, 1500));
    const r = await page.evaluate(() => ({
      pre: window.__pre,
      post: Object.fromEntries(
        [
          'pw-news-list',
          'pw-share-bar',
          'pw-language-switcher',
          'pw-article-card',
          'pw-training-calendar',
          '.sidebar',
        ].map((t) => {
          const r = document.querySelector(t).getBoundingClientRect();
          return [t, `${r.width.toFixed(1)}x${r.height.toFixed(1)}@${r.x.toFixed(0)},${r.y.toFixed(0)}`];
        }),
      ),
    }));
    console.log(width, JSON.stringify(r));
    if (process.env.CARDS)
      console.log(
        await page.evaluate(() =>
          [...document.querySelector('pw-news-list').shadowRoot.querySelectorAll('li.item')]
            .map((li) =>
              [
                li.getBoundingClientRect().height,
                ...[...li.querySelectorAll('.media,.title,.date,.text')].map(
                  (e) => e.className.split(' ')[0] + ':' + e.getBoundingClientRect().height.toFixed(1),
                ),
              ].join(' '),
            )
            .join('\n'),
        ),
      );
    if (process.env.SHOT) await (await page.$('.layout')).screenshot({ path: `/tmp/demo-${width}.png` });
    await page.close();
  }
} finally {
  await browser.close();
  child.kill('SIGTERM');
}
