/**
 * `render`'s engine: runs the widgets themselves in Node with Lit's server renderer (@lit-labs/ssr)
 * and writes each `pw-*` element's shadow root into the page as Declarative Shadow DOM, with the feed
 * it was rendered from, so the browser shows it before any script and the script adopts it.
 * Everything outside the elements' start and end tags is copied byte for byte.
 */
import { createHash } from 'node:crypto';
import { LitElementRenderer, render as ssrRender } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { primeFeed } from '../../feed/loader.js';
import { setLocale } from '../../locale/store.js';
import type { Locale } from '../../locale/locales.js';
import { PRERENDER_DATA, type PrerenderData } from '../../shared/prerender.js';
import { installPageDocument, selectorOver } from './page-document.js';
import { scanPage, type PageElement } from './page.js';

/** A feed the page needs: the element's `src` with `{lang}` expanded, and the absolute URL it names. */
export interface FeedNeed {
  src: string;
  url: string;
}

export interface RenderPageOptions {
  lang: Locale;
  /** The page's address (relative `src`, links); `<base href>` in the page applies on top. */
  base?: string;
  /** The feed for a need (its published JSON, and when it was fetched); throws when it cannot be read. */
  feedFor: (need: FeedNeed) => Promise<{ json: unknown; fetchedAt: number }>;
}

export interface RenderPageResult {
  html: string;
  /** Feeds that could not be read: `src` → why. Their elements keep their fallback content. */
  failed: Map<string, string>;
  /** How many elements were rendered. */
  rendered: number;
  /** CSP hash sources of the shadow roots' `<style>` elements (`'sha256-…'`), for a strict `style-src`. */
  styleHashes: string[];
}

const FEED_TAGS = new Set(['pw-news-list', 'pw-article-card', 'pw-training-calendar']);
const TAGS = new Set([...FEED_TAGS, 'pw-language-switcher', 'pw-share-bar']);
const SAFE_NAME = /^[a-z][a-z0-9_.:-]*$/;

const escapeAttr = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** JSON safe inside `<script type="application/json">`: no `<` at all, so never `</script` or `<!--`. */
export const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/** The element's shadow root as server-rendered markup (`<template shadowrootmode="open">…</template>`). */
async function shadowOf(el: PageElement): Promise<string> {
  const attrs = el.attrs
    .filter(([name]) => SAFE_NAME.test(name))
    .map(([name, value]) => `${name}="${escapeAttr(value)}"`)
    .join(' ');
  const tag = unsafeStatic(el.tag);
  const out = await collectResult(
    // What the client reads from the page DOM, given as properties: the heading level that fits the
    // page (FeedElement's cached `pageLevel`) and the light DOM's `<a hreflang>` (the switcher's alternates).
    ssrRender(
      staticHtml`<${tag} ${unsafeStatic(attrs)} .pageLevel=${el.contextLevel} .querySelectorAll=${selectorOver(el.links)}></${tag}>`,
    ),
  );
  const start = out.indexOf('<template shadowroot');
  const end = out.lastIndexOf('</template>');
  if (start < 0 || end < start) throw new Error(`render: <${el.tag}> produced no shadow root`);
  return out.slice(start, end);
}

/**
 * The `'sha256-…'` sources a strict `style-src` needs for the shadow roots' `<style>` elements: one
 * per element type and version of the widgets, the same on every page.
 */
function styleHashesOf(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, css] of html.matchAll(/<template shadowroot="open" shadowrootmode="open"><style>([\s\S]*?)<\/style>/g))
    hashes.add(`'sha256-${createHash('sha256').update(css!).digest('base64')}'`);
  return [...hashes];
}

/** The absolute feed URL the element itself computes (`{lang}`, a calendar's `{from}`/`{to}`, the base). */
function feedUrlOf(el: PageElement): string | undefined {
  const probe = new LitElementRenderer(el.tag);
  for (const [name, value] of el.attrs) if (SAFE_NAME.test(name)) probe.setAttribute(name, value);
  return (probe.element as unknown as { feed?: { url?: string } } | undefined)?.feed?.url;
}

/** Renders every `pw-*` element of `page`. The widgets' modules load on the first call. */
export async function renderPage(page: string, options: RenderPageOptions): Promise<RenderPageResult> {
  const { elements, info } = scanPage(page);
  const baseTag = info.head.find((n) => n.tag === 'base' && n.attrs.href !== undefined)?.attrs.href;
  let base = options.base ?? 'about:blank';
  try {
    if (baseTag) base = new URL(baseTag, base).href;
  } catch {
    /* an unusable <base href>: the page's own address stays */
  }
  installPageDocument(info, base);
  const { lunarChunk } = await import('./elements.js');
  // The calendar's `lunar` dates are a lazy module in the browser: loaded before rendering here.
  await lunarChunk.load();
  setLocale(options.lang, { persist: false });
  // @lit/localize switches its strings a few promise turns later.
  await new Promise((resolve) => setTimeout(resolve, 0));

  const failed = new Map<string, string>();
  const parts: string[] = [];
  let at = 0;
  let rendered = 0;
  for (const el of elements) {
    if (!TAGS.has(el.tag)) continue;
    const attr = (name: string) => el.attrs.find(([n]) => n === name)?.[1];
    let data: PrerenderData | undefined;
    if (FEED_TAGS.has(el.tag)) {
      const src = attr('src')?.replaceAll('{lang}', options.lang);
      if (!src) continue;
      const url = feedUrlOf(el);
      if (!url) {
        failed.set(src, 'not an http(s) URL (relative? give the page address with --base)');
        continue;
      }
      try {
        const { json, fetchedAt } = await options.feedFor({ src, url });
        primeFeed(url, json, fetchedAt);
        data = { src: attr('src')!, lang: options.lang, t: fetchedAt, feed: json };
      } catch (e) {
        failed.set(src, e instanceof Error ? e.message : String(e));
        continue;
      }
    }
    const shadow = await shadowOf(el);
    const script = data ? `<script type="application/json" ${PRERENDER_DATA}>${scriptJson(data)}</script>` : '';
    const [keepFrom, keepTo] = el.previous ?? [el.contentStart, el.contentStart];
    parts.push(page.slice(at, el.contentStart), shadow, script, '</template>', page.slice(keepTo, el.contentEnd));
    // A shadow root from an earlier run is replaced, the light DOM around it kept.
    if (el.previous) parts.splice(parts.length - 1, 0, page.slice(el.contentStart, keepFrom));
    at = el.contentEnd;
    rendered++;
  }
  parts.push(page.slice(at));
  const html = parts.join('');
  return { html, failed, rendered, styleHashes: styleHashesOf(html) };
}
