/**
 * DOM helpers shared by the browser tests, so that each file does not keep its own copy.
 */

/** The shadow root of a rendered element. */
export const sr = (el: Element): ShadowRoot => el.shadowRoot!;

/** An element's text with whitespace runs collapsed and trimmed ('' for none). */
export const text = (e: Element | null | undefined): string => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Absolute URL of a file in test/fixtures/. */
export const fixtureUrl = (name: string): string => new URL(`/test/fixtures/${name}`, location.href).href;

/** Every element under `root`, through every shadow root (the root's own too when it is a host). */
export function deepElements(root: ParentNode): Element[] {
  const out: Element[] = root instanceof Element && root.shadowRoot ? deepElements(root.shadowRoot) : [];
  for (const el of root.querySelectorAll('*')) {
    out.push(el);
    if (el.shadowRoot) out.push(...deepElements(el.shadowRoot));
  }
  return out;
}

/** Only the elements inside the shadow roots under `root`: what the widgets rendered, not the page's markup. */
export function shadowElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) out.push(...el.shadowRoot.querySelectorAll('*'), ...shadowElements(el.shadowRoot));
  }
  return out;
}

const addedToHead: Element[] = [];

/** Adds the elements of `markup` to <head> for one test; removeHead() takes them out again. */
export function addHead(markup: string): void {
  const t = document.createElement('template');
  t.innerHTML = markup;
  for (const node of [...t.content.children]) {
    document.head.appendChild(node);
    addedToHead.push(node);
  }
}

/** Removes the last `count` elements addHead() added (all of them by default; for afterEach). */
export function removeHead(count = addedToHead.length): void {
  for (let i = 0; i < count && addedToHead.length; i++) addedToHead.pop()!.remove();
}

/** Resolves once the page has been idle: checks the widgets defer (src/base/deprecation.ts whenIdle) have run. */
export const idle = (): Promise<void> =>
  new Promise((r) =>
    typeof requestIdleCallback === 'function' ? requestIdleCallback(() => r(), { timeout: 2500 }) : setTimeout(r, 300),
  );
