/**
 * The only way feed HTML (`content_html`) reaches the page.
 *
 * 1. Parse and sanitize in an inert document (no script runs, no image loads)
 *    with DOMPurify. Callers import this module on demand, so bundlers split it
 *    and DOMPurify into one lazy chunk that pages without a full article never
 *    download. The browser's own
 *    `Element.setHTML` is deliberately not used: configured, it crashes
 *    Chromium 156 on attributes such as `onfinish`; unconfigured, it drops
 *    every image and the text of unknown elements (docs/security.md has the
 *    figures, `bench/sanitizer-paths.mjs` reproduces them).
 * 2. Enforce one allowlist on the result: unknown elements are unwrapped
 *    (their text stays), dangerous ones are removed with their content, every
 *    attribute not listed is dropped (inline styles, ids, names and classes
 *    included, so nothing can clobber globals or borrow the widget's styles).
 * 3. Resolve relative `href`/`src` against the feed URL and apply the URL
 *    policy (`safeUrl`, passed in): links http(s) and mailto only, images http(s) only.
 *    Images get `loading="lazy"` and `decoding="async"`; links to other hosts
 *    get `rel="noopener noreferrer"` and a target.
 *
 * The result is a `DocumentFragment` adopted into `document`; no string is
 * ever assigned to `innerHTML`, so it also works on pages that enforce
 * Trusted Types. DOMPurify creates its own policy named `dompurify`, which a
 * page that restricts policy names (`trusted-types …`) must list. If the body
 * cannot be sanitized at all, the article shows `content_text` (or a short
 * note) instead.
 */
import DOMPurify from 'dompurify';
import type { safeUrl } from './url.js';

export interface SanitizeOptions {
  /** Base for relative URLs: the feed's URL. */
  baseUrl: string;
  /**
   * The URL policy, `safeUrl` of `./url.js`. Passed in rather than imported: callers load this module
   * lazily, and a lazy chunk that shared a module with the page's bundle would make that bundle import
   * a chunk of its own (it would no longer be one file).
   */
  safeUrl: typeof safeUrl;
  /** `target` for links to other hosts. Default `_blank`. */
  externalTarget?: string;
  /**
   * The highest heading level the content may use (the article title's level
   * + 1). Headings are shifted down so the body never outranks the title.
   */
  minHeadingLevel?: number;
}

/** Removed together with everything inside them. */
const DROP = [
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'param',
  'form',
  'input',
  'button',
  'select',
  'option',
  'optgroup',
  'textarea',
  'datalist',
  'output',
  'fieldset',
  'label',
  'base',
  'meta',
  'link',
  'title',
  'head',
  'template',
  'slot',
  'noscript',
  'noembed',
  'noframes',
  'xmp',
  'plaintext',
  'audio',
  'video',
  'source',
  'track',
  'canvas',
  'map',
  'area',
  'portal',
  'dialog',
  'marquee',
  'svg',
  'math',
] as const;

/** Kept. Anything else is replaced by its children. */
const ALLOWED_TAGS = [
  'p',
  'br',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'div',
  'span',
  'section',
  'article',
  'aside',
  'a',
  'strong',
  'b',
  'em',
  'i',
  'u',
  's',
  'del',
  'ins',
  'small',
  'sub',
  'sup',
  'mark',
  'abbr',
  'cite',
  'q',
  'dfn',
  'blockquote',
  'code',
  'pre',
  'kbd',
  'samp',
  'var',
  'time',
  'wbr',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'figure',
  'figcaption',
  'img',
  'table',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'colgroup',
  'col',
] as const;

/** Attributes kept on any allowed element. */
const GLOBAL_ATTRS = ['title', 'lang', 'dir'];
/** Attributes kept on specific elements (values are checked below). */
const TAG_ATTRS: Record<string, readonly string[]> = {
  a: ['href'],
  img: ['src', 'alt', 'width', 'height'],
  ol: ['start', 'reversed', 'type'],
  li: ['value'],
  td: ['colspan', 'rowspan'],
  th: ['colspan', 'rowspan', 'scope', 'abbr'],
  col: ['span'],
  colgroup: ['span'],
  time: ['datetime'],
  abbr: ['title'],
};
const ALL_ATTRS = [...new Set([...GLOBAL_ATTRS, ...Object.values(TAG_ATTRS).flat()])];

const dropSet: ReadonlySet<string> = new Set(DROP);
const allowedSet: ReadonlySet<string> = new Set(ALLOWED_TAGS);
const HTML_NS = 'http://www.w3.org/1999/xhtml';
const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** Parses and cleans `html`; resolves to a fragment owned by `document`, ready to insert. */
export async function sanitizeHtml(html: string, options: SanitizeOptions): Promise<DocumentFragment> {
  const root = DOMPurify.sanitize(html, {
    ALLOWED_TAGS: [...ALLOWED_TAGS],
    ALLOWED_ATTR: ALL_ATTRS,
    FORBID_CONTENTS: [...DROP],
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    KEEP_CONTENT: true,
    RETURN_DOM_FRAGMENT: true,
  });
  enforce(root, options);
  return document.adoptNode(root);
}

/** The allowlist and URL policy, applied in place. */
function enforce(root: ParentNode, options: SanitizeOptions): void {
  const base = options.baseUrl;
  const baseHost = hostname(base);
  const shift = headingShift(root, options.minHeadingLevel);
  // Snapshot first: the loop removes and re-parents nodes.
  const nodes = [...iterate(root)];
  for (const node of nodes) {
    if (node.nodeType === Node.COMMENT_NODE || node.nodeType === Node.PROCESSING_INSTRUCTION_NODE) {
      node.parentNode?.removeChild(node);
      continue;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) continue;
    const el = node as Element;
    if (!root.contains(el)) continue; // inside something already removed
    const tag = el.localName;
    if (el.namespaceURI !== HTML_NS || dropSet.has(tag)) {
      el.remove();
      continue;
    }
    if (!allowedSet.has(tag)) {
      unwrap(el);
      continue;
    }
    const keep = new Set([...GLOBAL_ATTRS, ...(TAG_ATTRS[tag] ?? [])]);
    for (const attr of [...el.attributes]) {
      if (!keep.has(attr.name) || attr.namespaceURI) el.removeAttributeNode(attr);
    }
    if (tag === 'a') {
      const href = options.safeUrl(el.getAttribute('href'), base, 'link');
      if (!href || !LINK_PROTOCOLS.has(new URL(href).protocol)) {
        unwrap(el);
        continue;
      }
      el.setAttribute('href', href);
      if (href.startsWith('http') && hostname(href) !== baseHost) {
        el.setAttribute('target', options.externalTarget || '_blank');
        el.setAttribute('rel', 'noopener noreferrer');
      }
    } else if (tag === 'img') {
      const src = options.safeUrl(el.getAttribute('src'), base, 'image');
      if (!src) {
        el.remove();
        continue;
      }
      el.setAttribute('src', src);
      if (!el.hasAttribute('alt')) el.setAttribute('alt', '');
      for (const dim of ['width', 'height']) {
        const v = el.getAttribute(dim);
        if (v !== null && !/^\d{1,5}$/.test(v.trim())) el.removeAttribute(dim);
      }
      el.setAttribute('loading', 'lazy');
      el.setAttribute('decoding', 'async');
    } else if (shift && /^h[1-6]$/.test(tag)) {
      const level = Math.min(6, Number(tag[1]) + shift);
      const h = el.ownerDocument.createElement(`h${level}`);
      for (const attr of [...el.attributes]) h.setAttribute(attr.name, attr.value);
      moveChildren(el, h, null);
      el.replaceWith(h);
    }
    for (const name of ['colspan', 'rowspan', 'span', 'start', 'value']) {
      const v = el.getAttribute(name);
      if (v !== null && !/^-?\d{1,4}$/.test(v.trim())) el.removeAttribute(name);
    }
  }
}

/**
 * Moves `from`'s children into `to` before `ref` one at a time: spreading
 * 150,000 children into one call (`append(...nodes)`) overflows the stack.
 */
function moveChildren(from: Node, to: Node, ref: Node | null): void {
  for (let child = from.firstChild; child; child = from.firstChild) to.insertBefore(child, ref);
}

/** Replaces `el` by its children. */
function unwrap(el: Element): void {
  if (el.parentNode) moveChildren(el, el.parentNode, el);
  el.remove();
}

function* iterate(root: ParentNode): Generator<Node> {
  const doc = (root as Node).ownerDocument ?? document;
  const walker = doc.createTreeWalker(
    root as Node,
    NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_COMMENT | NodeFilter.SHOW_PROCESSING_INSTRUCTION,
  );
  for (let n = walker.nextNode(); n; n = walker.nextNode()) yield n;
}

/** How many levels to push body headings down so the topmost is at least `min`. */
function headingShift(root: ParentNode, min?: number): number {
  if (!min) return 0;
  let top = 7;
  for (const h of root.querySelectorAll('h1, h2, h3, h4, h5, h6')) top = Math.min(top, Number(h.localName[1]));
  return top < min ? min - top : 0;
}

function hostname(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
