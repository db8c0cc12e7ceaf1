import { configureLocalization } from '@lit/localize';
import { templates as en } from './generated/en.js';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';
import { getLocale, onLocaleChange } from './store.js';

/**
 * Binds this copy of @lit/localize to the page-wide store. Every translation
 * is bundled, so the first paint is in the right language with no request.
 *
 * @lit/localize can be configured once per module instance. The CDN bundle
 * carries its own instance. The npm build shares the host's: if the host
 * configured it already, our strings show in Vietnamese (the source locale)
 * and a console note explains why; see README "Using your own Lit".
 */
const bundled: Record<string, { templates: typeof en }> = { en: { templates: en } };

let setLitLocale: ((locale: string) => Promise<void>) | undefined;
try {
  ({ setLocale: setLitLocale } = configureLocalization({
    sourceLocale,
    targetLocales,
    loadLocale: async (locale) => bundled[locale],
  }));
} catch {
  console.info(
    'provincial-widgets: @lit/localize is already configured by this page; widget text stays in Vietnamese. Use the CDN bundle to keep translations.',
  );
}

const apply = (locale: string) => void setLitLocale?.(locale);
apply(getLocale());
onLocaleChange(({ locale }) => apply(locale));
