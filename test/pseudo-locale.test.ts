/**
 * A new language is one row, one XLIFF file and one code in lit-localize.json. This registers a
 * pseudo-locale (accented English, `en-XA`) as that row would be written, with translations built the
 * way `lit-localize build` writes a generated module, and renders every element in it. Its dates,
 * names and strings must come from the row: no element or date function names a language.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { PwTrainingCalendar } from '../src/components/training-calendar/training-calendar.js';
import { registerLocale, LOCALES, localeInfo, matchLocale, type LocaleTemplates } from '../src/locale/locales.js';
import { templates as en } from '../src/locale/generated/en.js';
import { allLocales } from '../src/locale/generated/locale-codes.js';
import { getLocale, setLocale } from '../src/locale/store.js';
import { feedOf, item, resetShared, serveFeed, uniqueId, until } from './helpers/feeds.js';
import { part } from './helpers/parts.js';

const ACCENTS: Record<string, string> = {
  a: 'å',
  c: 'ç',
  e: 'é',
  g: 'ĝ',
  h: 'ĥ',
  i: 'î',
  l: 'ļ',
  n: 'ñ',
  o: 'ö',
  r: 'ŕ',
  s: 'š',
  u: 'û',
  w: 'ŵ',
  y: 'ý',
  A: 'Å',
  E: 'É',
  M: 'Ṁ',
  N: 'Ñ',
  S: 'Š',
  T: 'Ŧ',
};
const accent = (s: string) => s.replace(/[A-Za-z]/g, (c) => ACCENTS[c] ?? c);

/** The en translations, accented: what a pseudo-locale's generated module would hold. */
const pseudoTemplates = Object.fromEntries(
  Object.entries(en).map(([id, t]) => [
    id,
    typeof t === 'string' ? accent(t) : { ...t, strings: t.strings.map(accent) },
  ]),
) as unknown as LocaleTemplates;

const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const weekdays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

// Before anything awaits: translations are handed to @lit/localize on the first microtask.
const XA = registerLocale({
  code: 'en-XA',
  nativeName: accent('English (pseudo)'),
  tag: 'en-XA',
  intl: 'en-GB',
  dates: {
    date: '{d}·{MMM}·{yyyy}',
    time: '{HH}h{mm}',
    dateTime: '[{date} @ {time}]',
    longDay: '{EEEE} {d} {MMMM} {yyyy}',
    month: '{MMMM}/{yyyy}',
    gridWeekday: 'short',
  },
  names: {
    weekdays: { long: weekdays.map(accent), short: weekdays.map((w) => accent(w.slice(0, 2))) },
    months: { long: months.map(accent), short: months.map((m) => accent(m.slice(0, 3))) },
  },
  templates: pseudoTemplates,
});

const sr = (el: Element) => el.shadowRoot!;
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();

describe('a pseudo-locale registered as one row', () => {
  beforeEach(resetShared);
  after(resetShared);

  it('is a locale like the others: matched exactly, not taken for en', () => {
    expect(LOCALES.map((l) => l.code)).to.deep.equal(['vi', 'en', 'en-XA']);
    expect(matchLocale('en-xa')).to.equal('en-XA');
    expect(matchLocale('en-XA-x-test')).to.equal('en-XA');
    expect(matchLocale('en-US')).to.equal('en');
    expect(localeInfo(XA).nativeName).to.equal(accent('English (pseudo)'));
  });

  it('ships rows for exactly the locales lit-localize.json builds', () => {
    // The generated locale-codes module is written from lit-localize.json: every code there has a row
    // with translations (the source locale without), so the config, the XLIFF files and the rows agree.
    const built = LOCALES.filter((l) => l.code !== XA);
    expect(built.map((l) => l.code).sort()).to.deep.equal([...allLocales].sort());
    expect(built.filter((l) => !l.templates).map((l) => l.code)).to.deep.equal(['vi']);
  });

  it('renders all five elements with its strings, dates and names', async () => {
    const url = await serveFeed(
      uniqueId(),
      feedOf([
        item('a', {
          title: 'Tập huấn',
          language: 'vi',
          _pw: {
            translations: { en: { url: 'en.html' }, 'en-XA': { url: 'xa.html' } },
            event: { start: '2017-11-22T07:30:00+07:00', end: '2017-11-22T11:00:00+07:00' },
          },
        }),
      ]),
    );
    const root = await fixture(html`<div>
      <pw-news-list src=${url}></pw-news-list>
      <pw-article-card src=${url}></pw-article-card>
      <pw-training-calendar src=${url} month="2017-11" view="month"></pw-training-calendar>
      <pw-language-switcher></pw-language-switcher>
      <pw-share-bar url="https://www.longan.gov.vn/a" share-title="Tập huấn"></pw-share-bar>
    </div>`);
    const [news, card, calendar, switcher, share] = [...root.children] as HTMLElement[];
    expect(setLocale('en-XA', { persist: false })).to.equal(true);
    expect(getLocale()).to.equal(XA);

    // Strings: the accented translations, once @lit/localize has loaded them.
    await until(() => text(part(share!, 'label')) === accent('Share this article'), 3000, 'pseudo share-bar label');
    const switcherNav = sr(switcher!).querySelector('nav')!;
    expect(switcherNav.getAttribute('aria-label')).to.equal(accent('Choose language'));
    expect(text(sr(switcher!).querySelector('[aria-current="true"]'))).to.contain(accent('English (pseudo)'));

    // Dates from the row's patterns and names: 22 November 2017, 11:16 Vietnam time.
    await until(() => part(news!, 'date'), 5000, 'news date');
    expect(text(part(news!, 'date'))).to.equal(`[22·${accent('Nov')}·2017 @ 11h16]`);
    await until(() => part(card!, 'date'), 5000, 'card date');
    expect(text(part(card!, 'date'))).to.equal(`[22·${accent('Nov')}·2017 @ 11h16]`);

    const cal = calendar as PwTrainingCalendar;
    await until(() => sr(cal).querySelector('[part~="event"]'), 5000, 'calendar event');
    await cal.updateComplete;
    expect(text(part(cal, 'heading'))).to.equal(`${accent('November')}/2017`);
    expect([...sr(cal).querySelectorAll('[part~="weekday"] [aria-hidden="true"]')].map(text)).to.deep.equal(
      weekdays.map((w) => accent(w.slice(0, 2))),
    );
    expect([...sr(cal).querySelectorAll('[part~="weekday"] .visually-hidden')].map(text)).to.deep.equal(
      weekdays.map(accent),
    );
    const cell = sr(cal).querySelector('[data-day="2017-11-22"] .day-label');
    expect(text(cell)).to.equal(
      `${accent('Wednesday')} 22 ${accent('November')} 2017, ${accent(en['training-calendar.count-one'])}`,
    );
    expect(text(sr(cal).querySelector('[part~="event"] .time'))).to.equal('07h30');

    // The widgets' own text is marked with the row's code; the feed's text keeps its item's language (WCAG 3.1.2).
    for (const el of [news, cal, share, card]) expect(part(el!, 'base')!.getAttribute('lang')).to.equal('en-XA');
    expect(part(card!, 'title')!.getAttribute('lang')).to.equal('vi');
  });

  it('names the pseudo edition in the article card from its row', async () => {
    setLocale('en', { persist: false });
    const url = await serveFeed(
      uniqueId(),
      feedOf([
        item('b', {
          language: 'en',
          _pw: { translations: { vi: { url: 'vi.html' }, 'en-XA': { url: 'xa.html' }, 'en-GB': { url: 'gb.html' } } },
        }),
      ]),
    );
    const card = await fixture(html`<pw-article-card src=${url} variant="full"></pw-article-card>`);
    await until(() => part(card, 'translations'), 5000, 'translations');
    const links = [...part(card, 'translations')!.querySelectorAll('a')];
    // en-GB is the card's own language (en); en-XA is another edition, named in itself.
    expect(links.map((a) => a.hreflang)).to.deep.equal(['vi', 'en-XA']);
    expect(links.map((a) => a.textContent)).to.deep.equal(['Tiếng Việt', accent('English (pseudo)')]);
  });
});
