/**
 * Expands `{lang}`, `{from}` and `{to}` in a widget's `src` and makes it
 * absolute against the page, so one snippet serves every language edition
 * and range endpoints get only the period shown.
 *
 * Only `params`' own keys count: `{constructor}`, `{__proto__}` or
 * `{toString}` stay as written instead of becoming a function's source.
 */
export function expandSrc(src: string, params: Record<string, string>, base = document.baseURI): string | undefined {
  const expanded = src.replace(/\{(\w+)\}/g, (m, name: string) =>
    Object.hasOwn(params, name) ? encodeURIComponent(params[name]!) : m,
  );
  try {
    const url = new URL(expanded.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
