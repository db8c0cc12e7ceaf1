/**
 * dist/cdn/autoloader.js: one small script tag that defines only the `pw-*` elements a page uses.
 *
 * It finds undefined `pw-*` elements in the document, and those added later (a MutationObserver,
 * which also follows the open shadow roots of elements it sees), and imports each element's module
 * from the folder it was served from. The modules share one core chunk; the autoloader imports an
 * element's chunks together with its entry, so they arrive in parallel rather than one after another.
 *
 * It also upgrades the editor-safe form (a link with `#pw=news-list&page-size=6` or an element with
 * `data-pw="news-list"`, which rich-text editors keep) into the element; the code for that is
 * src/autoloader-upgrade.ts, fetched only by pages that have one.
 *
 * The same file runs as a module or as a classic script (a webmaster may leave out
 * `type="module"`, or a CMS may remove it): it has no exports and no `import.meta`, and `import()`
 * resolves relative paths against the script's own URL in both kinds. The build wraps it in a
 * function, so nothing leaks into the page's globals.
 *
 * A pre-rendered element (`provincial-widgets render`) has its shadow root before its module loads:
 * that module is imported after the next paint, so the content the page already holds paints first.
 *
 * Safe to load twice, and next to the single-file bundle: an element already defined is skipped,
 * and every definition is guarded.
 */

/** Tag → files (relative to this script): the element's entry module first, then the chunks it imports. */
declare const __PW_ELEMENTS__: Record<string, string[]>;
/** The upgrade module of the editor-safe form (relative to this script). */
declare const __PW_UPGRADE__: string;
const ELEMENTS = __PW_ELEMENTS__;

const started = new Set<string>();
const observer = new MutationObserver((records) => {
  for (const r of records) for (const node of r.addedNodes) if (node instanceof Element) discover(node);
});
const observed = new WeakSet<Node>();

/**
 * Defines the `pw-*` elements in `root` (an element, a document or a shadow root), after upgrading
 * the editor-safe forms in it, and watches it, with the open shadow roots inside it, for more.
 * Resolves when their modules have loaded.
 */
function discover(root: ParentNode): Promise<unknown> {
  const loads: Promise<unknown>[] = [];
  const visit = (el: Element) => {
    // The editor-safe form (the fragment's prefix is FRAGMENT in src/autoloader-upgrade.ts), except
    // inside a rich-text editor on the same page, where it is still being written.
    if (
      (el.hasAttribute('data-pw') || (el instanceof HTMLAnchorElement && el.hash.startsWith('#pw='))) &&
      !(el as HTMLElement).isContentEditable
    ) {
      loads.push(
        import(/* @vite-ignore */ __PW_UPGRADE__).then(
          ({ upgrade }: typeof import('./autoloader-upgrade.js')) => {
            const widget = upgrade(el, (tag) => Object.hasOwn(ELEMENTS, tag));
            return widget && discover(widget);
          },
          // The browser's message names the URL.
          (err: unknown) => console.warn(`provincial-widgets: ${err}`),
        ),
      );
      return;
    }
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
  // The chunks are imported with the entry, not after it: the browser fetches them all at once,
  // and the module map runs each once, in dependency order, whoever asked first.
  return Promise.all(files.map((f) => import(/* @vite-ignore */ f))).catch((err: unknown) => {
    started.delete(tag);
    console.warn(`provincial-widgets: could not load <${tag}> from ${files[0]}: ${err}`);
  });
}

watch(document);
void discover(document);
