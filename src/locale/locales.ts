import type { DateLocale } from '../shared/dates.js';
import type { templates as en } from './generated/en.js';
import { translations as stateStrings } from './generated/strings/state.js';

/**
 * The locales the widgets speak: one row each. Adding one means a row here, its code in
 * `lit-localize.json` and its XLIFF file (docs/i18n.md). No element and no date function
 * names a language: they read the row.
 */

declare const localeBrand: unique symbol;

/** A supported locale code (`vi`, `en`): obtained from `matchLocale`, `isLocale` or a row, never a raw string. */
export type Locale = string & { readonly [localeBrand]: true };

/** Translated UI strings, as `lit-localize build` writes them to `src/locale/generated/<code>.ts`. */
export type LocaleTemplates = typeof en;

/** Some of a locale's strings: those of one element, say (`src/locale/generated/strings/`). */
export type PartialTemplates = Partial<LocaleTemplates>;

/** One locale's row: its code, names, `Intl` tag, date patterns and translations. */
export interface LocaleInfo extends DateLocale {
  code: Locale;
  /** The language's name in itself: options are written in their own language. */
  nativeName: string;
  /**
   * Said to screen readers after a reader switches to this language, written in it ("Switched to
   * English"). Part of the row, not a translated string, because it must be in the new language at
   * once, while @lit/localize switches a few microtasks later. Default: `nativeName`.
   */
  switchedTo?: string;
  /** BCP 47 tag for `lang` attributes. */
  tag: string;
  /**
   * Its translations (`templates` of the generated module); none for the source locale. The
   * built-in rows start with the shared states' strings, and each element adds its own when it
   * loads (`addTranslations`), so a page fetches only the strings of the elements it uses.
   */
  templates?: PartialTemplates;
}

/** A row to add with `registerLocale`: a `LocaleInfo` whose code is still a plain string. */
export type LocaleDefinition = Omit<LocaleInfo, 'code'> & { code: string };

const rows: LocaleInfo[] = [
  {
    code: 'vi' as Locale,
    nativeName: 'Tiếng Việt',
    switchedTo: 'Đã chuyển sang tiếng Việt',
    tag: 'vi',
    intl: 'vi-VN',
    dates: {
      date: '{dd}/{MM}/{yyyy}',
      time: '{HH}:{mm}',
      dateTime: '{date} - {time}',
      longDay: '{EEEE}, {d} tháng {M}, {yyyy}',
      month: 'Tháng {M} năm {yyyy}',
      gridWeekday: 'narrow',
    },
    // Written out (as Intl gives them; test/dates.test.ts compares) so a first render builds no Intl formatter.
    names: {
      weekdays: {
        long: ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ Nhật'],
        narrow: ['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN'],
      },
    },
  },
  {
    code: 'en' as Locale,
    nativeName: 'English',
    switchedTo: 'Switched to English',
    tag: 'en',
    intl: 'en-GB',
    dates: { time: '{HH}:{mm}', dateTime: '{date}, {time}', gridWeekday: 'short' },
  },
];

/** Every registered locale, source locale first. */
export const LOCALES: readonly LocaleInfo[] = rows;

export const SOURCE_LOCALE = rows[0]!.code;

export const isLocale = (code: unknown): code is Locale => rows.some((l) => l.code === code);

/** Maps a language tag such as `en-US` or `vi-VN` to a supported locale: the exact code, else the longest code it starts with. */
export function matchLocale(tag: string | null | undefined): Locale | undefined {
  const lower = tag?.trim().toLowerCase();
  if (!lower) return undefined;
  let best: LocaleInfo | undefined;
  for (const l of rows) {
    const code = l.code.toLowerCase();
    if (code === lower) return l.code;
    if (lower.startsWith(`${code}-`) && (!best || code.length > best.code.length)) best = l;
  }
  return best?.code;
}

/** The row of `code`, or the source locale's for an unknown code. */
export const localeInfo = (code: string): LocaleInfo => rows.find((l) => l.code === code) ?? rows[0]!;

/**
 * Adds strings to the rows of the locales they are in, keeping what the rows have: each element
 * module calls it with its own `src/locale/generated/strings/<prefix>.ts`. Call it before the
 * strings are first shown; a row that had no translations on the first microtask stays untranslated
 * (see `registerLocale`).
 */
export function addTranslations(byLocale: Record<string, PartialTemplates>): void {
  for (const row of rows) {
    const strings = Object.hasOwn(byLocale, row.code) ? byLocale[row.code] : undefined;
    if (!strings) continue;
    // The same object stays with @lit/localize; strings a page registered itself win.
    const templates = (row.templates ??= {});
    for (const [id, text] of Object.entries(strings))
      if (!Object.hasOwn(templates, id)) Object.assign(templates, { [id]: text });
  }
}

addTranslations(stateStrings);

/**
 * Adds a locale (or replaces the row with the same code) and returns its code. Call it in the
 * script that loads the widgets, before it awaits anything: translations are handed to
 * @lit/localize once, on the first microtask. A row registered later still gets its dates,
 * names and `lang`, but its strings stay in the source locale.
 */
export function registerLocale(row: LocaleDefinition): Locale {
  const info = { ...row } as LocaleInfo;
  const i = rows.findIndex((l) => l.code === info.code);
  if (i < 0) rows.push(info);
  else rows[i] = info;
  return info.code;
}
