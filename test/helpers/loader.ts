/**
 * The feed loader as tests see it: leaving the page, and the persistent cache in
 * localStorage. The key names and the stored record are private to src/feed/loader.ts,
 * so nothing here spells them out: learnCacheLayout() watches one real load and write,
 * and the helpers reuse what it saw. A change of key or record format in the loader
 * therefore changes nothing here.
 */
import { clearFeedCache, loadFeed } from '../../src/feed/loader.js';
import { feedOf, item, serveFeed, uniqueId } from './feeds.js';

interface Layout {
  /** What precedes the feed URL in a copy's key. */
  prefix: string;
  /** The loader's other key (its use index). */
  indexKey: string;
  /** The record's field holding the feed text, and the one holding the save time. */
  bodyField: string;
  timeField: string;
}
let layout: Layout | undefined;

const learned = (): Layout => {
  if (!layout) throw new Error('call `await learnCacheLayout()` in a before() hook first');
  return layout;
};

/** Leaving the page: the loader writes what it has not written yet (its pagehide handler). */
export const leavePage = (): void => void dispatchEvent(new Event('pagehide'));

/**
 * Leaving the page and opening a new one of the same origin: what the loader wrote is kept,
 * everything it held in memory (content, requests in flight) is gone.
 */
export function newPage(): void {
  leavePage();
  const kept = Object.entries(localStorage);
  clearFeedCache();
  for (const [k, v] of kept) localStorage.setItem(k, v);
}

/**
 * Learns how the loader stores a copy by loading a served feed through it and leaving the
 * page, then forgets that feed again. Idempotent; call it in a before() hook.
 */
export async function learnCacheLayout(): Promise<void> {
  if (layout) return;
  clearFeedCache();
  const text = JSON.stringify(feedOf([item('layout-probe')]));
  const url = await serveFeed(uniqueId('layout'), text);
  const t0 = Date.now();
  await loadFeed(url);
  leavePage();
  const written = Object.keys(localStorage).filter((k) => clearedBy(k));
  const copyKey = written.find((k) => k.endsWith(url));
  const indexKey = written.find((k) => k !== copyKey);
  if (!copyKey || !indexKey) throw new Error(`the loader wrote ${JSON.stringify(written)} for ${url}`);
  const record = Object.entries(JSON.parse(localStorage.getItem(copyKey)!) as Record<string, unknown>);
  const bodyField = record.find(([, v]) => v === text)?.[0];
  const timeField = record.find(([, v]) => typeof v === 'number' && v >= t0 && v <= Date.now())?.[0];
  if (!bodyField || !timeField) throw new Error(`unrecognised cache record ${JSON.stringify(record).slice(0, 200)}`);
  layout = { prefix: copyKey.slice(0, -url.length), indexKey, bodyField, timeField };
  clearFeedCache();
}

/** True when clearFeedCache() removes `key`, i.e. the loader owns it. Leaves storage as it was. */
function clearedBy(key: string): boolean {
  const saved = Object.entries(localStorage);
  clearFeedCache();
  const owned = localStorage.getItem(key) === null;
  for (const [k, v] of saved) localStorage.setItem(k, v);
  return owned;
}

/** The localStorage key of `url`'s cached copy. */
export const cacheKey = (url: string): string => learned().prefix + url;

/**
 * Stores `feedText` as `url`'s cached copy saved at `savedAt` (ms since epoch),
 * as an earlier visit would have. Any value is stored as given, to simulate a
 * wrong clock or a damaged entry; `undefined` leaves the timestamp out.
 */
export function seedCache(url: string, feedText: string, savedAt?: unknown): void {
  const { bodyField, timeField } = learned();
  const record = savedAt === undefined ? { [bodyField]: feedText } : { [timeField]: savedAt, [bodyField]: feedText };
  localStorage.setItem(cacheKey(url), JSON.stringify(record));
}

/** `url`'s cached copy as stored (`t`: its save time), or null. */
export function cachedCopy(url: string): { t?: unknown; body: string } | null {
  const raw = localStorage.getItem(cacheKey(url));
  if (raw === null) return null;
  const record = JSON.parse(raw) as Record<string, unknown>;
  return { t: record[learned().timeField], body: record[learned().bodyField] as string };
}

/** Every localStorage key the loader owns (copies and its use index). */
export const cacheKeys = (): string[] =>
  Object.keys(localStorage).filter((k) => k.startsWith(learned().prefix) || k === learned().indexKey);

/** Characters the loader's keys take in localStorage, keys plus values. */
export const cacheChars = (): number =>
  cacheKeys().reduce((sum, k) => sum + k.length + localStorage.getItem(k)!.length, 0);
