import { htmlText } from '../shared/text.js';
import { safeUrl, type UrlKind } from '../shared/url.js';
import { readAuthors, readDate, readId, readTags } from './coerce.js';
import { FeedError } from './errors.js';
import { parseEvent } from './event.js';
import type { Feed, FeedItem, Translation } from './types.js';
import { DropField, isObject, MAX_HTML, str, text } from './values.js';

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
 * link left. Duplicate ids are kept apart with a `#n` suffix.
 */
export function parseFeedJson(json: unknown, url: string): ParseResult {
  if (!isObject(json)) throw new FeedError('not-object', url);
  if (!Array.isArray(json.items)) throw new FeedError('no-items', url);
  const problems: FeedProblem[] = [];
  const items: FeedItem[] = [];
  const seen = new Set<string>();
  json.items.forEach((raw, index) => {
    const at = (field: string) => `items[${index}]${field ? `.${field}` : ''}`;
    const item = parseItem(raw, index, url, (field, message, effect, itemId) =>
      problems.push({ path: at(field), message, effect, itemId }),
    );
    if (!item) return;
    if (seen.has(item.id)) {
      const id = `${item.id}#${index}`;
      problems.push({
        path: at('id'),
        message: `duplicate id "${item.id}"; read as "${id}"`,
        effect: 'field',
        itemId: item.id,
      });
      item.id = id;
    }
    seen.add(item.id);
    items.push(item);
  });
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

/** Feed-level `_pw.ics_url`, or undefined (a bad value is dropped and reported). */
function feedIcsUrl(pw: unknown, base: string, problems: FeedProblem[]): string | undefined {
  if (pw === undefined || pw === null) return undefined;
  const drop = (path: string, message: string) => void problems.push({ path, message, effect: 'field' });
  if (!isObject(pw)) return drop('_pw', '"_pw" must be an object');
  const v = pw.ics_url;
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v !== 'string') return drop('_pw.ics_url', '"_pw.ics_url" must be a string');
  return safeUrl(v, base, 'http') ?? drop('_pw.ics_url', '"_pw.ics_url" is not an http(s) URL');
}

type Report = (field: string, message: string, effect: FeedProblem['effect'], itemId?: string) => void;

/** One item, or undefined when nothing readable is left (reported). */
function parseItem(raw: unknown, index: number, base: string, report: Report): FeedItem | undefined {
  if (!isObject(raw)) {
    report('', 'the item is not an object', 'item');
    return undefined;
  }
  const pending: Array<[string, string, FeedProblem['effect']]> = [];
  const note = (field: string, message: string) => pending.push([field, message, 'coerced']);
  /** Reads one field; a {@link DropField} drops just that field. */
  const read = <T>(fn: () => T): T | undefined => {
    try {
      return fn();
    } catch (e) {
      if (!(e instanceof DropField)) throw e;
      pending.push([e.field, e.message, 'field']);
      return undefined;
    }
  };
  const optText = (field: string, max?: number) =>
    read(() => {
      const v = raw[field];
      if (v !== undefined && v !== null && typeof v !== 'string')
        throw new DropField(field, `"${field}" must be a string`);
      return text(v, max);
    });
  const url = (field: string, kind: UrlKind) =>
    read(() => {
      const v = raw[field];
      if (v === undefined || v === null || v === '') return undefined;
      if (typeof v !== 'string') throw new DropField(field, `"${field}" must be a string`);
      const safe = safeUrl(v, base, kind);
      if (!safe)
        throw new DropField(
          field,
          `"${field}" is not an allowed ${kind === 'link' ? 'http(s) or mailto' : 'http(s)'} URL`,
        );
      return safe;
    });

  const item: FeedItem = {
    id: '',
    index,
    url: url('url', 'link'),
    externalUrl: url('external_url', 'link'),
    title: optText('title') ?? '',
    summary: optText('summary'),
    contentHtml: optText('content_html', MAX_HTML),
    contentText: optText('content_text', MAX_HTML),
    image: url('image', 'image'),
    bannerImage: url('banner_image', 'image'),
    datePublished: read(() => readDate('date_published', raw.date_published, note)),
    dateModified: read(() => readDate('date_modified', raw.date_modified, note)),
    authors: read(() => readAuthors(raw, base, note)) ?? [],
    tags: read(() => readTags(raw.tags, note)) ?? [],
    language: str(raw.language),
    translations: Object.create(null) as Record<string, Translation>,
  };
  const ownId = readId(raw.id, note);
  const id = ownId ?? item.url ?? item.externalUrl;
  const pw = read(() => {
    if (raw._pw !== undefined && !isObject(raw._pw)) throw new DropField('_pw', '"_pw" must be an object');
    return raw._pw;
  });
  if (isObject(pw)) {
    item.imageAlt = read(() => {
      if (pw.image_alt !== undefined && typeof pw.image_alt !== 'string')
        throw new DropField('_pw.image_alt', '"_pw.image_alt" must be a string');
      return text(pw.image_alt);
    });
    item.translations = read(() => translations(pw.translations, base)) ?? item.translations;
    if (pw.event !== undefined) item.event = read(() => parseEvent(pw.event, base, note));
  }
  const readable =
    item.title ||
    item.summary ||
    item.contentText ||
    item.url ||
    item.externalUrl ||
    (item.contentHtml && (htmlText(item.contentHtml) || item.contentHtml.length > 20_000));
  if (!readable) {
    report('', 'nothing readable is left: no title, no text and no link', 'item', id);
    return undefined;
  }
  item.id = id ?? `#${index}`;
  if (!ownId) {
    pending.push(['id', `no usable "id"; read as ${id ? "the item's URL" : 'its position'} ("${item.id}")`, 'field']);
  }
  for (const [field, message, effect] of pending) report(field, message, effect, id);
  return item;
}

/**
 * Keyed by feed strings, so a map without a prototype: `"__proto__"` or
 * `"constructor"` is an ordinary (if useless) language code, never
 * `Object.prototype`'s.
 */
function translations(v: unknown, base: string): Record<string, Translation> {
  const out: Record<string, Translation> = Object.create(null);
  if (v === undefined) return out;
  if (!isObject(v)) throw new DropField('_pw.translations', '"_pw.translations" must be an object');
  for (const [lang, t] of Object.entries(v)) {
    const url = isObject(t) ? safeUrl(t.url, base, 'http') : undefined;
    if (url && isObject(t)) out[lang] = { url, title: text(t.title) };
  }
  return out;
}
