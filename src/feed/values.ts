/** Small value readers shared by the item and event parsers. */
import { nfc } from '../shared/text.js';

export type Json = Record<string, unknown>;
export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Fields longer than this are cut: a 150,000-character title is a broken CMS, not content. */
export const MAX_TEXT = 2000;
export const MAX_HTML = 1_000_000;
/**
 * Ids (and the URLs read as ids) longer than this are not used as ids: an id is matched against
 * `item-id`, compared by the "did you mean" hint and written into warnings, and five ids of
 * 900,000 characters froze the page. Real ids (slugs, GUIDs, URLs) are far shorter.
 */
export const MAX_ID = 500;

/**
 * Problems found in one item, in the order found, as `[field, message, effect]` (field relative to the
 * item). The parser reports them only if it keeps the item. A list rather than callbacks: closures
 * built per field per item showed in the profiles of 10,000-item feeds.
 */
export type Pending = [field: string, message: string, effect: 'field' | 'coerced'][];

/** Notes that `field` was read in another form, which `message` states. */
export const note = (p: Pending, field: string, message: string): void => void p.push([field, message, 'coerced']);

/** Drops `field` (the item stays); returns the field's value, undefined. */
export const drop = (p: Pending, field: string, message: string): undefined => void p.push([field, message, 'field']);

/** Thrown while reading a field to drop that field (at `field`, relative to the item); the item stays. */
export class DropField {
  constructor(
    readonly field: string,
    readonly message: string,
  ) {}
}

export const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/** NFC-normalized, trimmed, capped text; non-strings and blanks become undefined. */
export function text(v: unknown, max = MAX_TEXT): string | undefined {
  if (typeof v !== 'string') return undefined;
  const t = nfc(v.trim());
  if (!t) return undefined;
  return t.length > max ? `${t.slice(0, max)}…` : t;
}
