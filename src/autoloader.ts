/**
 * dist/cdn/autoloader.js: one small script tag that defines only the `pw-*` elements a page uses.
 *
 * It finds undefined `pw-*` elements in the document, and those added later (a MutationObserver,
 * which also follows the open shadow roots of elements it sees), and imports each element's module
 * from the folder it was served from. The modules share one core chunk; the autoloader adds
 * `<link rel="modulepreload">` for an element's chunks before importing it, so they arrive in
 * parallel rather than one after another.
 *
 * A pre-rendered element (`provincial-widgets render`) has its shadow root before its module loads:
 * that module is imported after the next paint, so the content the page already holds paints first.
 *
 * Safe to load twice, and next to the single-file bundle: an element already defined is skipped,
 * and every definition is guarded.
 */

/** Tag → files (relative to this script): the element's entry module first, then the chunks it imports. */
declare const __PW_ELEMENTS__: Record<string, string[]>;
const ELEMENTS = __PW_ELEMENTS__;

const started = new Set<string>();
const observer = new MutationObserver((records) => {
  for (const r of records) for (const node of r.addedNodes) if (node instanceof Element) discover(node);
});
const observed = new WeakSet<Node>();

/**
 * Defines the `pw-*` elements in `root` (an element, a document or a shadow root) and watches it,
 * with the open shadow roots inside it, for more. Resolves when their modules have loaded.
 * The autoloader calls it for the document itself; call it for a closed shadow root you own.
 */
export function discover(root: ParentNode): Promise<unknown> {
  const loads: Promise<unknown>[] = [];
  const visit = (el: Element) => {
    const tag = el.localName;
    // A pre-rendered element (`provincial-widgets render`) shows its content already: its code loads
    // after the page's next paint, so compiling it never holds back the first content. Our own shadow
    // roots hold no pw-* elements: a pre-rendered one is not walked or watched.
    if (tag.startsWith('pw-')) loads.push(el.shadowRoot ? afterPaint().then(() => load(tag)) : load(tag));
    else if (el.shadowRoot) watch(el.shadowRoot);
  };
  if (root instanceof Element) visit(root);
  for (const el of root.querySelectorAll('*')) visit(el);
  return Promise.all(loads);
}

/** Resolves once the next frame has been painted (its animation frame callbacks, then a task). */
const afterPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

function watch(root: Node) {
  if (observed.has(root)) return;
  observed.add(root);
  observer.observe(root, { childList: true, subtree: true });
  if (root instanceof ShadowRoot) void discover(root);
}

function load(tag: string): Promise<unknown> {
  const files = Object.hasOwn(ELEMENTS, tag) ? ELEMENTS[tag] : undefined;
  if (!files) return Promise.resolve(); // not ours (or a typo): nothing to wait for
  if (customElements.get(tag) || started.has(tag)) return customElements.whenDefined(tag);
  started.add(tag);
  const [entry, ...chunks] = files.map((f) => new URL(f, import.meta.url).href);
  for (const href of chunks) {
    if (document.querySelector(`link[rel=modulepreload][href="${href}"]`)) continue;
    document.head.append(Object.assign(document.createElement('link'), { rel: 'modulepreload', href }));
  }
  return import(/* @vite-ignore */ entry!).catch((err: unknown) => {
    started.delete(tag);
    console.warn(`provincial-widgets: could not load <${tag}> from ${entry}: ${err}`);
  });
}

watch(document);
void discover(document);
