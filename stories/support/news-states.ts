/**
 * Story-only helpers for the news stories: reproducible loading, error and
 * stale states in a static Storybook, with no request that fails and nothing
 * from the network. Special URLs are answered by a small `fetch` wrapper:
 *   …/__pw-story/hang      never answers (loading skeletons)
 *   …/__pw-story/down      answers 503 (error state)
 * `seedStale(url, body)` stores an old copy of a feed in the shared loader's
 * persistent cache and makes its refresh fail, so the widget shows the copy
 * with the "may be out of date" note.
 */
import { STORAGE_PREFIX } from '../../src/feed/persistent-store.js';

const failing = new Set<string>();

let installed = false;
function install() {
  if (installed) return;
  installed = true;
  const original = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (url.includes('/__pw-story/hang')) {
      return new Promise<Response>((_, reject) => {
        init?.signal?.addEventListener('abort', () => reject(init.signal!.reason));
      });
    }
    if (url.includes('/__pw-story/down') || failing.has(url)) {
      return Promise.resolve(
        new Response('Service Unavailable', { status: 503, headers: { 'Content-Type': 'text/plain' } }),
      );
    }
    return original(input, init);
  };
}

/** A feed URL that never answers. */
export const hangingFeed = (): string => {
  install();
  return new URL('/__pw-story/hang', location.href).href;
};

/** A feed URL that answers 503. */
export const downFeed = (): string => {
  install();
  return new URL('/__pw-story/down', location.href).href;
};

/**
 * Loads `path` once, stores it as a day-old cached copy under a story-only URL
 * whose refreshes fail, and returns that URL.
 */
export async function staleFeed(path: string): Promise<string> {
  install();
  const body = await (await fetch(path)).text();
  const url = new URL(path.replace(/\.json$/, '.stale.json'), location.href).href;
  failing.add(url);
  localStorage.setItem(STORAGE_PREFIX + url, JSON.stringify({ t: Date.now() - 86_400_000, body }));
  return url;
}
