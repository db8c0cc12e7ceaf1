/**
 * The URL policy. Every URL that comes from a feed or an attribute passes
 * through here before it reaches an `href` or `src`:
 * - links: http, https, mailto (and tel, which phones dial);
 * - images and feeds: http, https only.
 * Anything else (javascript:, vbscript:, data:, blob:, file: …) is dropped, and so is a URL with a
 * user name or password (`https://user:pass@…`): it would hand a secret to every reader, and
 * `https://www.longan.gov.vn@evil.example/` is how a link disguises its host. Browsers refuse such
 * URLs for images and fetches anyway.
 * The WHATWG URL parser strips the tabs, newlines and odd casing that attacks
 * use to hide a scheme, so checking the parsed protocol is reliable.
 */
export type UrlKind = 'link' | 'image' | 'http';

const HTTP: ReadonlySet<string> = new Set(['http:', 'https:']);
const allowed: Record<UrlKind, ReadonlySet<string>> = {
  link: new Set([...HTTP, 'mailto:', 'tel:']),
  image: HTTP,
  http: HTTP,
};

const ABSOLUTE_HTTP = /^https?:\/\//i;

/**
 * Absolute http(s) URLs that `new URL(v).href` would return unchanged: a lower-case host whose last
 * label starts with a letter (so no IPv4 rewriting), no port or user, a path, and only characters
 * the parser neither escapes nor decodes. Feeds are full of these (two or three per item), and
 * `new URL` is the parser's most expensive step; the rest (dot segments, `%`, punycode) go through it.
 */
const CANONICAL_HTTP = /^https?:\/\/(?:[a-z\d-]+\.)*[a-z][a-z\d-]*\/[\w\-.~!$&*+,;=:@/]*(?:\?[\w\-.~!$&*+,;=:@/?]*)?$/;

/** An absolute, policy-approved URL, or `undefined`. */
export function safeUrl(value: unknown, base?: string, kind: UrlKind = 'link'): string | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  try {
    const v = value.trim();
    if (CANONICAL_HTTP.test(v) && !v.includes('/.') && !v.includes('xn--')) return v;
    // An absolute http(s) URL ignores the base: skip parsing the base (a feed of
    // 10,000 items has several URLs per item, all against the same base).
    const url = ABSOLUTE_HTTP.test(v) ? new URL(v) : new URL(v, base ?? document.baseURI);
    return allowed[kind].has(url.protocol) && !url.username && !url.password ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The host of a URL, or '' when it has none. */
export const hostOf = (value: string): string => {
  try {
    return new URL(value).host;
  } catch {
    return '';
  }
};
