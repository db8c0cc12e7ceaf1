import { PwLanguageSwitcher } from './language-switcher.js';

export { PwLanguageSwitcher };
export type { LocaleChangeDetail, LocaleSwitchDetail } from './language-switcher.js';

PwLanguageSwitcher.define('pw-language-switcher');

declare global {
  interface HTMLElementTagNameMap {
    'pw-language-switcher': PwLanguageSwitcher;
  }
}
