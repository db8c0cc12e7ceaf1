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
  s.split(/\n\s*\n|\r?\n/).map((p) => p.trim()).filter(Boolean);
