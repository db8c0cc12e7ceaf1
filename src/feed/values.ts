/** Small value readers shared by the item and event parsers. */
import { nfc } from '../shared/text.js';

export type Json = Record<string, unknown>;
export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Fields longer than this are cut: a 150,000-character title is a broken CMS, not content. */
export const MAX_TEXT = 2000;
export const MAX_HTML = 1_000_000;

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
