import { htmlText } from '../shared/text.js';
import { safeUrl, type UrlKind } from '../shared/url.js';
import { readAuthors, readDate, readId, readTags } from './coerce.js';
import { FeedError } from './errors.js';
import { parseEvent } from './event.js';
import type { Feed, FeedItem, Translation } from './types.js';
import { drop, DropField, isObject, MAX_HTML, MAX_ID, str, text, type Json, type Pending } from './values.js';

/** One problem found while parsing; `path` is a JSON path such as `items[3].date_published`. */
export interface FeedProblem {
  path: string;
  message: string;
  /**
   * `item`: the item was dropped (nothing readable was left). `field`: only
   * the field was dropped. `coerced`: the value was read in another form,
   * which `message` states.
   */
  effect: 'item' | 'field' | 'coerced';
  itemId?: string;
}

export interface ParseResult {
  feed: Feed;
  problems: FeedProblem[];
}

/**
 * Parses a feed body. Fatal problems throw a {@link FeedError}; anything
 * else drops or coerces the field at fault and is returned as `problems`.
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

/**
 * Reads parsed JSON liberally: a field that cannot be read is dropped, not
 * its item, and an item is dropped only when it has no title, no text and no
 * link left. Duplicate ids are kept apart with a `#n` suffix. An id longer than
 * {@link MAX_ID} is dropped, not its item: the item is read by its URL, or its
 * position when the URL is that long too.
 */
export function parseFeedJson(json: unknown, url: string): ParseResult {
  if (!isObject(json)) throw new FeedError('not-object', url);
  const list = json.items;
  if (!Array.isArray(list)) throw new FeedError('no-items', url);
  const problems: FeedProblem[] = [];
  const items: FeedItem[] = [];
  const seen = new Set<string>();
  // One list reused for every item: most items have no problem to hold.
  const pending: Pending = [];
  for (let index = 0; index < list.length; index++) {
    pending.length = 0;
    const item = parseItem(list[index], index, url, pending, problems);
    if (!item) continue;
    if (seen.has(item.id)) {
      const id = `${item.id}#${index}`;
      problems.push(problem(index, 'id', `duplicate id "${item.id}"; read as "${id}"`, 'field', item.id));
      item.id = id;
    }
    seen.add(item.id);
    items.push(item);
  }
  const feed: Feed = {
    url,
    version: str(json.version) ?? '',
    title: text(json.title),
    homePageUrl: safeUrl(json.home_page_url, url, 'http'),
    nextUrl: safeUrl(json.next_url, url, 'http'),
    language: str(json.language),
    icsUrl: feedIcsUrl(json._pw, url, problems),
    items,
  };
  return { feed, problems };
}

/** The longest `_pw.ics_url` read. A subscription link is far shorter; a 2 MB one is a broken or hostile feed. */
const MAX_ICS_URL = 2048;

/** Feed-level `_pw.ics_url`, or undefined (a bad value is dropped and reported). */
function feedIcsUrl(pw: unknown, base: string, problems: FeedProblem[]): string | undefined {
  if (pw === undefined || pw === null) return undefined;
  const drop = (path: string, message: string) => void problems.push({ path, message, effect: 'field' });
  if (!isObject(pw)) return drop('_pw', '"_pw" must be an object');
  const v = pw.ics_url;
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v !== 'string') return drop('_pw.ics_url', '"_pw.ics_url" must be a string');
  return (
    (v.length <= MAX_ICS_URL && safeUrl(v, base, 'http')) ||
    drop('_pw.ics_url', `"_pw.ics_url" is not an http(s) URL of at most ${MAX_ICS_URL} characters without credentials`)
  );
}

/** A problem at `items[index].field`, or at the item itself when `field` is empty. */
const problem = (
  index: number,
  field: string,
  message: string,
  effect: FeedProblem['effect'],
  itemId?: string,
): FeedProblem => ({ path: `items[${index}]${field && `.${field}`}`, message, effect, itemId });

/** A text field, or undefined (a value that is not a string is dropped). */
function optText(raw: Json, field: string, p: Pending, max?: number): string | undefined {
  const v = raw[field];
  if (v !== undefined && v !== null && typeof v !== 'string') return drop(p, field, `"${field}" must be a string`);
  return text(v, max);
}

/** A URL field passed through the URL policy, or undefined (a value the policy refuses is dropped). */
function optUrl(raw: Json, field: string, kind: UrlKind, base: string, p: Pending): string | undefined {
  const v = raw[field];
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v !== 'string') return drop(p, field, `"${field}" must be a string`);
  return (
    safeUrl(v, base, kind) ??
    drop(p, field, `"${field}" is not an allowed ${kind === 'link' ? 'http(s) or mailto' : 'http(s)'} URL`)
  );
}

/**
 * One item, or undefined when nothing readable is left (reported). Its field problems go to
 * `pending` and are reported only if the item is kept.
 */
function parseItem(
  raw: unknown,
  index: number,
  base: string,
  p: Pending,
  problems: FeedProblem[],
): FeedItem | undefined {
  if (!isObject(raw)) {
    problems.push(problem(index, '', 'the item is not an object', 'item'));
    return undefined;
  }
  const item: FeedItem = {
    id: '',
    index,
    url: optUrl(raw, 'url', 'link', base, p),
    externalUrl: optUrl(raw, 'external_url', 'link', base, p),
    title: optText(raw, 'title', p) ?? '',
    summary: optText(raw, 'summary', p),
    contentHtml: optText(raw, 'content_html', p, MAX_HTML),
    contentText: optText(raw, 'content_text', p, MAX_HTML),
    image: optUrl(raw, 'image', 'image', base, p),
    bannerImage: optUrl(raw, 'banner_image', 'image', base, p),
    datePublished: readDate('date_published', raw.date_published, p),
    dateModified: readDate('date_modified', raw.date_modified, p),
    authors: readAuthors(raw, base, p) ?? [],
    tags: readTags(raw.tags, p) ?? [],
    language: str(raw.language),
    translations: Object.create(null) as Record<string, Translation>,
  };
  const ownId = readId(raw.id, p);
  const id = ownId ?? [item.url, item.externalUrl].find((u) => u && u.length <= MAX_ID);
  const pw = raw._pw;
  if (pw !== undefined && !isObject(pw)) drop(p, '_pw', '"_pw" must be an object');
  if (isObject(pw)) readPw(item, pw, base, p);
  const readable =
    item.title ||
    item.summary ||
    item.contentText ||
    item.url ||
    item.externalUrl ||
    (item.contentHtml && (htmlText(item.contentHtml) || item.contentHtml.length > 20_000));
  if (!readable) {
    problems.push(problem(index, '', 'nothing readable is left: no title, no text and no link', 'item', id));
    return undefined;
  }
  item.id = id ?? `#${index}`;
  if (!ownId) {
    const why =
      typeof raw.id === 'string' && raw.id.length > MAX_ID
        ? `"id" is longer than ${MAX_ID} characters`
        : 'no usable "id"';
    drop(p, 'id', `${why}; read as ${id ? "the item's URL" : 'its position'} ("${item.id}")`);
  }
  for (const [field, message, effect] of p) problems.push(problem(index, field, message, effect, id));
  return item;
}

/** The item's `_pw` members: image alt text, translations and event. */
function readPw(item: FeedItem, pw: Json, base: string, p: Pending): void {
  if (pw.image_alt !== undefined && typeof pw.image_alt !== 'string') {
    item.imageAlt = drop(p, '_pw.image_alt', '"_pw.image_alt" must be a string');
  } else item.imageAlt = text(pw.image_alt);
  const t = translations(pw.translations, base);
  if (t) item.translations = t;
  else drop(p, '_pw.translations', '"_pw.translations" must be an object');
  if (pw.event !== undefined) {
    try {
      item.event = parseEvent(pw.event, base, p);
    } catch (e) {
      if (!(e instanceof DropField)) throw e;
      item.event = drop(p, e.field, e.message);
    }
  }
}

/**
 * Keyed by feed strings, so a map without a prototype: `"__proto__"` or
 * `"constructor"` is an ordinary (if useless) language code, never
 * `Object.prototype`'s. Undefined when `v` is not an object.
 */
function translations(v: unknown, base: string): Record<string, Translation> | undefined {
  const out: Record<string, Translation> = Object.create(null);
  if (v === undefined) return out;
  if (!isObject(v)) return undefined;
  for (const [lang, t] of Object.entries(v)) {
    const url = isObject(t) ? safeUrl(t.url, base, 'http') : undefined;
    if (url && isObject(t)) out[lang] = { url, title: text(t.title) };
  }
  return out;
}
