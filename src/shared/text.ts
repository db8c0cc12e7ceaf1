/** Text helpers shared by the parser and every widget. */

/** NFC: decomposed Vietnamese (e + ◌̂ + ◌́) renders badly in some fonts. */
export const nfc = (s: string): string => s.normalize('NFC');

/**
 * A search key that ignores case and diacritics: "Tập huấn" and "tap huan"
 * match. đ has no decomposition, so it is mapped by hand.
 */
export const foldForSearch = (s: string): string =>
  s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase().trim();

/** Cuts `s` to at most `max` characters at a word boundary, with an ellipsis. */
export function truncateWords(s: string, max: number): string {
  const text = s.replace(/\s+/g, ' ').trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.5 ? cut.slice(0, space) : text.slice(0, max)).replace(/[\s,.;:–-]+$/, '')}…`;
}

/** Plain text split into paragraphs on blank lines (or single newlines). */
export const paragraphs = (s: string): string[] =>
  s
    .split(/\n\s*\n|\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean);

/** Elements whose content is never text a reader sees. */
const HIDDEN = /<(script|style|template|noscript|title|iframe|object|svg|math)\b/gi;

/**
 * Drops the elements whose text is never shown, in one pass: each search starts where the last
 * ended, so `<script ` repeated without a `>` or a closing tag costs linear time, not quadratic
 * (a regex with `[^>]*` and a lazy body rescans the rest of the input from every opening).
 * An element left open hides the rest, as it does in a browser.
 */
function dropHidden(html: string): string {
  const lower = html.toLowerCase();
  let out = '';
  let from = 0;
  HIDDEN.lastIndex = 0;
  for (let m = HIDDEN.exec(html); m; m = HIDDEN.exec(html)) {
    const end = lower.indexOf('>', m.index);
    const close = end < 0 ? -1 : closingTag(lower, m[1]!.toLowerCase(), end);
    out += html.slice(from, m.index) + ' ';
    if (close < 0) return out;
    from = HIDDEN.lastIndex = close;
  }
  return out + html.slice(from);
}

/** The index just past `</name\s*>` at or after `from`, or -1. */
function closingTag(lower: string, name: string, from: number): number {
  for (let i = lower.indexOf(`</${name}`, from); i >= 0; i = lower.indexOf(`</${name}`, i + 2)) {
    let j = i + 2 + name.length;
    while (j < lower.length && /\s/.test(lower[j]!)) j++;
    if (lower[j] === '>') return j + 1;
  }
  return -1;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * The visible words of an HTML fragment, for an excerpt shown as plain text
 * (never as markup): tags dropped, numeric entities and the five XML ones
 * (plus `&nbsp;`) decoded, other named entities left as written. Reads at
 * most `limit` characters of markup, so a 1 MB body costs no more than a
 * short one.
 */
export function htmlText(html: string, limit = 20_000): string {
  const src = html.length > limit ? html.slice(0, limit) : html;
  return dropHidden(src.replace(/<!--[\s\S]*?(-->|$)/g, ' '))
    .replace(/<[^>]*(>|$)/g, ' ')
    .replace(/&(#\d{1,7}|#x[\da-f]{1,6}|[a-z]+);/gi, (m, e: string) => {
      if (e[0] !== '#') return Object.hasOwn(NAMED, e) ? NAMED[e]! : m;
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1));
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : m;
    })
    .replace(/\s+/g, ' ')
    .trim();
}
