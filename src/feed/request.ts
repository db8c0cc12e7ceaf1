import { FeedError, isFeedError } from './errors.js';
import { parseFeedText } from './parse.js';

/**
 * The loader's network step: one capped, timed request for a feed, parsed.
 * Every failure becomes a {@link FeedError} that names the URL.
 */

export const DEFAULT_TIMEOUT = 10_000;
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export interface RequestOptions {
  /** Milliseconds before the request fails with a timeout. */
  timeout?: number;
  /** Bytes; a larger body is a fatal error. */
  maxBytes?: number;
}

/**
 * Fetches and parses `url`; aborting `abort` (or the timeout) rejects with its reason. `wrongType` is
 * the Content-Type of a feed that parsed although its server did not call it JSON (for a warning).
 */
export async function requestFeed(url: string, abort: AbortController, options: RequestOptions) {
  const timeout = options.timeout ?? DEFAULT_TIMEOUT;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const timer = setTimeout(() => abort.abort(new FeedError('timeout', url)), timeout);
  try {
    let res: Response;
    try {
      res = await fetch(url, {
        signal: abort.signal,
        // Cookies never go to another origin. Not 'omit': a page's `<link rel="preload" as="fetch"
        // crossorigin>` is reused only by a request with the same credentials mode.
        credentials: 'same-origin',
        headers: { Accept: 'application/feed+json, application/json;q=0.9' },
      });
    } catch {
      if (abort.signal.aborted) throw abort.signal.reason;
      throw new FeedError((await blockedByCors(url, abort.signal)) ? 'cors' : 'network', url);
    }
    if (!res.ok) throw new FeedError('http', url, res.status);
    const length = Number(res.headers.get('content-length'));
    if (length > maxBytes) throw new FeedError('too-large', url);
    const text = await readCapped(res, maxBytes, abort, url);
    // Judged by the body, not the header: a misconfigured host sends good JSON as text/html.
    const type = res.headers.get('content-type') ?? '';
    try {
      return { ...parseFeedText(text, url), text, wrongType: type && !/json/i.test(type) ? type : undefined };
    } catch (err) {
      // Markup that is not a whole page (`<div>Lỗi</div>`) sent as HTML is still a page, not broken JSON.
      if (isFeedError(err) && err.kind === 'not-json' && /html/i.test(type) && text.trimStart().startsWith('<'))
        throw new FeedError('html', url, res.status);
      throw err;
    }
  } finally {
    clearTimeout(timer);
  }
}

/** Reads the body as UTF-8, stopping as soon as it passes the cap. */
async function readCapped(res: Response, maxBytes: number, abort: AbortController, url: string): Promise<string> {
  if (!res.body) return '';
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
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

/**
 * After a failed cross-origin request: whether the server answers at all. Scripts cannot tell a
 * CORS refusal from a network failure, but an opaque `no-cors` response can only come from a
 * server that answered, so the missing header is then the likely cause (and worth naming).
 */
async function blockedByCors(url: string, signal: AbortSignal): Promise<boolean> {
  if (typeof location === 'undefined' || new URL(url).origin === location.origin) return false;
  try {
    await fetch(url, { mode: 'no-cors', credentials: 'omit', signal });
    return true;
  } catch {
    return false;
  }
}
