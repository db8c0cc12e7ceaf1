import { addDays, dayInRange, dayStart, instantInRange, parseDay, parseInstant } from '../shared/dates.js';
import { nfc } from '../shared/text.js';
import { safeUrl, type UrlKind } from '../shared/url.js';
import { FeedError } from './errors.js';
import type {
  Author, EventLocation, EventStatus, Feed, FeedItem, Registration, TrainingEvent, Translation,
} from './types.js';

/** One problem found while parsing; `path` is a JSON path such as `items[3].date_published`. */
export interface FeedProblem {
  path: string;
  message: string;
  /** `item`: the item was dropped. `field`: only the field was dropped. */
  effect: 'item' | 'field';
  itemId?: string;
}

export interface ParseResult {
  feed: Feed;
  problems: FeedProblem[];
}

/** Fields longer than this are cut: a 150,000-character title is a broken CMS, not content. */
const MAX_TEXT = 2000;
const MAX_HTML = 1_000_000;
const STATUSES: ReadonlySet<string> = new Set(['scheduled', 'cancelled', 'postponed', 'rescheduled']);

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Thrown inside item parsing to drop the item; caught per item. */
class DropItem {
  constructor(readonly field: string, readonly message: string) {}
}

/**
 * Parses a feed body. Fatal problems throw a {@link FeedError}; item problems
 * drop the item (or field) and are returned as `problems`, so the rest shows.
 */
export function parseFeedText(text: string, url: string): ParseResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const trimmed = body.trim();
  if (!trimmed) throw new FeedError('empty', url);
  if (trimmed.startsWith('<')) {
    throw new FeedError(/^<(!doctype html|html|head|body)/i.test(trimmed) ? 'html' : 'not-json', url);
  }
  let json: unknown;
  try {
    json = JSON.parse(trimmed);
  } catch {
    throw new FeedError('not-json', url);
  }
  return parseFeedJson(json, url);
}

/** Validates parsed JSON against the contract. */
export function parseFeedJson(json: unknown, url: string): ParseResult {
  if (!isObject(json)) throw new FeedError('not-object', url);
  if (!Array.isArray(json.items)) throw new FeedError('no-items', url);
  const problems: FeedProblem[] = [];
  const items: FeedItem[] = [];
  const seen = new Set<string>();
  json.items.forEach((raw, index) => {
    const fieldProblems: FeedProblem[] = [];
    try {
      const item = parseItem(raw, index, url, fieldProblems);
      if (seen.has(item.id)) throw new DropItem('id', `duplicate id "${item.id}"`);
      seen.add(item.id);
      items.push(item);
      problems.push(...fieldProblems);
    } catch (e) {
      if (!(e instanceof DropItem)) throw e;
      const id = isObject(raw) && typeof raw.id === 'string' ? raw.id : undefined;
      problems.push({ path: `items[${index}].${e.field}`, message: e.message, effect: 'item', itemId: id });
    }
  });
  const feed: Feed = {
    url,
    version: str(json.version) ?? '',
    title: text(json.title),
    homePageUrl: safeUrl(json.home_page_url, url, 'http'),
    nextUrl: safeUrl(json.next_url, url, 'http'),
    language: str(json.language),
    items,
  };
  return { feed, problems };
}

function parseItem(raw: unknown, index: number, base: string, problems: FeedProblem[]): FeedItem {
  if (!isObject(raw)) throw new DropItem('', 'item is not an object');
  if (typeof raw.id !== 'string' || !raw.id.trim()) {
    throw new DropItem('id', raw.id === undefined ? 'missing "id"' : '"id" must be a non-empty string');
  }
  const id = raw.id;
  const dropField = (path: string, message: string) =>
    problems.push({ path: `items[${index}].${path}`, message, effect: 'field', itemId: id });
  const url = (field: string, value: unknown, kind: UrlKind): string | undefined => {
    if (value === undefined || value === null || value === '') return undefined;
    if (typeof value !== 'string') throw new DropItem(field, `"${field}" must be a string`);
    const safe = safeUrl(value, base, kind);
    if (!safe) dropField(field, `"${field}" is not an allowed ${kind === 'link' ? 'http(s) or mailto' : 'http(s)'} URL`);
    return safe;
  };
  const optText = (field: string, max = MAX_TEXT): string | undefined => {
    const v = raw[field];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'string') throw new DropItem(field, `"${field}" must be a string`);
    return text(v, max);
  };
  const date = (field: string): Date | undefined => {
    const v = raw[field];
    if (v === undefined || v === null) return undefined;
    const d = typeof v === 'string' ? parseInstant(v) : undefined;
    if (!d) throw new DropItem(field, `"${field}" is not an RFC 3339 date`);
    if (!instantInRange(d)) {
      dropField(field, `"${field}" is outside the years 1–9999`);
      return undefined;
    }
    return d;
  };
  const pw = raw._pw === undefined ? {} : raw._pw;
  if (!isObject(pw)) throw new DropItem('_pw', '"_pw" must be an object');

  const item: FeedItem = {
    id,
    index,
    url: url('url', raw.url, 'link'),
    externalUrl: url('external_url', raw.external_url, 'link'),
    title: optText('title') ?? '',
    summary: optText('summary'),
    contentHtml: optText('content_html', MAX_HTML),
    contentText: optText('content_text', MAX_HTML),
    image: url('image', raw.image, 'image'),
    bannerImage: url('banner_image', raw.banner_image, 'image'),
    datePublished: date('date_published'),
    dateModified: date('date_modified'),
    authors: authors(raw, base),
    tags: tags(raw.tags),
    language: str(raw.language),
    translations: translations(pw.translations, base),
  };
  if (pw.image_alt !== undefined) {
    if (typeof pw.image_alt !== 'string') throw new DropItem('_pw.image_alt', '"_pw.image_alt" must be a string');
    item.imageAlt = text(pw.image_alt);
  }
  if (pw.event !== undefined) item.event = parseEvent(pw.event, base);
  return item;
}

function authors(raw: Json, base: string): Author[] {
  const list = raw.authors !== undefined ? raw.authors : raw.author !== undefined ? [raw.author] : [];
  if (!Array.isArray(list)) throw new DropItem('authors', '"authors" must be an array');
  return list.filter(isObject).map((a) => ({ name: text(a.name), url: safeUrl(a.url, base, 'link') })).filter((a) => a.name);
}

function tags(v: unknown): string[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) throw new DropItem('tags', '"tags" must be an array of strings');
  return v.filter((t): t is string => typeof t === 'string' && !!t.trim()).map((t) => text(t, 200)!);
}

/**
 * Keyed by feed strings, so a map without a prototype: `"__proto__"` or
 * `"constructor"` is an ordinary (if useless) language code, never
 * `Object.prototype`'s.
 */
function translations(v: unknown, base: string): Record<string, Translation> {
  const out: Record<string, Translation> = Object.create(null);
  if (v === undefined) return out;
  if (!isObject(v)) throw new DropItem('_pw.translations', '"_pw.translations" must be an object');
  for (const [lang, t] of Object.entries(v)) {
    const url = isObject(t) ? safeUrl(t.url, base, 'http') : undefined;
    if (url && isObject(t)) out[lang] = { url, title: text(t.title) };
  }
  return out;
}

function parseEvent(v: unknown, base: string): TrainingEvent {
  const at = (f: string) => `_pw.event.${f}`;
  if (!isObject(v)) throw new DropItem('_pw.event', '"_pw.event" must be an object');
  if (typeof v.start !== 'string') throw new DropItem(at('start'), '"_pw.event.start" is required');
  const startDay = parseDay(v.start);
  const allDay = v.all_day === true || (v.all_day === undefined && !!startDay);
  let event: Pick<TrainingEvent, 'start' | 'end' | 'allDay' | 'startDay' | 'endDay'>;
  if (allDay) {
    const first = startDay ?? (parseInstant(v.start) ? parseDay(v.start.slice(0, 10)) : undefined);
    if (!first) throw new DropItem(at('start'), '"_pw.event.start" is not a date');
    const last = v.end === undefined ? first : typeof v.end === 'string' ? parseDay(v.end.slice(0, 10)) : undefined;
    if (!last) throw new DropItem(at('end'), '"_pw.event.end" is not a date');
    if (last < first) throw new DropItem(at('end'), '"_pw.event.end" is before its start');
    // Years 1–9999 only, the exclusive end included: the .ics and Google Calendar write the day after the last.
    if (!dayInRange(first)) throw new DropItem(at('start'), '"_pw.event.start" is outside the years 1–9999');
    if (!dayInRange(last, 1)) {
      // Without an end, the start day is the last day.
      const f = v.end === undefined ? 'start' : 'end';
      throw new DropItem(at(f), `"_pw.event.${f}" is outside the years 1–9999 (an all-day event ends the day after its last day)`);
    }
    // Feeds give the last day inclusively; the instant end is the next midnight.
    event = { allDay: true, startDay: first, endDay: last, start: dayStart(first), end: dayStart(addDays(last, 1)) };
  } else {
    const start = parseInstant(v.start);
    if (!start) throw new DropItem(at('start'), '"_pw.event.start" is not an RFC 3339 date');
    const end = v.end === undefined ? start : typeof v.end === 'string' ? parseInstant(v.end) : undefined;
    if (!end) throw new DropItem(at('end'), '"_pw.event.end" is not an RFC 3339 date');
    if (end < start) throw new DropItem(at('end'), '"_pw.event.end" is before its start');
    // Years 1–9999 in UTC and in Vietnam time, where the .ics and Google Calendar write them.
    if (!instantInRange(start)) throw new DropItem(at('start'), '"_pw.event.start" is outside the years 1–9999');
    if (!instantInRange(end)) throw new DropItem(at('end'), '"_pw.event.end" is outside the years 1–9999');
    event = { allDay: false, start, end };
  }
  const status = v.status === undefined ? 'scheduled' : v.status;
  if (typeof status !== 'string' || !STATUSES.has(status)) {
    throw new DropItem(at('status'), '"_pw.event.status" must be scheduled, cancelled, postponed or rescheduled');
  }
  return {
    ...event,
    status: status as EventStatus,
    location: location(v.location),
    onlineUrl: safeUrl(v.online_url, base, 'http'),
    organizer: isObject(v.organizer) && text(v.organizer.name)
      ? { name: text(v.organizer.name), url: safeUrl(v.organizer.url, base, 'link') }
      : undefined,
    audience: text(v.audience),
    registration: registration(v.registration, base),
  };
}

function location(v: unknown): EventLocation | undefined {
  if (typeof v === 'string') return v.trim() ? { name: text(v) } : undefined;
  if (!isObject(v)) return undefined;
  const loc = { name: text(v.name), address: text(v.address) };
  return loc.name || loc.address ? loc : undefined;
}

function registration(v: unknown, base: string): Registration | undefined {
  if (!isObject(v)) return undefined;
  const deadline = typeof v.deadline === 'string' ? parseInstant(v.deadline) : undefined;
  if (typeof v.deadline === 'string' && !deadline) throw new DropItem('_pw.event.registration.deadline', 'not an RFC 3339 date');
  if (deadline && !instantInRange(deadline)) throw new DropItem('_pw.event.registration.deadline', 'outside the years 1–9999');
  const capacity = typeof v.capacity === 'number' && Number.isFinite(v.capacity) && v.capacity >= 0 ? Math.floor(v.capacity) : undefined;
  const reg = { url: safeUrl(v.url, base, 'link'), deadline, capacity };
  return reg.url || reg.deadline || reg.capacity !== undefined ? reg : undefined;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/** NFC-normalized, trimmed, capped text; non-strings and blanks become undefined. */
function text(v: unknown, max = MAX_TEXT): string | undefined {
  if (typeof v !== 'string') return undefined;
  const t = nfc(v.trim());
  if (!t) return undefined;
  return t.length > max ? `${t.slice(0, max)}…` : t;
}
