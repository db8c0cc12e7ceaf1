/**
 * Issue 26 §6: switching language in place is announced politely, in the new language
 * ("Đã chuyển sang tiếng Việt" / "Switched to English"), once per switch.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './define.js';
import type { PwLanguageSwitcher } from './language-switcher.js';
import { LOCALE_STORAGE_KEY, setLocale } from '../../locale/store.js';
import { resetShared } from '../../../test/helpers/feeds.js';
import { sr } from '../../../test/helpers/dom.js';
import { part } from '../../../test/helpers/parts.js';

const option = (el: PwLanguageSwitcher, code: string) =>
  sr(el).querySelector<HTMLElement>(`[part~="option"][lang="${code}"]`)!;
const region = (el: PwLanguageSwitcher) => sr(el).querySelector<HTMLElement>('[role="status"]')!;
/** What each switcher's live region says, with its language: `["en: Switched to English", "vi: "]`. */
const said = (...els: PwLanguageSwitcher[]) =>
  els.map((el) => `${region(el).getAttribute('lang')}: ${region(el).textContent!.trim()}`);

describe('pw-language-switcher announces a switch', () => {
  beforeEach(resetShared);
  afterEach(() => {
    localStorage.removeItem(LOCALE_STORAGE_KEY);
    setLocale('vi', { persist: false });
  });

  it('politely, in the new language, from the switcher used only: once per switch', async () => {
    const page = await fixture(html`<div>
      <pw-language-switcher id="header"></pw-language-switcher>
      <pw-language-switcher id="footer" variant="flags" label="Ngôn ngữ (chân trang)"></pw-language-switcher>
    </div>`);
    const [header, footer] = [...page.querySelectorAll<PwLanguageSwitcher>('pw-language-switcher')] as [
      PwLanguageSwitcher,
      PwLanguageSwitcher,
    ];
    // The region is in place, empty, before anything is said (screen readers watch it from the start).
    expect(region(header).getAttribute('aria-live') ?? 'polite').to.equal('polite');
    expect(region(header).closest('[aria-hidden], [hidden]')).to.equal(null);
    expect(said(header, footer)).to.deep.equal(['vi: ', 'vi: ']);

    option(header, 'en').click();
    await Promise.all([header.updateComplete, footer.updateComplete]);
    expect(said(header, footer)).to.deep.equal(['en: Switched to English', 'en: ']);

    option(footer, 'vi').click();
    await Promise.all([header.updateComplete, footer.updateComplete]);
    expect(said(header, footer)).to.deep.equal(['vi: ', 'vi: Đã chuyển sang tiếng Việt']);

    // Switching back to a language said before is said again (the region was emptied in between).
    option(header, 'en').click();
    await Promise.all([header.updateComplete, footer.updateComplete]);
    expect(said(header, footer)).to.deep.equal(['en: Switched to English', 'en: ']);

    // Choosing the current language is no switch: nothing more is said.
    option(header, 'en').click();
    await header.updateComplete;
    expect(said(header)).to.deep.equal(['en: Switched to English']);
    await expect(page).to.be.accessible();
  });

  it('from the menu, chosen with the keyboard', async () => {
    const el = await fixture<PwLanguageSwitcher>(html`<pw-language-switcher variant="menu"></pw-language-switcher>`);
    part<HTMLButtonElement>(el, 'toggle')!.focus();
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(said(el)).to.deep.equal(['en: Switched to English']);
  });

  it('says nothing when the page itself changes the language, or in link mode', async () => {
    const el = await fixture<PwLanguageSwitcher>(html`<pw-language-switcher></pw-language-switcher>`);
    setLocale('en', { persist: false });
    await el.updateComplete;
    expect(said(el)).to.deep.equal(['en: ']);
    const links = await fixture<PwLanguageSwitcher>(
      html`<pw-language-switcher href-vi="#vi" href-en="#en"></pw-language-switcher>`,
    );
    option(links, 'vi').click();
    await links.updateComplete;
    expect(region(links).textContent!.trim()).to.equal('');
  });
});
