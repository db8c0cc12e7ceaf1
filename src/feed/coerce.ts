/**
 * What the parser reads although the spec says otherwise, because the
 * publisher's intent is clear. Each coercion is reported (effect `coerced`),
 * so the loader's console warning and `validate` name the item and field.
 */
import { instantInRange, instantParts, parseInstant } from '../shared/dates.js';
import { safeUrl } from '../shared/url.js';
import type { Author } from './types.js';
import { DropField, isObject, text, type Json } from './values.js';

/** Reports a coercion at `field` (relative to the item, or the feed for feed members). */
export type Note = (field: string, message: string) => void;

/**
 * The spec asks readers to turn a numeric id into a string. Returns undefined
 * for anything else (the caller falls back to the item's URL).
 */
export function readId(v: unknown, note: Note): string | undefined {
  if (typeof v === 'string') return v.trim() ? v : undefined;
  if (typeof v === 'number' && Number.isFinite(v)) {
    note('id', `"id" is a number; read as "${v}"`);
    return String(v);
  }
  return undefined;
}

/** `"tags": "a,b"` (a common CMS shortcut) is read as `["a", "b"]`. */
export function readTags(v: unknown, note: Note): string[] {
  if (v === undefined || v === null) return [];
  if (typeof v === 'string') {
    const tags = v
      .split(',')
      .map((t) => text(t, 200))
      .filter((t): t is string => !!t);
    note('tags', '"tags" is a string; read as tags split on commas');
    return tags;
  }
  if (!Array.isArray(v)) throw new DropField('tags', '"tags" must be an array of strings');
  return v.filter((t): t is string => typeof t === 'string' && !!t.trim()).map((t) => text(t, 200)!);
}

/** `authors` (1.1), else `author` (1.0); a single object where a list belongs is read as a list of one. */
export function readAuthors(raw: Json, base: string, note: Note): Author[] {
  const key = raw.authors !== undefined && raw.authors !== null ? 'authors' : 'author';
  let list = raw[key];
  if (list === undefined || list === null) return [];
  if (key === 'author' || isObject(list)) {
    if (key === 'authors') note('authors', '"authors" is an object; read as a list of one');
    list = [list];
  }
  if (!Array.isArray(list)) throw new DropField(key, `"${key}" must be an array of objects`);
  return list
    .filter(isObject)
    .map((a) => ({ name: text(a.name), url: safeUrl(a.url, base, 'link') }))
    .filter((a) => a.name);
}

/** Notes what was assumed for a date-time `v` that parsed but lacks a time, seconds or an offset. */
export function noteAssumptions(field: string, v: string, note: Note, dayIsFine = false): void {
  const m = instantParts(v);
  if (!m || (dayIsFine && !m[4])) return;
  const missing = [
    !m[4] && 'no time (read as 00:00)',
    m[4] && !m[6] && 'no seconds (read as :00)',
    !m[8] && !m[9] && 'no time zone offset (read as Vietnam time, +07:00)',
  ].filter(Boolean);
  if (missing.length) note(field, `"${field}" ("${v}") has ${missing.join(' and ')}`);
}

/**
 * An RFC 3339 date-time. A date-time without seconds, without an offset, or a
 * bare day is read (seconds :00, Vietnam time +07:00, midnight) and noted.
 */
export function readDate(field: string, v: unknown, note: Note): Date | undefined {
  if (v === undefined || v === null) return undefined;
  const d = typeof v === 'string' ? parseInstant(v) : undefined;
  if (!d) throw new DropField(field, `"${field}" is not an RFC 3339 date`);
  if (!instantInRange(d)) throw new DropField(field, `"${field}" is outside the years 1–9999`);
  noteAssumptions(field, v as string, note);
  return d;
}
