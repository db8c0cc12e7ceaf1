import { configureLocalization } from '@lit/localize';
import { LOCALES, SOURCE_LOCALE } from './locales.js';
import { getLocale, onLocaleChange } from './store.js';

/**
 * Binds this copy of @lit/localize to the page-wide store. Every translation
 * is bundled, so the first paint is in the right language with no request.
 *
 * @lit/localize can be configured once per module instance. The CDN bundle
 * carries its own instance. The npm build shares the host's, so configuration
 * waits for a microtask: a host module that imports the widgets and then calls
 * `configureLocalization` itself runs first and keeps working. Our strings then
 * stay in Vietnamese (the source locale) and a console note says why. A host
 * that configures later, asynchronously, would find ours already configured;
 * README "Using your own Lit" documents that limit.
 *
 * The target locales are the rows with translations (locales.ts), read at that
 * microtask: a row registered later keeps the source strings.
 */
queueMicrotask(() => {
  let setLitLocale: (locale: string) => Promise<void>;
  const translated = LOCALES.filter((l) => l.templates);
  try {
    ({ setLocale: setLitLocale } = configureLocalization({
      sourceLocale: SOURCE_LOCALE,
      targetLocales: translated.map((l) => l.code),
      loadLocale: async (code) => ({ templates: translated.find((l) => l.code === code)!.templates! }),
    }));
  } catch {
    console.info(
      'provincial-widgets: this page configured @lit/localize itself, so widget text stays in Vietnamese. Use the CDN bundle to keep translations.',
    );
    return;
  }
  const apply = (locale: string) =>
    void setLitLocale(translated.some((l) => l.code === locale) ? locale : SOURCE_LOCALE);
  apply(getLocale());
  onLocaleChange(({ locale }) => apply(locale));
});
