/** Relative links in converted feeds: resolved against `xml:base` or the feed's address. */

export const isRelativeUrl = (v: string) => !!v && !/^[a-z][a-z0-9+.-]*:/i.test(v) && !v.startsWith('#');

/** `value` resolved against `base`; unchanged when there is no base or either is unusable. */
export function absolutize(value: string, base: string | undefined): string {
  if (!base || !isRelativeUrl(value)) return value;
  try {
    return new URL(value, base).href;
  } catch {
    return value;
  }
}

/** Rewrites every `src`/`href` attribute value in `html` with `fix`. */
export const rewriteHtmlLinks = (html: string, fix: (v: string) => string) =>
  html.replace(
    /(\s(?:src|href)\s*=\s*)(["'])([^"']*)\2/gi,
    (_m, pre: string, q: string, v: string) => `${pre}${q}${fix(v)}${q}`,
  );

/** HTML with its relative links resolved against `base`. */
export const absolutizeHtml = (html: string, base: string | undefined) =>
  base ? rewriteHtmlLinks(html, (v) => absolutize(v, base)) : html;
