#!/usr/bin/env node
/**
 * Checks that the build-time template minifiers (vite.config.ts) do not change rendering:
 * builds the CDN ES bundle twice, with and without the html`` and css`` minifiers
 * (PW_NO_HTML_MINIFY=1 PW_NO_CSS_MINIFY=1), loads the demo page's markup (demo/index.html with the bundle
 * instead of demo/main.ts, the sample feed frozen, calendar month fixed) in headless
 * Chromium at 3 widths and in both languages, and compares full-page screenshots and
 * every widget's rendered text and shadow-DOM element structure.
 *
 *   node bench/render-check.mjs      # exit 1 on any difference (PNGs/DOM dumps of a difference go to /tmp)
 */
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { createReadStream, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { browserArgs, findBrowser } from '../scripts/find-browser.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'pw-render-check-'));
process.on('exit', () => rmSync(out, { recursive: true, force: true }));

const builder = `
import { build } from 'vite';
const [outDir] = process.argv.slice(2);
await build({ configFile: ${JSON.stringify(`${root}vite.config.ts`)}, root: ${JSON.stringify(root)}, mode: 'production', logLevel: 'warn', publicDir: false,
  resolve: { conditions: ['module', 'browser', 'production'] }, define: { 'process.env.NODE_ENV': '"production"' },
  build: { outDir, emptyOutDir: true, target: 'es2022', minify: true, reportCompressedSize: false,
    lib: { entry: ${JSON.stringify(`${root}src/index.ts`)}, formats: ['es'], fileName: () => 'pw.js' },
    rolldownOptions: { output: { minify: true, chunkFileNames: 'chunks/[name]-[hash].js' } } } });`;
writeFileSync(`${root}.render-check-build.mjs`, builder);
try {
  for (const [name, env] of [
    ['plain', { PW_NO_HTML_MINIFY: '1', PW_NO_CSS_MINIFY: '1' }],
    ['min', {}],
  ]) {
    const r = spawnSync(process.execPath, [`${root}.render-check-build.mjs`, `${out}/${name}`], {
      stdio: 'inherit',
      env: { ...process.env, ...env },
    });
    if (r.status !== 0) process.exit(1);
  }
} finally {
  rmSync(`${root}.render-check-build.mjs`, { force: true });
}
const size = (n) => statSync(`${out}/${n}/pw.js`).size;
console.log(`bundle: ${size('plain')} B without the template minifiers, ${size('min')} B with them`);

const page = (bundle) =>
  readFileSync(`${root}demo/index.html`, 'utf8')
    .replace(/<script type="module" src="\.\/main\.ts"><\/script>/, `<script type="module" src="/${bundle}/pw.js"></script>`)
    .replace('<pw-training-calendar id="calendar"', '<pw-training-calendar id="calendar" month="2017-11"');
const types = { '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.svg': 'image/svg+xml', '.jpg': 'image/jpeg', '.png': 'image/png', '.webp': 'image/webp' };
// Both variants are served at the same URL (the share bar puts the page URL in its links).
let current = 'plain';
const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://x').pathname;
  if (url === '/index.html') return res.writeHead(200, { 'content-type': 'text/html' }).end(page(current));
  const file = /^\/(plain|min)\//.test(url) ? join(out, normalize(url)) : join(root, 'demo', normalize(url));
  try {
    if (!statSync(file).isFile()) throw new Error();
  } catch {
    return res.writeHead(404).end();
  }
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({ executablePath: findBrowser(), args: browserArgs, headless: true });
let differences = 0;
try {
  for (const width of (process.env.RC_WIDTHS ?? "360,800,1280").split(",").map(Number)) {
    for (const lang of ['vi', 'en']) {
      const shots = {};
      for (const name of ['plain', 'min']) {
        const ctx = await browser.createBrowserContext();
        const p = await ctx.newPage();
        await p.setViewport({ width, height: 900 });
        await p.evaluateOnNewDocument((l) => localStorage.setItem('pw-locale', l), lang);
        current = name;
        await p.goto(`${origin}/index.html`, { waitUntil: 'networkidle0' });
        await p.evaluate(async (l) => {
          const { setLocale } = await import('/' + document.querySelector('script[type=module]').src.split('/').slice(3).join('/'));
          if (setLocale) setLocale(l, { persist: false });
          await new Promise((r) => setTimeout(r, 300));
          await document.fonts.ready;
          // Lazy images load as the full-page screenshot scrolls: load them all first.
          const imgs = [];
          const collect = (root) => root.querySelectorAll('*').forEach((e) => (e.localName === 'img' && imgs.push(e), e.shadowRoot && collect(e.shadowRoot)));
          collect(document);
          for (const img of imgs) img.loading = 'eager';
          await Promise.all(imgs.map((img) => img.decode().catch(() => {})));
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        }, lang);
        const dom = await p.evaluate(() => {
          document.querySelectorAll('*').forEach((e) => e.shadowRoot?.querySelectorAll('img').forEach((i) => i.removeAttribute('loading')));
          const walk = (n) =>
            n.nodeType === 3
              ? n.textContent.replace(/\s+/g, ' ')
              : n.nodeType === 1
                ? `<${n.localName}${[...n.attributes].map((a) => ` ${a.name}="${a.value}"`).join('')}>${[...(n.shadowRoot?.childNodes ?? []), ...n.childNodes].map(walk).join('')}`
                : '';
          return [...document.querySelectorAll('[id],pw-share-bar,pw-news-list,pw-language-switcher')].filter((e) => e.localName.startsWith('pw-')).map(walk).join('\n').replace(/ +/g, ' ');
        });
        shots[name] = { png: await p.screenshot({ fullPage: true }), dom };
        await ctx.close();
      }
      if (shots.plain.dom !== shots.min.dom) writeFileSync(`/tmp/rc-${width}-${lang}-plain.txt`, shots.plain.dom.replace(/></g, ">\n<")), writeFileSync(`/tmp/rc-${width}-${lang}-min.txt`, shots.min.dom.replace(/></g, ">\n<"));
      const samePng = Buffer.compare(shots.plain.png, shots.min.png) === 0;
      const sameDom = shots.plain.dom === shots.min.dom;
      console.log(`${width}px ${lang}: screenshot ${samePng ? 'identical' : 'DIFFERENT'}, widget DOM/text ${sameDom ? 'identical' : 'DIFFERENT'} (${shots.min.dom.length} chars)`);
      if (!samePng) writeFileSync(`/tmp/render-check-${width}-${lang}-plain.png`, shots.plain.png), writeFileSync(`/tmp/render-check-${width}-${lang}-min.png`, shots.min.png);
      if (!samePng || !sameDom) differences++;
    }
  }
} finally {
  await browser.close();
  server.close();
}
process.exit(differences ? 1 : 0);
