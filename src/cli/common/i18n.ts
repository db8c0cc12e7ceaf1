/**
 * The feed tools speak English by default and Vietnamese with `--lang vi`
 * (the webmasters who run them are mostly Vietnamese). One switch for the
 * whole run; every message is written in both languages where it is made.
 */
export type CliLang = 'en' | 'vi';

let current: CliLang = 'en';

export const setCliLang = (lang: CliLang): void => {
  current = lang;
};

export const cliLang = (): CliLang => current;

/** The English or Vietnamese text, for the current run. */
export const t = (en: string, vi: string): string => (current === 'vi' ? vi : en);
