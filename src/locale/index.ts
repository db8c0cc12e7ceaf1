import './localize.js';

export { getLocale, setLocale, onLocaleChange, savedLocale, LOCALE_STORAGE_KEY } from './store.js';
export type { LocaleChangeDetail, SetLocaleOptions } from './store.js';
export { LOCALES, SOURCE_LOCALE, isLocale, matchLocale, localeInfo } from './locales.js';
export type { Locale, LocaleInfo } from './locales.js';
