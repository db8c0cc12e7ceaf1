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
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { build } from 'vite';
import { browserArgs, findBrowser } from '../scripts/find-browser.mjs';
import { cdnBuildConfig, root } from '../scripts/lib/cdn-build.mjs';
import { startStaticServer } from '../scripts/lib/static-server.mjs';

const out = mkdtempSync(join(tmpdir(), 'pw-render-check-'));
process.on('exit', () => rmSync(out, { recursive: true, force: true }));

// The shipped bundle's options; the minifier plugins read their switches at transform time.
for (const [name, off] of [
  ['plain', true],
  ['min', false],
]) {
  for (const v of ['PW_NO_HTML_MINIFY', 'PW_NO_CSS_MINIFY']) {
    if (off) process.env[v] = '1';
    else delete process.env[v];
  }
  await build(cdnBuildConfig({ outDir: `${out}/${name}`, fileName: 'pw.js' }));
}
const size = (n) => statSync(`${out}/${n}/pw.js`).size;
console.log(`bundle: ${size('plain')} B without the template minifiers, ${size('min')} B with them`);

const page = (bundle) =>
  readFileSync(`${root}demo/index.html`, 'utf8')
    .replace(
      /<script type="module" src="\.\/main\.ts"><\/script>/,
      `<script type="module" src="/${bundle}/pw.js"></script>`,
    )
    .replace('<pw-training-calendar id="calendar"', '<pw-training-calendar id="calendar" month="2017-11"');
// Both variants are served at the same URL (the share bar puts the page URL in its links).
let current = 'plain';
const server = await startStaticServer(
  `${root}demo`,
  { '/index.html': { body: () => page(current) } },
  {
    mounts: { '/plain/': `${out}/plain`, '/min/': `${out}/min` },
  },
);
const { origin } = server;

const browser = await puppeteer.launch({ executablePath: findBrowser(), args: browserArgs, headless: true });
let differences = 0;
try {
  for (const width of (process.env.RC_WIDTHS ?? '360,800,1280').split(',').map(Number)) {
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
          const { setLocale } = await import(
            '/' + document.querySelector('script[type=module]').src.split('/').slice(3).join('/')
          );
          if (setLocale) setLocale(l, { persist: false });
          await new Promise((r) => setTimeout(r, 300));
          await document.fonts.ready;
          // Lazy images load as the full-page screenshot scrolls: load them all first.
          const imgs = [];
          const collect = (root) =>
            root
              .querySelectorAll('*')
              .forEach((e) => (e.localName === 'img' && imgs.push(e), e.shadowRoot && collect(e.shadowRoot)));
          collect(document);
          for (const img of imgs) img.loading = 'eager';
          await Promise.all(imgs.map((img) => img.decode().catch(() => {})));
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        }, lang);
        const dom = await p.evaluate(() => {
          document
            .querySelectorAll('*')
            .forEach((e) => e.shadowRoot?.querySelectorAll('img').forEach((i) => i.removeAttribute('loading')));
          const walk = (n) =>
            n.nodeType === 3
              ? n.textContent.replace(/\s+/g, ' ')
              : n.nodeType === 1
                ? `<${n.localName}${[...n.attributes].map((a) => ` ${a.name}="${a.value}"`).join('')}>${[...(n.shadowRoot?.childNodes ?? []), ...n.childNodes].map(walk).join('')}`
                : '';
          return [...document.querySelectorAll('[id],pw-share-bar,pw-news-list,pw-language-switcher')]
            .filter((e) => e.localName.startsWith('pw-'))
            .map(walk)
            .join('\n')
            .replace(/ +/g, ' ');
        });
        shots[name] = { png: await p.screenshot({ fullPage: true }), dom };
        await ctx.close();
      }
      if (shots.plain.dom !== shots.min.dom) {
        writeFileSync(`/tmp/rc-${width}-${lang}-plain.txt`, shots.plain.dom.replace(/></g, '>\n<'));
        writeFileSync(`/tmp/rc-${width}-${lang}-min.txt`, shots.min.dom.replace(/></g, '>\n<'));
      }
      const samePng = Buffer.compare(shots.plain.png, shots.min.png) === 0;
      const sameDom = shots.plain.dom === shots.min.dom;
      console.log(
        `${width}px ${lang}: screenshot ${samePng ? 'identical' : 'DIFFERENT'}, widget DOM/text ${sameDom ? 'identical' : 'DIFFERENT'} (${shots.min.dom.length} chars)`,
      );
      if (!samePng) {
        writeFileSync(`/tmp/render-check-${width}-${lang}-plain.png`, shots.plain.png);
        writeFileSync(`/tmp/render-check-${width}-${lang}-min.png`, shots.min.png);
      }
      if (!samePng || !sameDom) differences++;
    }
  }
} finally {
  await browser.close();
  await server.close();
}
process.exit(differences ? 1 : 0);
