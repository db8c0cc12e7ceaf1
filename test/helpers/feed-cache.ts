/**
 * The loader's persistent cache as stored in localStorage, in one place for the
 * tests that seed or inspect it (the layout is private to src/feed/loader.ts).
 */

/** Prefix of the loader's per-feed keys; the rest of the key is the feed URL. */
const KEY_PREFIX = 'pw-feed:v1:';
/** The loader's small key recording which copy was used when. */
const INDEX_KEY = 'pw-feed-index:v1';

/** The localStorage key of `url`'s cached copy. */
export const cacheKey = (url: string): string => KEY_PREFIX + url;

/**
 * Stores `feedText` as `url`'s cached copy saved at `savedAt` (ms since epoch),
 * as an earlier visit would have. Any value is stored as given, to simulate a
 * wrong clock or a damaged entry; `undefined` leaves the timestamp out.
 */
export function seedCache(url: string, feedText: string, savedAt?: unknown): void {
  localStorage.setItem(cacheKey(url), JSON.stringify(savedAt === undefined ? { body: feedText } : { t: savedAt, body: feedText }));
}

/** `url`'s cached copy as stored, or null. */
export function cachedCopy(url: string): { t?: unknown; body: string } | null {
  const raw = localStorage.getItem(cacheKey(url));
  return raw === null ? null : (JSON.parse(raw) as { t?: unknown; body: string });
}

/** Every localStorage key the loader owns (copies and its use index). */
export const cacheKeys = (): string[] => Object.keys(localStorage).filter((k) => k.startsWith(KEY_PREFIX) || k === INDEX_KEY);

/** Characters the loader's keys take in localStorage, keys plus values. */
export const cacheChars = (): number => cacheKeys().reduce((sum, k) => sum + k.length + localStorage.getItem(k)!.length, 0);
