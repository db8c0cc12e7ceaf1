/**
 * A small, tolerant XML parser for RSS and Atom feeds, as real CMSs emit them:
 * undeclared namespace prefixes, HTML entities such as `&nbsp;`, unescaped
 * `&`, unclosed or mismatched tags, stray text after the root. It builds a
 * plain tree and never throws on bad markup; only input with no element at
 * all is rejected (by the caller).
 *
 * Not a general XML processor: no DTDs, no external entities (never fetched,
 * never expanded), no validation.
 */

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
}

export type XmlNode = XmlElement | string;

export const NS = {
  atom: 'http://www.w3.org/2005/Atom',
  media: 'http://search.yahoo.com/mrss/',
  content: 'http://purl.org/rss/1.0/modules/content/',
  dc: 'http://purl.org/dc/elements/1.1/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rss1: 'http://purl.org/rss/1.0/',
} as const;

/** Prefixes feeds often use without declaring them. */
const WELL_KNOWN: Record<string, string> = {
  atom: NS.atom,
  media: NS.media,
  content: NS.content,
  dc: NS.dc,
  rdf: NS.rdf,
  xml: 'http://www.w3.org/XML/1998/namespace',
};

const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '–', mdash: '—', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', copy: '©', reg: '®', middot: '·', bull: '•',
};

/** Decodes character and entity references; unknown or malformed ones stay as written. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);/gi, (m, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : m;
    }
    // Own keys only: `&constructor;` is an unknown entity, not Object's source.
    const lower = ref.toLowerCase();
    return Object.hasOwn(ENTITIES, ref) ? ENTITIES[ref] : Object.hasOwn(ENTITIES, lower) ? ENTITIES[lower] : m;
  });
}

const NAME = /[A-Za-z_:][-\w.:\u00b7\u00c0-\uffff]*/y;

/** Parses `text` into a document tree; returns the root element, or undefined when there is none. */
export function parseXml(text: string): XmlElement | undefined {
  const doc: XmlElement = { name: '#document', local: '#document', ns: '', attrs: {}, children: [] };
  const stack: XmlElement[] = [doc];
  /** Namespace scopes parallel to `stack`. */
  const scopes: Array<Record<string, string>> = [Object.assign(Object.create(null), WELL_KNOWN, { '': '' })];
  const top = () => stack[stack.length - 1];
  const pushText = (t: string) => {
    if (!t) return;
    const kids = top().children;
    if (typeof kids[kids.length - 1] === 'string') kids[kids.length - 1] += t;
    else kids.push(t);
  };

  let i = 0;
  const n = text.length;
  while (i < n) {
    const lt = text.indexOf('<', i);
    if (lt < 0) {
      pushText(decodeEntities(text.slice(i)));
      break;
    }
    if (lt > i) pushText(decodeEntities(text.slice(i, lt)));
    i = lt;
    if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4);
      i = end < 0 ? n : end + 3;
    } else if (text.startsWith('<![CDATA[', i)) {
      const end = text.indexOf(']]>', i + 9);
      pushText(text.slice(i + 9, end < 0 ? n : end));
      i = end < 0 ? n : end + 3;
    } else if (text.startsWith('<?', i)) {
      const end = text.indexOf('?>', i + 2);
      i = end < 0 ? n : end + 2;
    } else if (text.startsWith('<!', i)) {
      // DOCTYPE and friends: skipped, internal subset included; entities are never expanded.
      let depth = 0;
      let j = i + 2;
      for (; j < n; j++) {
        if (text[j] === '[') depth++;
        else if (text[j] === ']') depth--;
        else if (text[j] === '>' && depth <= 0) break;
      }
      i = j + 1;
    } else if (text[i + 1] === '/') {
      NAME.lastIndex = i + 2;
      const m = NAME.exec(text);
      const end = text.indexOf('>', i);
      i = end < 0 ? n : end + 1;
      if (!m) continue;
      // Close the nearest open element of that name; a stray end tag is ignored.
      for (let k = stack.length - 1; k > 0; k--) {
        if (stack[k].name === m[0]) {
          stack.length = k;
          scopes.length = k;
          break;
        }
      }
    } else {
      NAME.lastIndex = i + 1;
      const m = NAME.exec(text);
      if (!m) {
        // A bare "<" in text (unescaped): keep it as text.
        pushText('<');
        i++;
        continue;
      }
      const name = m[0];
      let j = NAME.lastIndex;
      // Keyed by names from the document: no prototype, so `__proto__="…"` is an attribute like any other.
      const attrs: Record<string, string> = Object.create(null);
      let selfClosing = false;
      for (;;) {
        while (j < n && /\s/.test(text[j])) j++;
        if (j >= n) break;
        if (text[j] === '>') {
          j++;
          break;
        }
        if (text[j] === '/' && text[j + 1] === '>') {
          selfClosing = true;
          j += 2;
          break;
        }
        NAME.lastIndex = j;
        const a = NAME.exec(text);
        if (!a) {
          j++; // junk inside a tag: skip it
          continue;
        }
        j = NAME.lastIndex;
        while (j < n && /\s/.test(text[j])) j++;
        let value = '';
        if (text[j] === '=') {
          j++;
          while (j < n && /\s/.test(text[j])) j++;
          const q = text[j];
          if (q === '"' || q === "'") {
            const end = text.indexOf(q, j + 1);
            value = text.slice(j + 1, end < 0 ? n : end);
            j = end < 0 ? n : end + 1;
          } else {
            const start = j;
            while (j < n && !/[\s>]/.test(text[j])) j++;
            value = text.slice(start, j);
          }
        }
        attrs[a[0]] = decodeEntities(value);
      }
      i = j;
      const scope: Record<string, string> = Object.assign(Object.create(null), scopes[scopes.length - 1]);
      for (const [k, v] of Object.entries(attrs)) {
        if (k === 'xmlns') scope[''] = v;
        else if (k.startsWith('xmlns:')) scope[k.slice(6)] = v;
      }
      const colon = name.indexOf(':');
      const prefix = colon > 0 ? name.slice(0, colon) : '';
      const el: XmlElement = {
        name,
        local: colon > 0 ? name.slice(colon + 1) : name,
        ns: Object.hasOwn(scope, prefix) ? scope[prefix] : '',
        attrs,
        children: [],
        parent: top(),
      };
      top().children.push(el);
      if (!selfClosing) {
        stack.push(el);
        scopes.push(scope);
      }
    }
  }
  return doc.children.find((c): c is XmlElement => typeof c !== 'string');
}

// ---------------------------------------------------------------- queries

const isEl = (n: XmlNode): n is XmlElement => typeof n !== 'string';

/** Child elements with local name `local`, in namespace `ns` (`undefined`: any; `''`: none or the parent's default). */
export function children(el: XmlElement | undefined, local: string, ns?: string): XmlElement[] {
  if (!el) return [];
  return el.children.filter(isEl).filter((c) => c.local === local && (ns === undefined || c.ns === ns));
}

export const child = (el: XmlElement | undefined, local: string, ns?: string): XmlElement | undefined =>
  children(el, local, ns)[0];

/** All text inside `el`, CDATA included, tags dropped. */
export function textOf(el: XmlElement | undefined): string {
  if (!el) return '';
  return el.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
}

const VOID = new Set(['area', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/**
 * The markup inside `el` re-serialized as HTML (for Atom `type="xhtml"`
 * content, and RSS descriptions written as raw tags). Void elements such as
 * an unclosed `<br>` are written without an end tag, their swallowed content
 * after them.
 */
export function innerXml(el: XmlElement): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return el.children
    .map((c) => {
      if (typeof c === 'string') return esc(c);
      const attrs = Object.entries(c.attrs)
        .filter(([k]) => k !== 'xmlns' && !k.startsWith('xmlns:'))
        .map(([k, v]) => ` ${k}="${esc(v).replace(/"/g, '&quot;')}"`)
        .join('');
      if (VOID.has(c.local.toLowerCase())) return `<${c.local}${attrs}>${innerXml(c)}`;
      return `<${c.local}${attrs}>${innerXml(c)}</${c.local}>`;
    })
    .join('');
}

/** Every descendant element with local name `local` (and namespace `ns`, when given). */
export function descendants(el: XmlElement, local: string, ns?: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    for (const c of e.children) {
      if (!isEl(c)) continue;
      if (c.local === local && (ns === undefined || c.ns === ns)) out.push(c);
      walk(c);
    }
  };
  walk(el);
  return out;
}
