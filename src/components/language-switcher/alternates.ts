/**
 * Where each language edition of the page lives, for the switcher's link
 * mode. Sources, first match per locale wins:
 * 1. `href-<code>` attributes on the element (`href-en="https://en.example.gov.vn/"`);
 * 2. links authored in its light DOM with `hreflang` (`<a href="…" hreflang="en">`),
 *    which are also what readers without JavaScript get. Light-DOM links with
 *    only `lang` (say `<a href="?lang=en" lang="en">`) are a no-JS fallback for
 *    in-place mode and do not turn link mode on;
 * 3. the page's `<link rel="alternate" hreflang="…" href="…">`.
 * Only locales in the locale list count; `x-default` and unknown languages are skipped.
 */
import { matchLocale, type Locale } from '../../locale/locales.js';
import { safeUrl } from '../../shared/url.js';

export function collectAlternates(host: Element, doc: Document = document): Map<Locale, string> {
  const found = new Map<Locale, string>();
  const add = (lang: string | null, href: string | null) => {
    const code = matchLocale(lang);
    const url = safeUrl(href, doc.baseURI, 'http');
    if (code && url && !found.has(code)) found.set(code, url);
  };
  for (const attr of Array.from(host.attributes)) {
    if (attr.name.startsWith('href-')) add(attr.name.slice(5), attr.value);
  }
  for (const a of Array.from(host.querySelectorAll('a[href][hreflang]'))) {
    add(a.getAttribute('hreflang'), a.getAttribute('href'));
  }
  for (const link of Array.from(doc.querySelectorAll('link[rel~="alternate" i][hreflang][href]'))) {
    add(link.getAttribute('hreflang'), link.getAttribute('href'));
  }
  return found;
}

/** The URL without its fragment, for "is this link the page I am on?". */
export const withoutHash = (url: string): string => url.split('#')[0]!;
