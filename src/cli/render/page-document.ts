/**
 * The stand-in for `document`, `window` and `location` while `render` runs the widgets in Node: the
 * page's base URL, language, title and head elements, and `querySelector(All)` over those elements,
 * which is all the widgets read from the page when they render (share defaults, alternate links).
 */
import type { PageInfo, PageNode } from './page.js';

/** What the widgets call on an element of the page. */
export interface FakeElement {
  localName: string;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  readonly content?: string;
}

const ATTR = /\[\s*([\w-]+)\s*(?:([~]?=)\s*(?:"([^"]*)"|'([^']*)'|([^\s\]]+))\s*(i)?)?\s*\]/gy;

/** Whether `node` matches one compound selector (`tag[attr][attr~="v" i][attr="v"]`): the forms the widgets use. */
function matchesOne(node: PageNode, selector: string): boolean {
  const tag = /^[a-z][a-z0-9-]*/i.exec(selector)?.[0] ?? '';
  if (tag && tag.toLowerCase() !== node.tag) return false;
  ATTR.lastIndex = tag.length;
  let m: RegExpExecArray | null;
  let end = tag.length;
  while ((m = ATTR.exec(selector))) {
    end = ATTR.lastIndex;
    const [, name, op, ...rest] = m;
    const actual = node.attrs[name!.toLowerCase()];
    if (actual === undefined) return false;
    if (!op) continue;
    const fold = rest[3] === 'i' ? (s: string) => s.toLowerCase() : (s: string) => s;
    const want = fold(rest[0] ?? rest[1] ?? rest[2] ?? '');
    if (op === '=' ? fold(actual) !== want : !fold(actual).split(/\s+/).includes(want)) return false;
  }
  if (end !== selector.length) throw new Error(`render: unsupported selector ${selector}`);
  return true;
}

const matches = (node: PageNode, selectors: string) => selectors.split(',').some((s) => matchesOne(node, s.trim()));

const fake = (node: PageNode): FakeElement => ({
  localName: node.tag,
  getAttribute: (name) => node.attrs[name] ?? null,
  hasAttribute: (name) => name in node.attrs,
  get content() {
    return node.attrs.content;
  },
});

/** `querySelectorAll` over `nodes`. */
export const selectorOver =
  (nodes: PageNode[]) =>
  (selectors: string): FakeElement[] =>
    nodes.filter((n) => matches(n, selectors)).map(fake);

/**
 * Installs the page's `document`, `window` and `location` on `globalThis` (the render command's own
 * process, which renders one page). `base` is the page's address, its `<base href>` applied.
 */
export function installPageDocument(info: PageInfo, base: string): void {
  const all = selectorOver(info.head);
  const document = {
    baseURI: base,
    title: info.title,
    documentElement: { lang: info.lang },
    querySelectorAll: all,
    querySelector: (s: string) => all(s)[0] ?? null,
    defaultView: undefined,
  };
  const events = new EventTarget();
  const g = globalThis as Record<string, unknown>;
  g.document = document;
  g.location = { href: base };
  // No Web Share, clipboard or print on the server: what a reader without script can use is rendered.
  g.navigator ??= {};
  // @lit/localize announces locale changes on `window`.
  g.window = {
    addEventListener: events.addEventListener.bind(events),
    removeEventListener: events.removeEventListener.bind(events),
    dispatchEvent: events.dispatchEvent.bind(events),
  };
}
