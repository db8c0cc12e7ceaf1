/**
 * RSS/Atom documents as a plain element tree, built with htmlparser2 in XML
 * mode: streaming, tolerant of what CMSs emit (undeclared prefixes, unclosed
 * or mismatched tags, bare `&`), and linear in time and memory. Our own code
 * here is only the tree, namespaces, `xml:base` and entities:
 * - character references, XML and all HTML5 named entities (the `entities`
 *   library: a trie, so `&constructor;` stays as written);
 * - internal DTD entities (./dtd.ts), with a total expansion budget.
 * No function here recurses over the tree, so deep nesting cannot overflow the stack.
 */
import { decodeHTML } from 'entities';
import { Parser } from 'htmlparser2';
import { readDtd } from './dtd.js';

export interface XmlElement {
  /** Qualified name as written, e.g. `media:content`. */
  name: string;
  /** Local name, e.g. `content`. */
  local: string;
  /** Namespace URI (declared, or the well-known one for a common prefix), or ''. */
  ns: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  parent?: XmlElement;
  /** Absolute base URL in effect (`xml:base`, else the document's address), when known. */
  base?: string;
}

export type XmlNode = XmlElement | string;

export const NS = {
  atom: 'http://www.w3.org/2005/Atom',
  atom03: 'http://purl.org/atom/ns#',
  media: 'http://search.yahoo.com/mrss/',
  content: 'http://purl.org/rss/1.0/modules/content/',
  dc: 'http://purl.org/dc/elements/1.1/',
  dcterms: 'http://purl.org/dc/terms/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rss1: 'http://purl.org/rss/1.0/',
  rss090: 'http://my.netscape.com/rdf/simple/0.9/',
  xhtml: 'http://www.w3.org/1999/xhtml',
  itunes: 'http://www.itunes.com/dtds/podcast-1.0.dtd',
} as const;

/** Prefixes feeds often use without declaring them. */
const WELL_KNOWN: Record<string, string> = {
  atom: NS.atom,
  media: NS.media,
  content: NS.content,
  dc: NS.dc,
  dcterms: NS.dcterms,
  itunes: NS.itunes,
  rdf: NS.rdf,
  xml: 'http://www.w3.org/XML/1998/namespace',
};

/** Known namespaces by their lower-cased URI: feeds write iTunes' as `…/DTDs/Podcast-1.0.dtd` as often as not. */
const CANONICAL = new Map<string, string>(Object.values(NS).map((uri) => [uri.toLowerCase(), uri]));

/** Characters that internal DTD entities may add to one document, all references together. */
const EXPANSION_BUDGET = 8 * 1024 * 1024;

export interface ParsedXml {
  root?: XmlElement;
  /** Problems worth telling the user about (entities not expanded, …). */
  warnings: string[];
}

function absoluteBase(value: string, parent: string | undefined): string | undefined {
  try {
    return new URL(value, parent).href;
  } catch {
    return parent;
  }
}

/** Parses `text` into a tree; `base` is the document's own address, when known. */
export function parseXml(text: string, base?: string): ParsedXml {
  const dtd = readDtd(text);
  const warnings = [...dtd.warnings];
  let budget = EXPANSION_BUDGET;
  const decode = (s: string): string => {
    if (!s.includes('&')) return s;
    return s.replace(/&(?:#[xX][0-9a-fA-F]+|#\d+|[A-Za-z_][\w.-]*)(;?)(=?)/g, (ref, semi: string, eq: string) => {
      if (!semi) {
        // Without `;`, only a whole legacy name (`&copy`, `&amp`) is a reference, and not before `=`:
        // a URL's `&section=2` or `&copy=2` stays as written.
        if (eq) return ref;
        const out = decodeHTML(ref);
        return [...out].length === 1 ? out : ref;
      }
      const own = dtd.entities.get(ref.slice(1, -1 - eq.length));
      if (own === undefined) return decodeHTML(ref);
      if (own.length > budget) {
        if (budget >= 0)
          warnings.push(
            `DOCTYPE entities expand to more than ${EXPANSION_BUDGET} characters: the rest were left as written`,
          );
        budget = -1;
        return ref;
      }
      budget -= own.length;
      return own + eq;
    });
  };

  const doc: XmlElement = { name: '#document', local: '#document', ns: '', attrs: {}, children: [], base };
  let top = doc;
  /** Namespace bindings as a stack per prefix, so nested declarations cost O(1) each. */
  const bindings = new Map<string, string[]>();
  const declared: string[][] = [];
  let inCdata = false;
  const lookup = (prefix: string) => {
    const stack = bindings.get(prefix);
    if (stack?.length) return stack[stack.length - 1]!;
    return Object.hasOwn(WELL_KNOWN, prefix) ? WELL_KNOWN[prefix]! : '';
  };
  const pushText = (t: string) => {
    if (!t) return;
    const kids = top.children;
    if (typeof kids[kids.length - 1] === 'string') kids[kids.length - 1] += t;
    else kids.push(t);
  };

  const parser = new Parser(
    {
      onopentag(name, raw) {
        // Keyed by names from the document: no prototype, so `__proto__="…"` is an attribute like any other.
        const attrs: Record<string, string> = Object.create(null);
        const mine: string[] = [];
        for (const k of Object.keys(raw)) {
          let v = decode(raw[k]!);
          attrs[k] = v;
          if (k === 'xmlns' || k.startsWith('xmlns:')) {
            const prefix = k === 'xmlns' ? '' : k.slice(6);
            v = CANONICAL.get(v.trim().toLowerCase()) ?? v;
            let stack = bindings.get(prefix);
            if (!stack) bindings.set(prefix, (stack = []));
            stack.push(v);
            mine.push(prefix);
          }
        }
        declared.push(mine);
        const colon = name.indexOf(':');
        const el: XmlElement = {
          name,
          local: colon > 0 ? name.slice(colon + 1) : name,
          ns: lookup(colon > 0 ? name.slice(0, colon) : ''),
          attrs,
          children: [],
          parent: top,
          base: attrs['xml:base'] ? absoluteBase(attrs['xml:base'].trim(), top.base) : top.base,
        };
        top.children.push(el);
        top = el;
      },
      onclosetag() {
        for (const prefix of declared.pop() ?? []) bindings.get(prefix)?.pop();
        top = top.parent ?? doc;
      },
      ontext(data) {
        pushText(inCdata ? data : decode(data));
      },
      oncdatastart() {
        inCdata = true;
      },
      oncdataend() {
        inCdata = false;
      },
    },
    { xmlMode: true, decodeEntities: false },
  );
  parser.end(dtd.text);
  return { root: doc.children.find(isEl), warnings };
}

// ---------------------------------------------------------------- queries

const isEl = (n: XmlNode): n is XmlElement => typeof n !== 'string';

/** Child elements with local name `local`, in namespace `ns` (`undefined`: any; `''`: none or the parent's default). */
export function children(el: XmlElement | undefined, local: string, ns?: string): XmlElement[] {
  if (!el) return [];
  return el.children.filter((c): c is XmlElement => isEl(c) && c.local === local && (ns === undefined || c.ns === ns));
}

export const child = (el: XmlElement | undefined, local: string, ns?: string): XmlElement | undefined =>
  el?.children.find((c): c is XmlElement => isEl(c) && c.local === local && (ns === undefined || c.ns === ns));

/** The first child element named `local` in any of `namespaces`, in the order given. */
export function firstOf(el: XmlElement | undefined, local: string, namespaces: string[]): XmlElement | undefined {
  for (const ns of namespaces) {
    const c = child(el, local, ns);
    if (c) return c;
  }
  return undefined;
}

/** Depth-first walk without recursion: `visit` is called on entering each node, `leave` after an element's children. */
function walk(el: XmlElement, visit: (n: XmlNode) => void, leave?: (e: XmlElement) => void): void {
  const stack: Array<XmlNode | { leave: XmlElement }> = [...el.children].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    if (typeof n !== 'string' && 'leave' in n) {
      leave?.(n.leave);
      continue;
    }
    visit(n);
    if (isEl(n)) {
      stack.push({ leave: n });
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
    }
  }
}

/** All text inside `el`, CDATA included, tags dropped. */
export function textOf(el: XmlElement | undefined): string {
  if (!el) return '';
  if (el.children.length === 1 && typeof el.children[0] === 'string') return el.children[0];
  const parts: string[] = [];
  walk(el, (n) => {
    if (typeof n === 'string') parts.push(n);
  });
  return parts.join('');
}

const VOID = new Set(['area', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The markup inside `el` re-serialized as HTML (for Atom `type="xhtml"`
 * content, and RSS descriptions written as raw tags). Void elements such as
 * an unclosed `<br>` are written without an end tag, their swallowed content
 * after them.
 */
export function innerXml(el: XmlElement): string {
  const out: string[] = [];
  walk(
    el,
    (n) => {
      if (typeof n === 'string') {
        out.push(esc(n));
        return;
      }
      const attrs = Object.keys(n.attrs)
        .filter((k) => k !== 'xmlns' && !k.startsWith('xmlns:') && k !== 'xml:base')
        .map((k) => ` ${k}="${esc(n.attrs[k]!).replace(/"/g, '&quot;')}"`)
        .join('');
      out.push(`<${n.local}${attrs}>`);
    },
    (e) => {
      if (!VOID.has(e.local.toLowerCase())) out.push(`</${e.local}>`);
    },
  );
  return out.join('');
}

/** Every descendant element with local name `local` (and namespace `ns`, when given). */
export function descendants(el: XmlElement, local: string, ns?: string): XmlElement[] {
  const out: XmlElement[] = [];
  walk(el, (n) => {
    if (isEl(n) && n.local === local && (ns === undefined || n.ns === ns)) out.push(n);
  });
  return out;
}
