/**
 * The demo pages' own text in vi/en. Elements carry their Vietnamese text as
 * content and the English in `data-en` (and `data-en-aria-label`,
 * `data-en-placeholder`); a locale change swaps them, the way a CMS
 * template would. The widgets translate themselves.
 */
import { getLocale, onLocaleChange } from '../src/locale/index.js';

type Swap = { el: Element; attr?: string; vi: string; en: string };

const swaps: Swap[] = [];
const listeners: Array<(locale: string) => void> = [];

function collect(root: ParentNode): void {
  for (const el of root.querySelectorAll('[data-en]')) {
    swaps.push({ el, vi: el.textContent ?? '', en: el.getAttribute('data-en') ?? '' });
  }
  for (const attr of ['aria-label', 'placeholder', 'title']) {
    for (const el of root.querySelectorAll(`[data-en-${attr}]`)) {
      swaps.push({ el, attr, vi: el.getAttribute(attr) ?? '', en: el.getAttribute(`data-en-${attr}`) ?? '' });
    }
  }
}

function apply(locale: string): void {
  const en = locale === 'en';
  for (const s of swaps) {
    const value = en ? s.en : s.vi;
    if (s.attr) s.el.setAttribute(s.attr, value);
    else s.el.textContent = value;
  }
  document.documentElement.lang = locale;
  for (const fn of listeners) fn(locale);
}

/** Starts following the page-wide locale; `onChange` runs now and on every change. */
export function translatePage(onChange?: (locale: string) => void): void {
  collect(document);
  if (onChange) listeners.push(onChange);
  onLocaleChange(({ locale }) => apply(locale));
  apply(getLocale());
}

/** Re-applies the current locale (after the page added listeners). */
export const refreshPage = (): void => apply(getLocale());

/** Adds a listener for later locale changes and runs it now. */
export function onPageLocale(fn: (locale: string) => void): void {
  listeners.push(fn);
  fn(getLocale());
}

/** `vi` or `en` text for the current locale. */
export const t = (vi: string, en: string): string => (getLocale() === 'en' ? en : vi);
