/**
 * The locales the widgets speak. Adding one means: a row here, its code in
 * `lit-localize.json`, and an XLIFF file. No element hard-codes the list.
 */
export interface LocaleInfo {
  code: string;
  /** The language's name in itself: options are written in their own language. */
  nativeName: string;
  /** BCP 47 tag for `Intl` and `lang` attributes. */
  tag: string;
}

export const LOCALES: readonly LocaleInfo[] = [
  { code: 'vi', nativeName: 'Tiếng Việt', tag: 'vi' },
  { code: 'en', nativeName: 'English', tag: 'en' },
];

export const SOURCE_LOCALE = 'vi';

export type Locale = string;

export const isLocale = (code: unknown): code is Locale => LOCALES.some((l) => l.code === code);

/** Maps a language tag such as `en-US` or `vi-VN` to a supported locale. */
export function matchLocale(tag: string | null | undefined): Locale | undefined {
  if (!tag) return undefined;
  const lower = tag.trim().toLowerCase();
  return LOCALES.find((l) => l.code === lower || lower.startsWith(`${l.code}-`))?.code;
}

export const localeInfo = (code: Locale): LocaleInfo => LOCALES.find((l) => l.code === code) ?? LOCALES[0];
