/**
 * Pre-rendered pages for the browser tests: `prerender()` runs the real `provincial-widgets render`
 * (test/server/render-server.mjs), `openPage()` loads its output in an iframe, with the widgets'
 * script or without any script, and records what every frame showed (`FrameLog`).
 */
import { uniqueId, until } from './feeds.js';

/** What the page's first script records before any widget code runs, read back from the frame. */
export interface FrameLog {
  /** Animation frames seen, once the page was parsed, while a `pw-*` element was in it. */
  frames: number;
  /** Frames in which a widget showed its loading skeleton (`.skeleton` outside the article body's). */
  skeletonFrames: number;
  /** Frames in which a widget's shadow root was missing or empty. */
  emptyFrames: number;
  /** Every distinct height of each widget (by index) over all frames. */
  heights: number[][];
  /** Layout-shift score (Chromium; null where the browser has no layout-shift entries). */
  cls: number | null;
  /** Feed requests the page made (Resource Timing names containing `/__feed/`). */
  feedRequests: string[];
}

/** Runs before anything else in the page: counts frames, skeletons, heights and layout shifts. */
const RECORDER = `
window.__pw = { frames: 0, skeletonFrames: 0, emptyFrames: 0, heights: [], cls: null };
if (PerformanceObserver.supportedEntryTypes && PerformanceObserver.supportedEntryTypes.includes('layout-shift')) {
  __pw.cls = 0;
  new PerformanceObserver(function (l) { l.getEntries().forEach(function (e) { __pw.cls += e.value; }); })
    .observe({ type: 'layout-shift', buffered: true });
}
(function tick() {
  var hosts = Array.prototype.filter.call(document.querySelectorAll('*'), function (e) { return e.localName.indexOf('pw-') === 0; });
  // From the end of parsing on: before that a shadow root may hold only the part parsed so far.
  if (hosts.length && document.readyState !== 'loading') {
    __pw.frames++;
    var skeleton = false, empty = false;
    hosts.forEach(function (h, i) {
      var r = h.shadowRoot;
      if (!r || !r.childElementCount) empty = true;
      else if (Array.prototype.some.call(r.querySelectorAll('.skeleton'), function (s) { return !s.closest('.body-skeleton'); })) skeleton = true;
      var list = __pw.heights[i] || (__pw.heights[i] = []);
      var height = Math.round(h.getBoundingClientRect().height);
      if (list.indexOf(height) < 0) list.push(height);
    });
    if (skeleton) __pw.skeletonFrames++;
    if (empty) __pw.emptyFrames++;
  }
  requestAnimationFrame(tick);
})();`;

/**
 * A whole page around `body`: the recorder first (unless `recorder` is false: it is an inline script),
 * the widgets' module (from src/) last unless `script` is false.
 */
export const pageWith = (body: string, { script = true, lang = 'vi', recorder = true } = {}): string =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Trang thử</title>${recorder ? `<script>${RECORDER}</script>` : ''}</head>
<body>${body}${script ? '\n<script type="module" src="/src/index.ts"></script>' : ''}</body></html>`;

export interface Rendered {
  status: number;
  stderr: string;
  /** The written page, served by the test server. */
  url: string;
}

/** Runs `provincial-widgets render` on `page`, with `feeds` (src → feed) given as files. */
export async function prerender(
  page: string,
  options: { lang?: string; base?: string; feeds?: Record<string, unknown> } = {},
): Promise<Rendered> {
  const id = uniqueId('page');
  const res = await fetch(`/__render/${id}`, { method: 'POST', body: JSON.stringify({ page, ...options }) });
  return { ...((await res.json()) as { status: number; stderr: string }), url: `/__render/${id}` };
}

/** Serves `html` as a page as it is (a pre-rendered page a test edited). */
export async function servePage(html: string): Promise<string> {
  const id = uniqueId('page');
  await fetch(`/__render/${id}`, { method: 'POST', body: JSON.stringify({ raw: html }) });
  return `/__render/${id}`;
}

const frames: HTMLIFrameElement[] = [];

/**
 * Loads `url` in an iframe, 800 px wide; without `scripts`, sandboxed so that no script runs at all
 * (as for a reader with JavaScript off). Resolves when it has loaded.
 */
export async function openPage(url: string, { scripts = true, width = 800 } = {}): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  if (!scripts) frame.setAttribute('sandbox', 'allow-same-origin');
  // In the viewport: WebKit runs no animation frames in an iframe scrolled out of view.
  frame.style.cssText = `position:fixed;top:0;left:0;width:${width}px;height:900px;border:0`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return frame;
}

/** Removes the frames opened by the test. */
export function closePages(): void {
  for (const f of frames.splice(0)) f.remove();
}

/** The frame's `pw-*` elements, in document order. */
export const widgetsIn = (frame: HTMLIFrameElement): HTMLElement[] =>
  [...frame.contentDocument!.querySelectorAll<HTMLElement>('*')].filter((e) => e.localName.startsWith('pw-'));

/** Resolves when every widget in the frame is defined and has rendered. */
export async function adopted(frame: HTMLIFrameElement): Promise<HTMLElement[]> {
  const win = frame.contentWindow as Window & typeof globalThis;
  const widgets = widgetsIn(frame);
  await until(() => widgets.every((w) => win.customElements.get(w.localName)), 10000, 'widgets defined');
  await Promise.all(widgets.map((w) => (w as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
  return widgets;
}

/** What the recorder saw, plus the feed requests the frame made. */
export function frameLog(frame: HTMLIFrameElement): FrameLog {
  const win = frame.contentWindow as Window & { __pw: Omit<FrameLog, 'feedRequests'> };
  const feedRequests = win.performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((n) => n.includes('/__feed/'));
  return { ...win.__pw, feedRequests };
}

/**
 * The text a reader sees in `root`, through shadow roots and slots: text nodes outside
 * `<style>`, `<script>` and `<template>`, whitespace collapsed. The same walk serves a page whose
 * widgets never ran (declarative shadow roots) and one where they did.
 */
export function readerText(root: Node): string {
  const out: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) return out.push(node.textContent ?? '');
    if (node.nodeType !== Node.ELEMENT_NODE) {
      node.childNodes.forEach(walk);
      return;
    }
    const el = node as Element;
    if (['style', 'script', 'template'].includes(el.localName)) return;
    if (el.localName === 'slot') {
      const assigned = (el as HTMLSlotElement).assignedNodes();
      (assigned.length ? assigned : [...el.childNodes]).forEach(walk);
      return;
    }
    if (el.shadowRoot) return walk(el.shadowRoot);
    el.childNodes.forEach(walk);
  };
  walk(root);
  return out.join(' ').replace(/\s+/g, ' ').trim();
}
