import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { msg } from '@lit/localize';
import { PwElement } from '../src/base/pw-element.js';
import { getLocale, LOCALE_STORAGE_KEY, onLocaleChange, savedLocale, setLocale } from '../src/locale/store.js';
import { LOCALES, matchLocale } from '../src/locale/locales.js';
import type { PwTestFeed } from './helpers/pw-test-feed.js';
import './helpers/pw-test-feed.js';
import { feedOf, item, requestCount, resetShared, serveFeed, sleep, uniqueId, until } from './helpers/feeds.js';

const STORE = Symbol.for('provincial-widgets.locale-store.v1');
const g = globalThis as Record<symbol, unknown>;
/** Simulates a new page load: the store is created afresh from storage and <html lang>. */
const newPage = () => delete g[STORE];

describe('locale store', () => {
  const htmlLang = document.documentElement.lang;
  let pageStore: unknown;
  beforeEach(() => {
    pageStore = g[STORE];
    resetShared();
  });
  afterEach(() => {
    g[STORE] = pageStore; // the bundle's own subscriptions live on the original store
    document.documentElement.lang = htmlLang;
    resetShared();
  });

  it('starts from the saved choice, then <html lang>, then Vietnamese', () => {
    document.documentElement.lang = 'en-US';
    localStorage.setItem(LOCALE_STORAGE_KEY, 'vi');
    newPage();
    expect(getLocale()).to.equal('vi');
    localStorage.removeItem(LOCALE_STORAGE_KEY);
    newPage();
    expect(getLocale()).to.equal('en');
    document.documentElement.lang = 'fr';
    newPage();
    expect(getLocale()).to.equal('vi');
  });

  it('saves the choice unless asked not to, and ignores unknown locales', () => {
    expect(setLocale('en')).to.equal(true);
    expect(savedLocale()).to.equal('en');
    expect(setLocale('vi', { persist: false })).to.equal(true);
    expect(savedLocale()).to.equal('en');
    expect(setLocale('fr')).to.equal(false);
    expect(getLocale()).to.equal('vi');
    expect(matchLocale('EN-gb')).to.equal('en');
  });

  it('follows changes to <html lang>', async () => {
    const seen: string[] = [];
    const off = onLocaleChange(({ locale }) => seen.push(locale));
    document.documentElement.lang = 'en';
    await until(() => getLocale() === 'en', 2000, 'locale follows <html lang>');
    off();
    expect(seen).to.deep.equal(['en']);
  });

  it('is shared with a second copy of the library', async () => {
    const copy = (await import(
      /* @vite-ignore */ `${'/src/locale/store.ts'}?copy=2`
    )) as typeof import('../src/locale/store.js');
    expect(copy.setLocale).not.to.equal(setLocale);
    copy.setLocale('en', { persist: false });
    expect(getLocale()).to.equal('en');
  });

  it('re-renders elements that were in the page before their class was defined', async () => {
    const tag = `pw-late-${uniqueId().toLowerCase()}`;
    const early = document.createElement(tag);
    document.body.append(early);
    class Late extends PwElement {
      override render() {
        return html`<span>${msg('Thử lại', { id: 'state.retry' })}</span>`;
      }
    }
    Late.define(tag);
    const late = document.createElement(tag);
    document.body.append(late);
    await (early as Late).updateComplete;
    expect(early.shadowRoot!.textContent).to.equal('Thử lại');
    setLocale('en', { persist: false });
    await until(() => early.shadowRoot!.textContent === 'Try again', 2000, 'early element re-rendered');
    await until(() => late.shadowRoot!.textContent === 'Try again', 2000, 'late element re-rendered');
    early.remove();
    late.remove();
  });

  it('switches widget text and refetches {lang} feeds', async () => {
    const base = uniqueId('lang');
    await serveFeed(`${base}-vi`, feedOf([item('a', { title: 'Tin tức' })]));
    await serveFeed(`${base}-en`, feedOf([item('a', { title: 'News' })]));
    const el = await fixture<PwTestFeed>(html`<pw-test-feed src="/__feed/inline/${base}-{lang}"></pw-test-feed>`);
    await until(() => el.shadowRoot!.querySelector('.title')?.textContent === 'Tin tức');
    expect(el.shadowRoot!.querySelector('.date')!.textContent).to.equal('22/11/2017 - 11:16');
    const load = oneEvent(el, 'pw-feed-load');
    setLocale('en', { persist: false });
    expect((await load).detail.url).to.match(new RegExp(`${base}-en$`));
    await until(() => el.shadowRoot!.querySelector('.title')?.textContent === 'News');
    expect(el.shadowRoot!.querySelector('.date')!.textContent).to.equal('22 Nov 2017, 11:16');
    expect(await requestCount(`${base}-en`)).to.equal(1);
    setLocale('vi', { persist: false });
    await until(() => el.shadowRoot!.querySelector('.title')?.textContent === 'Tin tức');
    await sleep(50);
    expect(await requestCount(`${base}-vi`), 'the Vietnamese copy is still in memory').to.equal(1);
  });
});

describe('translations per element', () => {
  afterEach(() => setLocale('vi', { persist: false }));

  it('holds only the shared strings until an element loads its own; strings already there win', async () => {
    const en = LOCALES.find((l) => l.code === 'en')!.templates as Record<string, unknown>;
    // This file loads no element: a page with one element does not carry the others' strings.
    expect(en['state.retry']).to.equal('Try again');
    expect(Object.keys(en).filter((id) => !id.startsWith('state.'))).to.deep.equal([]);
    en['news.more'] = 'Older stories'; // as a page's own wording would be
    try {
      await import('../src/components/news-list/define.js');
      expect(en['news.empty']).to.equal('No news yet');
      expect(en['news.more']).to.equal('Older stories');
      expect(Object.keys(en).some((id) => id.startsWith('training-calendar.'))).to.equal(false);
      setLocale('en', { persist: false });
      const url = await serveFeed(uniqueId(), feedOf([]));
      const el = await fixture(html`<pw-news-list src=${url}></pw-news-list>`);
      await until(() => el.shadowRoot!.textContent!.includes('No news yet'), 5000, 'English empty state');
    } finally {
      delete en['news.more'];
    }
  });
});
