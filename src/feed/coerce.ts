/**
 * What the parser reads although the spec says otherwise, because the
 * publisher's intent is clear. Each coercion is noted (effect `coerced`),
 * so the loader's console warning and `validate` name the item and field.
 */
import { instantInRange, instantOf, instantParts } from '../shared/dates.js';
import { safeUrl } from '../shared/url.js';
import type { Author } from './types.js';
import { drop, isObject, MAX_ID, note, text, type Json, type Pending } from './values.js';

/**
 * The spec asks readers to turn a numeric id into a string. Returns undefined
 * for anything else, and for a string longer than {@link MAX_ID} (the caller
 * falls back to the item's URL and says why).
 */
export function readId(v: unknown, p: Pending): string | undefined {
  if (typeof v === 'string') return v.trim() && v.length <= MAX_ID ? v : undefined;
  if (typeof v === 'number' && Number.isFinite(v)) {
    note(p, 'id', `"id" is a number; read as "${v}"`);
    return String(v);
  }
  return undefined;
}

/** `"tags": "a,b"` (a common CMS shortcut) is read as `["a", "b"]`; undefined when dropped. */
export function readTags(v: unknown, p: Pending): string[] | undefined {
  if (v === undefined || v === null) return [];
  if (typeof v === 'string') {
    note(p, 'tags', '"tags" is a string; read as tags split on commas');
    return tagList(v.split(','));
  }
  if (!Array.isArray(v)) return drop(p, 'tags', '"tags" must be an array of strings');
  return tagList(v);
}

/** The non-blank strings of `list`, as text of at most 200 characters. */
const tagList = (list: unknown[]): string[] => list.map((t) => text(t, 200)).filter((t): t is string => !!t);

/**
 * `authors` (1.1), else `author` (1.0); a single object where a list belongs is read as a list of one.
 * Undefined when dropped.
 */
export function readAuthors(raw: Json, base: string, p: Pending): Author[] | undefined {
  const key = raw.authors !== undefined && raw.authors !== null ? 'authors' : 'author';
  let list = raw[key];
  if (list === undefined || list === null) return [];
  if (key === 'author' || isObject(list)) {
    if (key === 'authors') note(p, 'authors', '"authors" is an object; read as a list of one');
    list = [list];
  }
  if (!Array.isArray(list)) return drop(p, key, `"${key}" must be an array of objects`);
  return list
    .filter(isObject)
    .map((a) => ({ name: text(a.name), url: safeUrl(a.url, base, 'link') }))
    .filter((a) => a.name);
}

/**
 * Notes what was assumed for the date-time `v`, whose `instantParts` are `m`, when it lacks a time,
 * seconds or an offset. The parts are the ones the value was parsed from: no second match.
 */
export function noteAssumptions(p: Pending, field: string, v: string, m: RegExpExecArray, dayIsFine = false): void {
  if (dayIsFine && !m[4]) return;
  const missing = [
    !m[4] && 'no time (read as 00:00)',
    m[4] && !m[6] && 'no seconds (read as :00)',
    !m[8] && !m[9] && 'no time zone offset (read as Vietnam time, +07:00)',
  ].filter(Boolean);
  if (missing.length) note(p, field, `"${field}" ("${v}") has ${missing.join(' and ')}`);
}

/**
 * An RFC 3339 date-time. A date-time without seconds, without an offset, or a
 * bare day is read (seconds :00, Vietnam time +07:00, midnight) and noted.
 */
export function readDate(field: string, v: unknown, p: Pending): Date | undefined {
  if (v === undefined || v === null) return undefined;
  const m = typeof v === 'string' ? instantParts(v) : null;
  const d = instantOf(m);
  if (!m || !d) return drop(p, field, `"${field}" is not an RFC 3339 date`);
  if (!instantInRange(d)) return drop(p, field, `"${field}" is outside the years 1–9999`);
  noteAssumptions(p, field, v as string, m);
  return d;
}
