/**
 * The URL policy. Every URL that comes from a feed or an attribute passes
 * through here before it reaches an `href` or `src`:
 * - links: http, https, mailto (and tel, which phones dial);
 * - images and feeds: http, https only.
 * Anything else (javascript:, vbscript:, data:, blob:, file: …) is dropped.
 * The WHATWG URL parser strips the tabs, newlines and odd casing that attacks
 * use to hide a scheme, so checking the parsed protocol is reliable.
 */
export type UrlKind = 'link' | 'image' | 'http';

const allowed: Record<UrlKind, ReadonlySet<string>> = {
  link: new Set(['http:', 'https:', 'mailto:', 'tel:']),
  image: new Set(['http:', 'https:']),
  http: new Set(['http:', 'https:']),
};

const ABSOLUTE_HTTP = /^https?:\/\//i;

/** An absolute, policy-approved URL, or `undefined`. */
export function safeUrl(value: unknown, base?: string, kind: UrlKind = 'link'): string | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  try {
    const v = value.trim();
    // An absolute http(s) URL ignores the base: skip parsing the base (a feed of
    // 10,000 items has several URLs per item, all against the same base).
    const url = ABSOLUTE_HTTP.test(v) ? new URL(v) : new URL(v, base ?? document.baseURI);
    return allowed[kind].has(url.protocol) ? url.href : undefined;
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
