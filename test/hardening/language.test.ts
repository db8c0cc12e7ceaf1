/**
 * Issue 16 §5, language of parts (WCAG 3.1.2): feed text carries the feed's (or
 * its item's) language, and interface strings stay outside it. Each text node
 * and accessible name in a widget is classified as feed text or interface text,
 * and its nearest `lang` must be the feed's (or the item's) or the interface's.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { setLocale } from '../../src/locale/store.js';
import { resetShared, serveFeed, uniqueId, until } from '../helpers/feeds.js';

const sr = (el: Element) => el.shadowRoot!;
const langAt = (node: Node) =>
  (node instanceof Element ? node : node.parentElement)!.closest('[lang]')!.getAttribute('lang');

/** Every string value in the raw feed (HTML reduced to its text). */
function feedStrings(raw: unknown, out: string[] = []): string[] {
  if (typeof raw === 'string') {
    out.push(/<\w/.test(raw) ? new DOMParser().parseFromString(raw, 'text/html').body.textContent! : raw);
  } else if (raw && typeof raw === 'object') {
    for (const v of Object.values(raw)) feedStrings(v, out);
  }
  return out;
}

/** Feed text: part of one feed string, or feed strings joined by ", " or " / ". */
function isFeedText(text: string, strings: string[]): boolean {
  // Part of a feed string (a paragraph of the description); times and counts are not.
  if (/\p{L}{2}/u.test(text) && strings.some((s) => s.includes(text))) return true;
  let rest = text;
  for (const s of [...strings].sort((a, b) => b.length - a.length)) if (s.length > 2) rest = rest.split(s).join('');
  return /^[\s,/]*$/.test(rest);
}

/** Each text node's (and accessible name's) language against what it should be. */
function mismatches(el: Element, strings: string[], ui: string, contentLang: (text: string) => string): string[] {
  const bad: string[] = [];
  const walker = document.createTreeWalker(sr(el), NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n.textContent!.replace(/\s+/g, ' ').trim();
    if (!text || n.parentElement!.closest('[aria-hidden="true"]')) continue;
    const want = isFeedText(text, strings) ? contentLang(text) : ui;
    if (langAt(n) !== want) bad.push(`"${text.slice(0, 40)}" in lang=${langAt(n)}, want ${want}`);
  }
  for (const named of sr(el).querySelectorAll('[aria-label]')) {
    if (langAt(named) !== ui)
      bad.push(`aria-label "${named.getAttribute('aria-label')}" in lang=${langAt(named)}, want ${ui}`);
  }
  return bad;
}

describe('language of parts (WCAG 3.1.2)', function () {
  this.timeout(20000);
  beforeEach(resetShared);
  afterEach(() => setLocale('vi', { persist: false }));

  describe('training calendar: English interface, Vietnamese feed, one English event', () => {
    const EN_TITLE = 'Digital government workshop for district officers';
    let raw: { items: Record<string, unknown>[] };
    let strings: string[];
    const EN = [EN_TITLE, 'Provincial Party Committee Hall', 'Department of Home Affairs', 'District officers'];
    const contentLang = (text: string) => (isFeedText(text, EN) ? 'en' : 'vi');

    async function calendar(view: string) {
      raw = await (await fetch('/test/fixtures/training-events.json')).json();
      const seed = raw.items.find((i) => i.id === 'tap-huan-quy-che-dan-chu-2017')!;
      const event = (seed._pw as { event: Record<string, unknown> }).event;
      raw.items.push({
        ...seed,
        id: 'english',
        title: EN_TITLE,
        language: 'en',
        summary: undefined,
        tags: [],
        _pw: { event: { ...event, location: { name: EN[1] }, organizer: { name: EN[2] }, audience: EN[3] } },
      });
      strings = feedStrings(raw.items);
      setLocale('en', { persist: false });
      const url = await serveFeed(uniqueId('lang'), raw);
      const el = await fixture(
        html`<pw-training-calendar view=${view} month="2017-11-22" src=${url}></pw-training-calendar>`,
      );
      await until(() => sr(el).querySelector('[part~=event]'), 8000, 'events');
      return el;
    }

    for (const view of ['month', 'list', 'week']) {
      it(`${view} view: titles, places, organisers and filter options in the feed's language, the rest in English`, async () => {
        const el = await calendar(view);
        expect(sr(el).querySelectorAll('option[lang="vi"]').length).to.be.above(2);
        expect(mismatches(el, strings, 'en', contentLang)).to.deep.equal([]);
      });
    }

    it("details dialog: the title, place, organiser, audience and description in the feed's language", async () => {
      const el = await calendar('month');
      sr(el)
        .querySelector<HTMLElement>('td[data-day="2017-11-22"] [part~=more], td[data-day="2017-11-22"] [part~=event]')!
        .click();
      await until(() => sr(el).querySelector('#details-title'), 3000, 'details');
      expect(sr(el).querySelector('.organizer')).to.not.be.null;
      expect(mismatches(el, strings, 'en', contentLang)).to.deep.equal([]);
      const english = [...sr(el).querySelectorAll<HTMLElement>('[part~="event"] .title')].find(
        (t) => t.textContent === EN_TITLE,
      );
      if (english) {
        english.closest('button')!.click();
        await until(() => sr(el).querySelector('#details-title')?.textContent === EN_TITLE, 3000, 'English details');
        expect(sr(el).querySelector('#details-title')!.getAttribute('lang')).to.equal('en');
        expect(mismatches(el, strings, 'en', contentLang)).to.deep.equal([]);
      }
    });
  });

  describe('news: Vietnamese interface, English feed', () => {
    const load = async (path: string) => {
      const raw = await (await fetch(path)).json();
      return feedStrings(raw.items);
    };

    it('news list: tags, titles and summaries in English; "Thẻ", dates and "Xem thêm" in Vietnamese', async () => {
      const strings = await load('/test/fixtures/news-list.en.json');
      const el = await fixture(
        html`<pw-news-list page-size="3" src=${new URL('/test/fixtures/news-list.en.json', location.href).href}></pw-news-list>`,
      );
      await until(() => sr(el).querySelector('[part~=tags]'), 8000, 'tags');
      expect(mismatches(el, strings, 'vi', () => 'en')).to.deep.equal([]);
    });

    for (const variant of ['card', 'full']) {
      it(`article card (${variant}): the article in English, the interface in Vietnamese`, async () => {
        const src = new URL('/test/fixtures/news-seed.en.json', location.href).href;
        const strings = await load(src);
        const el = await fixture(html`<pw-article-card variant=${variant} src=${src}></pw-article-card>`);
        await until(
          () => sr(el).querySelector(variant === 'full' ? '[part~=body] p' : '[part~=title]'),
          8000,
          'article',
        );
        // The link to the Vietnamese version carries that version's title, in Vietnamese.
        const vi = [...sr(el).querySelectorAll('[part~=translations] a[lang="vi"]')].map((a) => a.textContent!);
        expect(mismatches(el, strings, 'vi', (text) => (vi.some((t) => t.includes(text)) ? 'vi' : 'en'))).to.deep.equal(
          [],
        );
      });
    }
  });
});
