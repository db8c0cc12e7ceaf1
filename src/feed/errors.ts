/** Why a feed could not be used at all. Item-level problems are warnings, not errors. */
export type FeedErrorKind =
  'http' | 'network' | 'cors' | 'timeout' | 'too-large' | 'empty' | 'html' | 'not-json' | 'not-object' | 'no-items';

const explanations: Record<FeedErrorKind, string> = {
  http: 'the server answered with an error status',
  network: 'the request failed (offline, or connection reset)',
  cors: 'the server answered, but without an Access-Control-Allow-Origin header that lets this page read it',
  timeout: 'the server did not answer in time',
  'too-large': 'the body is larger than the size cap',
  empty: 'the body is empty',
  html: 'the server sent an HTML page instead of JSON (a login or error page?)',
  'not-json': 'the body is not valid JSON (truncated, or RSS/XML?)',
  'not-object': 'the JSON is not an object',
  'no-items': 'the feed has no "items" array',
};

/** What the feed's host must add, naming this page's origin. */
const corsFix = () => {
  const origin = globalThis.location?.origin;
  return `. Fix: the feed's server must send "Access-Control-Allow-Origin: *"${origin && origin !== 'null' ? ` (or "${origin}", this page's origin)` : ''} with the feed.`;
};

export class FeedError extends Error {
  override readonly name = 'FeedError';
  constructor(
    readonly kind: FeedErrorKind,
    readonly url: string,
    readonly status?: number,
  ) {
    super(
      `provincial-widgets: feed ${url}: ${explanations[kind]}${status ? ` (HTTP ${status})` : ''}${kind === 'cors' ? corsFix() : ''}`,
    );
  }
}

export const isFeedError = (e: unknown): e is FeedError => e instanceof Error && e.name === 'FeedError' && 'kind' in e;
