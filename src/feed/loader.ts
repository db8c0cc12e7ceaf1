import { FeedError, isFeedError } from './errors.js';
import { evictionsFor, isFresh, markUsed, parseUseIndex, savedAtOf, type UseIndex } from './cache-policy.js';
import { parseFeedText, type FeedProblem } from './parse.js';
import type { Feed } from './types.js';

/**
 * The one feed loader. Every widget goes through it, so that:
 * - a page makes one request per absolute feed URL, however many widgets
 *   (and however many copies of this bundle) use it;
 * - a repeat visit renders at once from a persistent copy, then refreshes;
 * - a failure after a good load keeps the good content, marked stale.
 *
 * State lives on a `Symbol.for` key of `globalThis`, shared by every copy of
 * the library on the page. It holds only plain data, promises and callbacks.
 */

export interface LoadOptions {
  /** Aborts this caller's wait; the shared request is aborted when no caller waits any more. */
  signal?: AbortSignal;
  /** Milliseconds before the request fails with a timeout. Default 10 000. */
  timeout?: number;
  /**
   * Seconds a copy is fresh; after that it is shown and refreshed in the background. Default 300.
   * A copy dated in the future (saved with the device clock ahead) or without a valid date is never fresh.
   */
  maxAge?: number;
  /** Bytes; a larger body is a fatal error. Default 5 MB. */
  maxBytes?: number;
}

export interface FeedResult {
  feed: Feed;
  /** When the content was fetched from the network (ms since epoch); 0 for a cached copy without a valid timestamp. */
  fetchedAt: number;
  /** True when the content came from the persistent cache rather than this page's request. */
  fromCache: boolean;
  /** True when the last refresh failed, so the content may be out of date. */
  stale: boolean;
}

export const DEFAULT_TIMEOUT = 10_000;
export const DEFAULT_MAX_AGE = 300;
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
/** Copies larger than this are not persisted: the host page's storage quota is not ours to fill. */
const MAX_PERSISTED_CHARS = 1_000_000;
/**
 * All our keys together (key + value characters, the use index included) stay under this:
 * the least recently used copies are evicted to make room. An origin has about 5.24M.
 */
const MAX_TOTAL_CHARS = 1_500_000;
const STORAGE_PREFIX = 'pw-feed:v1:';
/** The use order of the copies (see {@link UseIndex}); outside STORAGE_PREFIX, so it is never taken for a copy. */
const INDEX_KEY = 'pw-feed-index:v1';

interface Entry {
  feed?: Feed;
  fetchedAt: number;
  fromCache: boolean;
  /** The last refresh failed; cleared by a success or a retry. */
  error?: FeedError;
  inflight?: Promise<void>;
  abort?: AbortController;
  waiters: number;
  listeners: Set<() => void>;
}

interface Registry {
  entries: Map<string, Entry>;
}

const REGISTRY = Symbol.for('provincial-widgets.feed-registry.v1');

function registry(): Registry {
  const g = globalThis as unknown as Record<symbol, Registry | undefined>;
  return (g[REGISTRY] ??= { entries: new Map() });
}

function entryFor(url: string): Entry {
  const { entries } = registry();
  let e = entries.get(url);
  if (!e) {
    e = { fetchedAt: 0, fromCache: false, waiters: 0, listeners: new Set() };
    entries.set(url, e);
  }
  return e;
}

const snapshot = (e: Entry): FeedResult => ({
  feed: e.feed!, fetchedAt: e.fetchedAt, fromCache: e.fromCache, stale: !!e.error,
});

const notify = (e: Entry) => e.listeners.forEach((fn) => fn());

/**
 * The best content for `url` now: fresh memory, else a cached copy (refreshed
 * in the background when older than `maxAge`), else the network.
 * Rejects with a {@link FeedError} only when there is nothing to show.
 */
export async function loadFeed(url: string, options: LoadOptions = {}): Promise<FeedResult> {
  const e = entryFor(url);
  if (!e.feed) restore(e, url);
  if (e.feed) {
    const fresh = isFresh(e.fetchedAt, Date.now(), (options.maxAge ?? DEFAULT_MAX_AGE) * 1000);
    if (!fresh && !e.inflight && !e.error) {
      start(e, url, options).catch(() => {});
    }
    return snapshot(e);
  }
  if (!e.inflight) start(e, url, options);
  return wait(e, options.signal);
}

/** Forgets the last failure and fetches again; subscribers are notified when it lands. */
export function refreshFeed(url: string, options: LoadOptions = {}): Promise<FeedResult> {
  const e = entryFor(url);
  e.error = undefined;
  if (!e.inflight) start(e, url, options);
  return wait(e, options.signal);
}

/** Calls `fn` whenever new content (or a stale marker) for `url` arrives. */
export function subscribeFeed(url: string, fn: () => void): () => void {
  const e = entryFor(url);
  e.listeners.add(fn);
  return () => e.listeners.delete(fn);
}

/** Drops every cached feed, in memory and in storage. For tests and for "log out" flows. */
export function clearFeedCache(): void {
  for (const e of registry().entries.values()) e.abort?.abort();
  registry().entries.clear();
  pending.clear();
  unschedule();
  try {
    for (const key of Object.keys(localStorage)) if (key.startsWith(STORAGE_PREFIX)) localStorage.removeItem(key);
    localStorage.removeItem(INDEX_KEY);
  } catch {
    /* storage disabled */
  }
}

function wait(e: Entry, signal?: AbortSignal): Promise<FeedResult> {
  const inflight = e.inflight!;
  if (signal?.aborted) return Promise.reject(signal.reason);
  e.waiters++;
  return new Promise((resolve, reject) => {
    let done = false;
    const leave = () => {
      if (done) return false;
      done = true;
      e.waiters--;
      signal?.removeEventListener('abort', onAbort);
      return true;
    };
    const onAbort = () => {
      if (!leave()) return;
      if (e.waiters === 0 && !e.feed) e.abort?.abort(new DOMException('No widget waits for this feed', 'AbortError'));
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', onAbort);
    inflight.then(
      () => leave() && (e.feed ? resolve(snapshot(e)) : reject(e.error)),
      (err) => leave() && reject(err),
    );
  });
}

function start(e: Entry, url: string, options: LoadOptions): Promise<void> {
  const abort = new AbortController();
  e.abort = abort;
  const hadContent = !!e.feed;
  const run = request(url, abort, options).then(
    ({ feed, problems, text }) => {
      reportProblems(url, problems);
      Object.assign(e, { feed, fetchedAt: Date.now(), fromCache: false, error: undefined });
      persist(url, text, e.fetchedAt);
      notify(e);
    },
    (err: unknown) => {
      const error = isFeedError(err) ? err : new FeedError('network', url);
      const aborted = abort.signal.aborted && !isFeedError(abort.signal.reason);
      if (!aborted) console.warn(error.message);
      if (hadContent) {
        // Keep the good content; mark it stale.
        if (!aborted) {
          e.error = error;
          notify(e);
        }
        return;
      }
      throw aborted ? err : error;
    },
  ).finally(() => {
    if (e.abort === abort) {
      e.inflight = undefined;
      e.abort = undefined;
    }
  });
  // Marks the rejection handled even when every waiter has left.
  run.catch(() => {});
  e.inflight = run;
  return run;
}

async function request(url: string, abort: AbortController, options: LoadOptions) {
  const timeout = options.timeout ?? DEFAULT_TIMEOUT;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const timer = setTimeout(() => abort.abort(new FeedError('timeout', url)), timeout);
  try {
    let res: Response;
    try {
      res = await fetch(url, {
        signal: abort.signal,
        credentials: 'omit',
        headers: { Accept: 'application/feed+json, application/json;q=0.9' },
      });
    } catch (err) {
      throw abort.signal.aborted ? abort.signal.reason : new FeedError('network', url);
    }
    if (!res.ok) throw new FeedError('http', url, res.status);
    if (/text\/html/i.test(res.headers.get('content-type') ?? '')) throw new FeedError('html', url, res.status);
    const length = Number(res.headers.get('content-length'));
    if (length > maxBytes) throw new FeedError('too-large', url);
    const text = await readCapped(res, maxBytes, abort, url);
    return { ...parseFeedText(text, url), text };
  } finally {
    clearTimeout(timer);
  }
}

/** Reads the body as UTF-8, stopping as soon as it passes the cap. */
async function readCapped(res: Response, maxBytes: number, abort: AbortController, url: string): Promise<string> {
  if (!res.body) return '';
  const reader = res.body.getReader();
  const decoder = new TextDecoder('utf-8');
  let size = 0;
  let text = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        abort.abort(new FeedError('too-large', url));
        throw new FeedError('too-large', url);
      }
      text += decoder.decode(value, { stream: true });
    }
  } catch (err) {
    if (isFeedError(err)) throw err;
    throw abort.signal.aborted ? abort.signal.reason : new FeedError('network', url);
  }
  return text + decoder.decode();
}

function reportProblems(url: string, problems: FeedProblem[]) {
  for (const p of problems) {
    const what = p.effect === 'item' ? 'item dropped' : p.effect === 'field' ? 'field ignored' : 'coerced';
    const item = p.itemId ? ` (id "${p.itemId}")` : '';
    console.warn(`provincial-widgets: feed ${url}: ${p.path}${item}: ${p.message}; ${what}.`);
  }
}

function restore(e: Entry, url: string) {
  try {
    const raw = localStorage.getItem(STORAGE_PREFIX + url);
    if (!raw) return;
    const { t, body } = JSON.parse(raw) as { t?: unknown; body: string };
    e.feed = parseFeedText(body, url).feed;
    e.fetchedAt = savedAtOf(t);
    e.fromCache = true;
    markPending(url);
  } catch {
    /* no storage, or a corrupt copy: fetch instead */
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
function persist(url: string, body: string, t: number) {
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
  for (const key of Object.keys(localStorage)) if (key.startsWith(STORAGE_PREFIX)) present.add(key.slice(STORAGE_PREFIX.length));
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
