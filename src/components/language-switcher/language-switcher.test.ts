import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './define.js';
import '../share-bar/define.js';
import '../../../test/helpers/pw-test-feed.js';
import type { PwLanguageSwitcher } from './language-switcher.js';
import type { LocaleChangeDetail } from './language-switcher.js';
import type { PwShareBar } from '../share-bar/share-bar.js';
import { getLocale, LOCALE_STORAGE_KEY, savedLocale, setLocale } from '../../locale/store.js';
import { LOCALES, registerLocale, type LocaleInfo } from '../../locale/locales.js';
import { feedOf, item, requestCount, resetShared, serveFeed, uniqueId, until } from '../../../test/helpers/feeds.js';
import { addHead, removeHead, sr } from '../../../test/helpers/dom.js';
import { parts } from '../../../test/helpers/parts.js';

const options = (el: PwLanguageSwitcher) => parts<HTMLElement>(el, 'option');
const option = (el: PwLanguageSwitcher, code: string) =>
  sr(el).querySelector<HTMLElement>(`[part~="option"][lang="${code}"]`)!;
const currentCode = (el: PwLanguageSwitcher) =>
  sr(el).querySelector('[part~="option"][aria-current]')?.getAttribute('lang');
const nav = (el: PwLanguageSwitcher) => sr(el).querySelector('nav')!;

describe('pw-language-switcher', () => {
  let htmlLang: string | null;
  beforeEach(() => {
    htmlLang = document.documentElement.getAttribute('lang');
    resetShared();
  });
  afterEach(() => {
    removeHead();
    if (htmlLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', htmlLang);
    localStorage.removeItem(LOCALE_STORAGE_KEY);
    setLocale('vi', { persist: false });
  });

  describe('in-place mode', () => {
    it('shows "Tiếng Việt | English", each option in its own language, the current one marked', async () => {
      const el = await fixture<PwLanguageSwitcher>(html`<pw-language-switcher></pw-language-switcher>`);
      expect(nav(el).textContent!.replace(/\s+/g, ' ').trim()).to.equal('Tiếng Việt | English');
      expect(nav(el).getAttribute('aria-label')).to.equal('Chọn ngôn ngữ');
      expect(nav(el).getAttribute('lang')).to.equal('vi');
      expect(options(el).map((o) => [o.localName, o.getAttribute('lang'), o.textContent!.trim()])).to.deep.equal([
        ['button', 'vi', 'Tiếng Việt'],
        ['button', 'en', 'English'],
      ]);
      expect(option(el, 'vi').getAttribute('aria-current')).to.equal('true');
      expect(option(el, 'en').hasAttribute('aria-current')).to.be.false;
      expect(sr(el).querySelector('[part="separator"]')!.getAttribute('aria-hidden')).to.equal('true');
      expect(el.linkMode).to.be.false;
    });

    it('re-renders every widget already on the page, refetches {lang} feeds and fires pw-locale-change', async () => {
      const a = uniqueId('news');
      const b = uniqueId('events');
      await serveFeed(`${a}-vi`, feedOf([item('1', { title: 'Tập huấn quy chế dân chủ' })]));
      await serveFeed(`${a}-en`, feedOf([item('1', { title: 'Training on grassroots democracy' })]));
      await serveFeed(`${b}-vi`, feedOf([item('2', { title: 'Lịch tiếp công dân' })]));
      await serveFeed(`${b}-en`, feedOf([item('2', { title: 'Citizen reception schedule' })]));
      const src = (id: string) => `${location.origin}/__feed/inline/${id}-{lang}`;
      const page = await fixture(html`<div>
        <pw-language-switcher id="header"></pw-language-switcher>
        <pw-test-feed id="a" src=${src(a)}></pw-test-feed>
        <pw-test-feed id="b" src=${src(b)}></pw-test-feed>
        <pw-share-bar></pw-share-bar>
        <pw-language-switcher id="footer" variant="flags"></pw-language-switcher>
      </div>`);
      const title = (id: string) => page.querySelector(`#${id}`)!.shadowRoot!.querySelector('.title')?.textContent;
      await until(() => title('a') && title('b'), 5000, 'Vietnamese feeds');
      expect([title('a'), title('b')]).to.deep.equal(['Tập huấn quy chế dân chủ', 'Lịch tiếp công dân']);
      expect(await requestCount(`${a}-en`)).to.equal(0);

      const header = page.querySelector<PwLanguageSwitcher>('#header')!;
      const footer = page.querySelector<PwLanguageSwitcher>('#footer')!;
      const bar = page.querySelector<PwShareBar>('pw-share-bar')!;
      setTimeout(() => option(header, 'en').click());
      const ev = await oneEvent(page, 'pw-locale-change');
      const detail: LocaleChangeDetail = ev.detail;
      expect(detail).to.deep.equal({ locale: 'en', previous: 'vi' });
      expect(ev.bubbles && ev.composed).to.be.true;
      expect(getLocale()).to.equal('en');

      await until(
        () => title('a') === 'Training on grassroots democracy' && title('b') === 'Citizen reception schedule',
        5000,
        'English feeds',
      );
      expect(await requestCount(`${a}-en`)).to.equal(1);
      expect(await requestCount(`${b}-en`)).to.equal(1);
      await until(
        () => bar.shadowRoot!.querySelector('[part="label"]')!.textContent === 'Share this article',
        2000,
        'share bar',
      );
      expect(currentCode(header)).to.equal('en');
      expect(currentCode(footer)).to.equal('en');
      await until(() => nav(footer).getAttribute('aria-label') === 'Choose language', 2000, 'label');
      expect(nav(footer).getAttribute('lang')).to.equal('en');
    });

    it('saves the choice so that it survives a reload', async () => {
      const el = await fixture<PwLanguageSwitcher>(html`<pw-language-switcher></pw-language-switcher>`);
      option(el, 'en').click();
      expect(savedLocale()).to.equal('en');

      // A reload: a fresh page of the same origin builds its own store from localStorage.
      const frame = document.createElement('iframe');
      frame.srcdoc = `<!doctype html><html lang="vi"><body>
        <pw-language-switcher></pw-language-switcher><pw-share-bar></pw-share-bar>
        <script type="module">
          import '/src/components/language-switcher/define.ts';
          import '/src/components/share-bar/define.ts';
        </script></body></html>`;
      document.body.appendChild(frame);
      try {
        const doc = () => frame.contentDocument!;
        const sw = await until(
          () =>
            doc().querySelector('pw-language-switcher')?.shadowRoot?.querySelector('[part~="option"][aria-current]'),
          10000,
          'reloaded switcher',
        );
        expect(sw.getAttribute('lang')).to.equal('en');
        await until(
          () =>
            doc().querySelector('pw-share-bar')?.shadowRoot?.querySelector('[part="label"]')?.textContent ===
            'Share this article',
          5000,
          'reloaded share bar in English',
        );
      } finally {
        frame.remove();
      }

      // Choosing Vietnamese again is saved too.
      option(el, 'vi').click();
      expect(savedLocale()).to.equal('vi');
      const fresh = await fixture<PwLanguageSwitcher>(html`<pw-language-switcher></pw-language-switcher>`);
      expect(currentCode(fresh)).to.equal('vi');
    });

    it('does nothing when the current language is chosen again', async () => {
      const el = await fixture<PwLanguageSwitcher>(html`<pw-language-switcher></pw-language-switcher>`);
      let fired = 0;
      el.addEventListener('pw-locale-change', () => fired++);
      option(el, 'vi').click();
      expect(fired).to.equal(0);
      expect(savedLocale()).to.equal(null);
    });

    it('updates <html lang> only with update-document-lang', async () => {
      document.documentElement.lang = 'vi';
      const plain = await fixture<PwLanguageSwitcher>(html`<pw-language-switcher></pw-language-switcher>`);
      option(plain, 'en').click();
      expect(document.documentElement.lang).to.equal('vi');
      // The store follows <html lang> when the page changes it: back to vi.
      setLocale('vi');
      const opted = await fixture<PwLanguageSwitcher>(
        html`<pw-language-switcher update-document-lang></pw-language-switcher>`,
      );
      option(opted, 'en').click();
      expect(document.documentElement.lang).to.equal('en');
      option(opted, 'vi').click();
      expect(document.documentElement.lang).to.equal('vi');
    });

    it('is keyboard operable', async () => {
      const el = await fixture<PwLanguageSwitcher>(html`<pw-language-switcher></pw-language-switcher>`);
      option(el, 'vi').focus();
      await sendKeys({ press: 'Tab' });
      expect(sr(el).activeElement).to.equal(option(el, 'en'));
      await sendKeys({ press: 'Enter' });
      expect(getLocale()).to.equal('en');
      await el.updateComplete;
      expect(currentCode(el)).to.equal('en');
    });

    it('reads the locale list instead of hard-coding languages', async () => {
      const list = LOCALES as LocaleInfo[];
      registerLocale({
        code: 'km',
        nativeName: 'ភាសាខ្មែរ',
        tag: 'km',
        intl: 'km',
        dates: { dateTime: '{date} {time}', gridWeekday: 'short' },
      });
      try {
        const el = await fixture<PwLanguageSwitcher>(html`<pw-language-switcher></pw-language-switcher>`);
        expect(options(el).map((o) => o.getAttribute('lang'))).to.deep.equal(['vi', 'en', 'km']);
        expect(nav(el).textContent!.replace(/\s+/g, ' ').trim()).to.equal('Tiếng Việt | English | ភាសាខ្មែរ');
        // (Switching to it needs its translations registered too; that is the locale list's contract, not the element's.)
        expect(option(el, 'km').getAttribute('aria-current')).to.equal(null);
      } finally {
        list.pop();
      }
    });
  });

  describe('link mode', () => {
    it('turns href-vi / href-en into plain links to the other editions', async () => {
      document.documentElement.lang = 'vi';
      const el = await fixture<PwLanguageSwitcher>(
        html`<pw-language-switcher href-vi="https://www.longan.gov.vn/" href-en="https://en.longan.gov.vn/?a=1&amp;b=2"></pw-language-switcher>`,
      );
      expect(el.linkMode).to.be.true;
      expect(
        options(el).map((o) => [
          o.localName,
          o.getAttribute('href'),
          o.getAttribute('hreflang'),
          o.getAttribute('lang'),
        ]),
      ).to.deep.equal([
        ['a', 'https://www.longan.gov.vn/', 'vi', 'vi'],
        ['a', 'https://en.longan.gov.vn/?a=1&b=2', 'en', 'en'],
      ]);
      expect(option(el, 'vi').getAttribute('aria-current')).to.equal('page');
      expect(option(el, 'en').hasAttribute('aria-current')).to.be.false;

      el.addEventListener('click', (e) => e.preventDefault()); // stay on the test page
      setTimeout(() => option(el, 'en').click());
      const ev = await oneEvent(el, 'pw-locale-change');
      expect(ev.detail).to.deep.equal({ locale: 'en', previous: 'vi', href: 'https://en.longan.gov.vn/?a=1&b=2' });
      // Navigating is the switch: no in-place change and nothing saved.
      expect(getLocale()).to.equal('vi');
      expect(savedLocale()).to.equal(null);
    });

    it('follows href-* attribute changes and drops unsafe URLs', async () => {
      document.documentElement.lang = 'vi';
      const el = await fixture<PwLanguageSwitcher>(html`<pw-language-switcher></pw-language-switcher>`);
      expect(el.linkMode).to.be.false;
      el.setAttribute('href-en', 'javascript:alert(1)');
      await el.updateComplete;
      expect(el.linkMode).to.be.false;
      el.setAttribute('href-en', '/en/');
      await el.updateComplete;
      expect(el.linkMode).to.be.true;
      expect(option(el, 'en').getAttribute('href')).to.equal(new URL('/en/', location.href).href);
      // Vietnamese is the current edition and has no link: marked, not linked.
      expect(option(el, 'vi').localName).to.equal('span');
      expect(option(el, 'vi').getAttribute('aria-current')).to.equal('true');
    });

    it('discovers <link rel="alternate" hreflang> and marks the page it is on', async () => {
      document.documentElement.lang = 'en'; // the page's language alone would say English...
      addHead(`<link rel="alternate" hreflang="vi-VN" href="${location.href}">
        <link rel="alternate" hreflang="en" href="https://en.longan.gov.vn/news/1">
        <link rel="alternate" hreflang="x-default" href="https://www.longan.gov.vn/">`);
      const el = await fixture<PwLanguageSwitcher>(html`<pw-language-switcher></pw-language-switcher>`);
      expect(el.linkMode).to.be.true;
      // ...but the vi alternate is this very page.
      expect(option(el, 'vi').getAttribute('aria-current')).to.equal('page');
      expect(option(el, 'vi').getAttribute('href')).to.equal(location.href);
      expect(option(el, 'en').getAttribute('href')).to.equal('https://en.longan.gov.vn/news/1');
      expect(options(el)).to.have.length(2);
    });

    it('uses authored light-DOM links, which work without JavaScript', async () => {
      document.documentElement.lang = 'vi';
      const el = await fixture<PwLanguageSwitcher>(html`<pw-language-switcher>
        <a href="https://www.longan.gov.vn/" hreflang="vi" lang="vi">Tiếng Việt</a> |
        <a href="https://en.longan.gov.vn/" hreflang="en" lang="en">English</a>
      </pw-language-switcher>`);
      expect(el.linkMode).to.be.true;
      expect(option(el, 'en').getAttribute('href')).to.equal('https://en.longan.gov.vn/');
      expect(currentCode(el)).to.equal('vi');
      // Before the element is defined (or without JS), the same markup is two working links.
      const plain = await fixture(html`<pw-language-switcher-undefined>
        <a href="https://en.longan.gov.vn/" lang="en">English</a>
      </pw-language-switcher-undefined>`);
      expect(plain.querySelector('a')!.getClientRects().length).to.be.greaterThan(0);
    });

    it('treats lang-only light-DOM links as the no-JS fallback of in-place mode', async () => {
      const el = await fixture<PwLanguageSwitcher>(html`<pw-language-switcher update-document-lang>
        <a href="?lang=vi" lang="vi">Tiếng Việt</a> | <a href="?lang=en" lang="en">English</a>
      </pw-language-switcher>`);
      expect(el.linkMode).to.be.false;
      expect(option(el, 'en').localName).to.equal('button');
      // The fallback links are not rendered once the element is defined.
      expect(el.querySelector('a')!.getClientRects().length).to.equal(0);
      option(el, 'en').click();
      expect(getLocale()).to.equal('en');
      expect(document.documentElement.lang).to.equal('en');
    });

    it('can be forced in-place despite alternates', async () => {
      addHead(`<link rel="alternate" hreflang="en" href="https://en.longan.gov.vn/">`);
      const el = await fixture<PwLanguageSwitcher>(html`<pw-language-switcher mode="in-place"></pw-language-switcher>`);
      expect(el.linkMode).to.be.false;
      expect(option(el, 'en').localName).to.equal('button');
    });
  });

  describe('variants', () => {
    it('flags: decorative inline SVG next to the name, never alone', async () => {
      const el = await fixture<PwLanguageSwitcher>(html`<pw-language-switcher variant="flags"></pw-language-switcher>`);
      for (const o of options(el)) {
        const flag = o.querySelector('svg[part="flag"]')!;
        expect(flag).to.exist;
        expect(flag.getAttribute('aria-hidden')).to.equal('true');
      }
      expect(options(el).map((o) => o.textContent!.trim())).to.deep.equal(['Tiếng Việt', 'English']);
      expect(sr(el).querySelectorAll('img').length).to.equal(0);
    });

    it('menu: a select-style menu operable with the keyboard', async () => {
      const el = await fixture<PwLanguageSwitcher>(html`<pw-language-switcher variant="menu"></pw-language-switcher>`);
      const toggle = sr(el).querySelector<HTMLButtonElement>('[part="toggle"]')!;
      const menu = sr(el).querySelector<HTMLElement>('[part="menu"]')!;
      expect(toggle.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Chọn ngôn ngữ: Tiếng Việt');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(menu.hidden).to.be.true;

      toggle.focus();
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(menu.hidden).to.be.false;
      expect(sr(el).activeElement).to.equal(option(el, 'vi'));
      await sendKeys({ press: 'ArrowDown' });
      expect(sr(el).activeElement).to.equal(option(el, 'en'));
      await sendKeys({ press: 'ArrowDown' });
      expect(sr(el).activeElement).to.equal(option(el, 'vi'));
      await sendKeys({ press: 'End' });
      expect(sr(el).activeElement).to.equal(option(el, 'en'));
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(menu.hidden).to.be.true;
      expect(sr(el).activeElement).to.equal(toggle);

      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(menu.hidden).to.be.false;
      await sendKeys({ press: 'ArrowUp' });
      expect(sr(el).activeElement).to.equal(option(el, 'en'));
      await sendKeys({ press: 'Enter' });
      expect(getLocale()).to.equal('en');
      await el.updateComplete;
      expect(menu.hidden).to.be.true;
      expect(sr(el).activeElement).to.equal(toggle);
      await until(
        () => toggle.textContent!.replace(/\s+/g, ' ').trim() === 'Choose language: English',
        2000,
        'English toggle',
      );
      expect(currentCode(el)).to.equal('en');
    });

    it('menu: in link mode moves between the links only', async () => {
      document.documentElement.lang = 'vi';
      const el = await fixture<PwLanguageSwitcher>(
        html`<pw-language-switcher variant="menu" href-en="https://en.longan.gov.vn/"></pw-language-switcher>`,
      );
      const toggle = sr(el).querySelector<HTMLButtonElement>('[part="toggle"]')!;
      toggle.focus();
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      // Vietnamese (this page) has no link: focus lands on the English link.
      expect(sr(el).activeElement).to.equal(option(el, 'en'));
      expect(option(el, 'en').getAttribute('href')).to.equal('https://en.longan.gov.vn/');
      expect(option(el, 'vi').getAttribute('aria-current')).to.equal('true');
    });

    it('menu: closes when focus leaves', async () => {
      const page = await fixture(
        html`<div><pw-language-switcher variant="menu"></pw-language-switcher><button>after</button></div>`,
      );
      const el = page.querySelector('pw-language-switcher')!;
      const toggle = sr(el).querySelector<HTMLButtonElement>('[part="toggle"]')!;
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      page.querySelector<HTMLButtonElement>('button:not([part])')!.focus();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    });
  });

  describe('accessibility', () => {
    for (const locale of ['vi', 'en']) {
      it(`is accessible in ${locale}: text, flags, open menu and link mode`, async () => {
        setLocale(locale, { persist: false });
        document.documentElement.lang = locale;
        const page = await fixture(html`<div>
          <pw-language-switcher></pw-language-switcher>
          <pw-language-switcher variant="flags" label="Ngôn ngữ (chân trang)"></pw-language-switcher>
          <pw-language-switcher variant="menu" label="Ngôn ngữ (menu)"></pw-language-switcher>
          <pw-language-switcher href-vi="https://www.longan.gov.vn/" href-en="https://en.longan.gov.vn/" label="Phiên bản"></pw-language-switcher>
        </div>`);
        const menu = page.querySelector<PwLanguageSwitcher>('[variant="menu"]')!;
        sr(menu).querySelector<HTMLButtonElement>('[part="toggle"]')!.click();
        await menu.updateComplete;
        await until(() => nav(page.querySelector('pw-language-switcher')!).getAttribute('lang') === locale);
        await expect(page).to.be.accessible();
      });
    }
  });
});
