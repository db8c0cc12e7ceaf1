import { evictionsFor, markUsed, parseUseIndex, type UseIndex } from './cache-policy.js';

/**
 * The loader's persistent copies in localStorage: read at once, written at idle time,
 * kept under a total cap by evicting the least recently used. Storage may be missing,
 * full or disabled; every step then falls back to memory only.
 */

/** Copies larger than this are not persisted: the host page's storage quota is not ours to fill. */
const MAX_PERSISTED_CHARS = 1_000_000;
/**
 * All our keys together (key + value characters, the use index included) stay under this:
 * the least recently used copies are evicted to make room. An origin has about 5.24M.
 */
const MAX_TOTAL_CHARS = 1_500_000;
/** Key prefix of a copy (+ its URL); exported for the Storybook stories that seed a stale copy. */
export const STORAGE_PREFIX = 'pw-feed:v1:';
/** The use order of the copies (see {@link UseIndex}); outside STORAGE_PREFIX, so it is never taken for a copy. */
const INDEX_KEY = 'pw-feed-index:v1';

/** A stored copy: the feed's text and when it was fetched (unchecked: see `savedAtOf`). */
export interface StoredCopy {
  t?: unknown;
  body: string;
}

/** The stored copy of `url`, if any; throws on a corrupt copy or unavailable storage. */
export function readCopy(url: string): StoredCopy | undefined {
  const raw = localStorage.getItem(STORAGE_PREFIX + url);
  return raw ? (JSON.parse(raw) as StoredCopy) : undefined;
}

/** Records that the copy of `url` was just used, so eviction takes older ones first. */
export function markRead(url: string): void {
  markPending(url);
}

/** Drops every stored copy and the pending writes. */
export function clearCopies(): void {
  pending.clear();
  unschedule();
  try {
    for (const key of Object.keys(localStorage)) if (key.startsWith(STORAGE_PREFIX)) localStorage.removeItem(key);
    localStorage.removeItem(INDEX_KEY);
  } catch {
    /* storage disabled */
  }
}

/**
 * Storage work waiting for idle time, in the order it happened: a copy to write, or (undefined)
 * a copy read from storage, to be marked as recently used. Deferred so it never delays the first render.
 */
const pending = new Map<string, { body: string; t: number } | undefined>();
let scheduled = false;
let cancelFlush = () => {};

/**
 * Saves the copy once the page is idle, or when it is left (so a quick reload still finds it):
 * serializing and writing a 2,000-event feed to localStorage takes 10–15 ms, which belongs
 * after the widgets paint.
 */
export function persist(url: string, body: string, t: number) {
  if (body.length > MAX_PERSISTED_CHARS) return;
  markPending(url, { body, t });
}

/** Queues a write (or, without `copy`, a read) of `url` as the most recent use. */
function markPending(url: string, copy?: { body: string; t: number }) {
  const queued = pending.get(url);
  pending.delete(url);
  pending.set(url, copy ?? queued);
  schedule();
}

function schedule() {
  if (scheduled) return;
  scheduled = true;
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(flushWrites, { timeout: 2000 });
    cancelFlush = () => cancelIdleCallback(id);
  } else {
    const id = setTimeout(flushWrites, 300);
    cancelFlush = () => clearTimeout(id);
  }
  addEventListener('pagehide', flushWrites);
}

function unschedule() {
  cancelFlush();
  cancelFlush = () => {};
  removeEventListener('pagehide', flushWrites);
  scheduled = false;
}

function flushWrites() {
  unschedule();
  const work = [...pending];
  pending.clear();
  if (!work.length) return;
  try {
    let index = loadIndex();
    for (const [url, copy] of work) {
      if (copy) index = write(index, url, JSON.stringify({ t: copy.t, body: copy.body }));
      else index = markUsed(index, url); // gone meanwhile (evicted, cleared): stays gone
    }
    localStorage.setItem(INDEX_KEY, JSON.stringify(index));
  } catch {
    /* storage unavailable: memory only */
  }
}

/**
 * The stored use index, reconciled with the copies actually present: entries whose copy is gone
 * are dropped, and copies it does not know (written by an older version, or another tab's write
 * that lost a race) count as least recently used. Only those unknown copies are read, for their size.
 */
function loadIndex(): UseIndex {
  const present = new Set<string>();
  for (const key of Object.keys(localStorage))
    if (key.startsWith(STORAGE_PREFIX)) present.add(key.slice(STORAGE_PREFIX.length));
  const known = parseUseIndex(localStorage.getItem(INDEX_KEY)).filter(([url]) => present.has(url));
  for (const [url] of known) present.delete(url);
  const unknown: UseIndex = [...present].map((url) => {
    const key = STORAGE_PREFIX + url;
    return [url, key.length + (localStorage.getItem(key)?.length ?? 0)];
  });
  return [...unknown, ...known];
}

/** Writes one copy, evicting the least recently used ones to stay under the total cap; returns the new index. */
function write(index: UseIndex, url: string, value: string): UseIndex {
  const key = STORAGE_PREFIX + url;
  const next = markUsed(index, url, key.length + value.length);
  const evict = evictionsFor(next, INDEX_KEY, MAX_TOTAL_CHARS);
  if (!evict) return index; // this copy alone would pass the cap: keep memory only
  for (const old of evict) localStorage.removeItem(STORAGE_PREFIX + old);
  const kept = next.filter(([u]) => !evict.includes(u));
  try {
    localStorage.setItem(key, value);
    return kept;
  } catch {
    // Quota full: drop our other copies and try once more; never touch the host's keys.
    try {
      for (const k of Object.keys(localStorage)) {
        if (k.startsWith(STORAGE_PREFIX) && k !== key) localStorage.removeItem(k);
      }
      localStorage.setItem(key, value);
      return kept.filter(([u]) => u === url);
    } catch {
      /* storage unavailable: memory only */
      return [];
    }
  }
}
