import { matchLocale, SOURCE_LOCALE, type Locale } from './locales.js';

/**
 * The page-wide locale store. One per page, shared through a `Symbol.for`
 * key by every copy of this library, so a second bundle joins the first.
 *
 * Initial locale: the reader's saved choice, then `<html lang>`, then `vi`.
 * Later changes to `<html lang>` are followed.
 */

export const LOCALE_STORAGE_KEY = 'pw-locale';

/** Detail of the store's change and of `pw-locale-change`. */
export interface LocaleChangeDetail {
  /** The locale now in use (the one the reader chose). */
  locale: Locale;
  /** The locale before. */
  previous: Locale;
  /** `pw-locale-change` in link mode: the address of the other edition the browser is going to. */
  href?: string;
}

interface Store {
  locale: Locale;
  target: EventTarget;
}

const STORE = Symbol.for('provincial-widgets.locale-store.v1');

function store(): Store {
  const g = globalThis as unknown as Record<symbol, Store | undefined>;
  return (g[STORE] ??= createStore());
}

function createStore(): Store {
  const s: Store = { locale: initialLocale(), target: new EventTarget() };
  if (typeof MutationObserver !== 'undefined' && typeof document !== 'undefined') {
    new MutationObserver(() => {
      const l = matchLocale(document.documentElement.lang);
      if (l && l !== s.locale) change(s, l);
    }).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }
  return s;
}

function initialLocale(): Locale {
  return matchLocale(savedLocale()) ?? matchLocale(globalThis.document?.documentElement.lang) ?? SOURCE_LOCALE;
}

/** The reader's saved choice, if any. */
export function savedLocale(): string | null {
  try {
    return localStorage.getItem(LOCALE_STORAGE_KEY);
  } catch {
    return null;
  }
}

function change(s: Store, locale: Locale) {
  const previous = s.locale;
  s.locale = locale;
  s.target.dispatchEvent(new CustomEvent<LocaleChangeDetail>('change', { detail: { locale, previous } }));
}

/** The current page-wide locale. */
export const getLocale = (): Locale => store().locale;

export interface SetLocaleOptions {
  /** Save the choice so it survives a reload. Default true. */
  persist?: boolean;
}

/** Switches every widget on the page. Unknown codes are ignored. */
export function setLocale(code: string, { persist = true }: SetLocaleOptions = {}): boolean {
  const locale = matchLocale(code);
  if (!locale) return false;
  if (persist) {
    try {
      localStorage.setItem(LOCALE_STORAGE_KEY, locale);
    } catch {
      /* private mode: the choice lasts for this page */
    }
  }
  const s = store();
  if (locale !== s.locale) change(s, locale);
  return true;
}

/** Calls `fn` after every change. Returns the unsubscribe function. */
export function onLocaleChange(fn: (detail: LocaleChangeDetail) => void): () => void {
  const listener = (e: Event) => fn((e as CustomEvent<LocaleChangeDetail>).detail);
  store().target.addEventListener('change', listener);
  return () => store().target.removeEventListener('change', listener);
}
