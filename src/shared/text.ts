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
const HIDDEN = /<(script|style|template|noscript|title|iframe|object|svg|math)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
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
  return src
    .replace(/<!--[\s\S]*?(-->|$)/g, ' ')
    .replace(HIDDEN, ' ')
    .replace(/<[^>]*(>|$)/g, ' ')
    .replace(/&(#\d{1,7}|#x[\da-f]{1,6}|[a-z]+);/gi, (m, e: string) => {
      if (e[0] !== '#') return Object.hasOwn(NAMED, e) ? NAMED[e]! : m;
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1));
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : m;
    })
    .replace(/\s+/g, ' ')
    .trim();
}
