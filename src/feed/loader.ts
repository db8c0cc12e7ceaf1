import { FeedError, isFeedError } from './errors.js';
import { isFresh, savedAtOf } from './cache-policy.js';
import { parseFeedJson, parseFeedText, type FeedProblem } from './parse.js';
import { clearCopies, markRead, persist, readCopy } from './persistent-store.js';
import { requestFeed } from './request.js';
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

export const DEFAULT_MAX_AGE = 300;

interface Entry {
  feed?: Feed;
  fetchedAt: number;
  fromCache: boolean;
  /** The last refresh failed; cleared by a success or a retry. */
  error?: FeedError;
  /** The wrong Content-Type was warned about already (once per page, not on every refresh). */
  typeWarned?: boolean;
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
  feed: e.feed!,
  fetchedAt: e.fetchedAt,
  fromCache: e.fromCache,
  stale: !!e.error,
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
    if (!fresh && !joinable(e) && !e.error) {
      start(e, url, options).catch(() => {});
    }
    return snapshot(e);
  }
  if (!joinable(e)) start(e, url, options);
  return wait(e, options.signal);
}

/**
 * Whether a request in flight can still be joined: not once it was cancelled because every
 * caller left (a widget moved in the page disconnects, then connects again at once).
 */
const joinable = (e: Entry) => !!e.inflight && !e.abort?.signal.aborted;

/** Forgets the last failure and fetches again; subscribers are notified when it lands. */
export function refreshFeed(url: string, options: LoadOptions = {}): Promise<FeedResult> {
  const e = entryFor(url);
  e.error = undefined;
  if (!joinable(e)) start(e, url, options);
  return wait(e, options.signal);
}

/**
 * What memory holds for `url` now (restoring a persisted copy first), without a request: lets a widget
 * whose content is already here render it in its first frame instead of a skeleton.
 */
export function peekFeed(url: string): FeedResult | undefined {
  const e = entryFor(url);
  if (!e.feed) restore(e, url);
  return e.feed ? snapshot(e) : undefined;
}

/**
 * Puts content the page already carries (a pre-render's feed, as published, fetched at `fetchedAt`)
 * in memory, unless memory holds a newer copy. `loadFeed` then treats it like any copy: fresh within
 * `maxAge`, else shown and refreshed in the background. Throws a {@link FeedError} on a fatal problem.
 */
export function primeFeed(url: string, json: unknown, fetchedAt: number): FeedResult {
  const e = entryFor(url);
  if (!e.feed) restore(e, url);
  if (!e.feed || e.fetchedAt < fetchedAt)
    Object.assign(e, { feed: parseFeedJson(json, url).feed, fetchedAt, fromCache: true, error: undefined });
  return snapshot(e);
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
  clearCopies();
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
  const run = requestFeed(url, abort, options)
    .then(
      ({ feed, problems, text, wrongType }) => {
        reportProblems(url, problems);
        if (wrongType && !e.typeWarned) {
          e.typeWarned = true;
          console.warn(
            `provincial-widgets: feed ${url}: the server sends it as "Content-Type: ${wrongType}", but the body is a JSON feed, so it is shown. Fix: serve it with the header "Content-Type: application/feed+json; charset=utf-8" (or application/json).`,
          );
        }
        Object.assign(e, { feed, fetchedAt: Date.now(), fromCache: false, error: undefined });
        persist(url, text, e.fetchedAt);
        notify(e);
      },
      (err: unknown) => {
        const error = isFeedError(err) ? err : new FeedError('network', url);
        const aborted = abort.signal.aborted && !isFeedError(abort.signal.reason);
        if (!aborted) warn(error);
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
    )
    .finally(() => {
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

/**
 * A failed load's console warning; an error status gets its bilingual advice from a lazy chunk (a plain
 * `import()`: lazyModule() lives in base/, above this layer).
 */
function warn(error: FeedError) {
  if (error.kind !== 'http') return console.warn(error.message);
  import('./http-warning.js').then(
    (m) => console.warn(m.httpWarning(error.url, error.status)),
    () => console.warn(error.message),
  );
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
    const copy = readCopy(url);
    if (!copy) return;
    const { t, body } = copy;
    e.feed = parseFeedText(body, url).feed;
    e.fetchedAt = savedAtOf(t);
    e.fromCache = true;
    markRead(url);
  } catch {
    /* no storage, or a corrupt copy: fetch instead */
  }
}
