/**
 * Helpers for publishing feeds to the test server (test/server/feed-server.mjs)
 * and resetting shared state between tests.
 */
import { clearFeedCache } from '../../src/feed/loader.js';
import { LOCALE_STORAGE_KEY, setLocale } from '../../src/locale/store.js';
import type { RawFeed, RawItem } from '../../src/feed/types.js';

let counter = 0;

/** A feed id unique to this test run, so tests never share cache entries. */
export const uniqueId = (prefix = 'feed'): string => `${prefix}-${Date.now().toString(36)}-${++counter}`;

/**
 * Publishes `body` (an object is JSON-encoded) and returns its absolute URL.
 * `delay` (ms) slows every answer, for observing loading and refresh states.
 */
export async function serveFeed(id: string, body: unknown, type?: string, delay = 0): Promise<string> {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const query = new URLSearchParams({ ...(type ? { type } : {}), ...(delay ? { delay: String(delay) } : {}) });
  await fetch(`/__feed/store/${id}?${query}`, { method: 'POST', body: text });
  return new URL(`/__feed/inline/${id}`, location.href).href;
}

/** How many times the server answered for `id`. */
export async function requestCount(id: string): Promise<number> {
  const res = await fetch(`/__feed/count/${id}`);
  return ((await res.json()) as { count: number }).count;
}

/** Makes a stored feed answer 503 (`down`) or serve again (`up`). */
export async function setFeedState(id: string, state: 'up' | 'down'): Promise<void> {
  await fetch(`/__feed/state/${id}/${state}`, { method: 'POST' });
}

export const feedOf = (items: RawItem[], extra: Partial<RawFeed> = {}): RawFeed => ({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Cổng thông tin điện tử tỉnh Long An',
  items,
  ...extra,
});

export const item = (id: string, extra: Partial<RawItem> = {}): RawItem => ({
  id,
  url: `https://www.longan.gov.vn/tin-tuc/${id}`,
  title: `Tin ${id}`,
  date_published: '2017-11-22T11:16:00+07:00',
  ...extra,
});

/** Forgets cached feeds and the saved locale; back to Vietnamese. */
export function resetShared(): void {
  clearFeedCache();
  localStorage.removeItem(LOCALE_STORAGE_KEY);
  setLocale('vi', { persist: false });
}

/** Resolves after `ms`. */
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls until `fn` returns truthy (or throws after `timeout`). */
export async function until<T>(fn: () => T, timeout = 5000, what = 'condition'): Promise<NonNullable<T>> {
  const end = Date.now() + timeout;
  for (;;) {
    const v = fn();
    if (v) return v as NonNullable<T>;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await sleep(10);
  }
}
