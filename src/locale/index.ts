import './localize.js';

export { getLocale, setLocale, onLocaleChange, savedLocale, LOCALE_STORAGE_KEY } from './store.js';
export type { LocaleChangeDetail, SetLocaleOptions } from './store.js';
export { LOCALES, SOURCE_LOCALE, isLocale, matchLocale, localeInfo, registerLocale } from './locales.js';
export type { Locale, LocaleInfo, LocaleDefinition, LocaleTemplates } from './locales.js';
export type { DateLocale, DatePatterns, DateNames } from '../shared/dates.js';
