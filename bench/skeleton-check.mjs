#!/usr/bin/env node
/**
 * Skeleton vs loaded height of <pw-news-list> (the feed answers after 1.5 s) at two widths and
 * three configurations, with the per-card heights: they must be equal (no layout shift).
 *
 *   node bench/skeleton-check.mjs [feed path, default test/fixtures/news-list.vi.json]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { build } from 'vite';
import { browserArgs, findBrowser } from '../scripts/find-browser.mjs';
import { cdnBuildConfig, root } from '../scripts/lib/cdn-build.mjs';
import { startStaticServer } from '../scripts/lib/static-server.mjs';

const out = mkdtempSync(join(tmpdir(), 'pw-skeleton-check-'));
process.on('exit', () => rmSync(out, { recursive: true, force: true }));
await build(cdnBuildConfig({ outDir: out, fileName: 'pw.js' }));
const page =
  '<body style="margin:0;font-family:sans-serif"><script type="module">import * as PW from "/pw/pw.js"; window.PW = PW; window.ready = true;</script><div id=stage></div>';
const server = await startStaticServer(
  root,
  { '/': { body: page } },
  {
    mounts: { '/pw/': out },
    // /feed/<repo path>: the file, 1.5 s late, so the skeleton shows first.
    route: async (path) => {
      if (!path.startsWith('/feed/')) return undefined;
      await new Promise((r) => setTimeout(r, 1500));
      return path.slice('/feed'.length);
    },
  },
);
const { origin } = server;
const browser = await puppeteer.launch({ executablePath: findBrowser(), args: browserArgs, headless: true });
const feedPath = process.argv[2] ?? 'test/fixtures/news-list.vi.json';
for (const width of [300, 700])
  for (const attrs of ['page-size="5"', 'page-size="5" hide-summary hide-tags', 'page-size="3" layout="grid"']) {
    const page = await browser.newPage();
    await page.goto(origin + '/');
    await page.waitForFunction(() => window.ready);
    const r = await page.evaluate(
      async (url, width, attrs) => {
        const stage = document.getElementById('stage');
        stage.style.width = width + 'px';
        stage.innerHTML = `<pw-news-list src="${url}" ${attrs}></pw-news-list>`;
        const el = stage.firstElementChild;
        await new Promise((r) => setTimeout(r, 300));
        const sk = el.getBoundingClientRect().height;
        await new Promise((res) => {
          const t = () => (el.shadowRoot.querySelector('[part~=item]') ? res() : setTimeout(t, 20));
          t();
        });
        await new Promise((r) => setTimeout(r, 300));
        const cards = [...el.shadowRoot.querySelectorAll('li.item')].map((li) =>
          Math.round(li.getBoundingClientRect().height),
        );
        return { sk, loaded: el.getBoundingClientRect().height, cards };
      },
      `${origin}/feed/${feedPath}`,
      width,
      attrs,
    );
    console.log(width, attrs.padEnd(40), 'skeleton', r.sk.toFixed(1), 'loaded', r.loaded.toFixed(1), r.cards.join(','));
    await page.close();
  }
await browser.close();
await server.close();
