import type { Locale } from '../src/locale/locales.js';
/**
 * Issue 12 §3: every public name renamed in 0.2 works under its new name, and
 * the old name still works until 0.3 with exactly one console note per page.
 * Each old name is used in one test only: the note is once per page.
 */
import { idle } from './helpers/dom.js';
import { expect, fixture, html } from '@open-wc/testing';
import '../src/components/news-list/define.js';
import '../src/components/share-bar/define.js';
import '../src/components/training-calendar/define.js';
import '../src/components/language-switcher/define.js';
import type { PwNewsList } from '../src/components/news-list/news-list.js';
import type { PwShareBar, ShareDetail, ShareStartDetail } from '../src/components/share-bar/share-bar.js';
import type {
  EventOpenDetail,
  CalendarEventOpenDetail,
} from '../src/components/training-calendar/training-calendar.js';
import type { LocaleChangeDetail, LocaleSwitchDetail } from '../src/components/language-switcher/language-switcher.js';
import { feedOf, item, resetShared, serveFeed, uniqueId, until } from './helpers/feeds.js';
import { part } from './helpers/parts.js';

/** Runs `fn` and returns the console notes it caused about `old`. */
async function notesAbout(old: string, fn: () => Promise<void>): Promise<string[]> {
  const warn = console.warn;
  const notes: string[] = [];
  console.warn = (...args: unknown[]) => notes.push(String(args[0]));
  try {
    await fn();
    await idle(); // style renames are checked when the page is idle
  } finally {
    console.warn = warn;
  }
  return notes.filter((n) => n.includes(`"${old}" is deprecated`));
}

const sr = (el: Element) => el.shadowRoot!;

async function feed(n = 8): Promise<string> {
  const items = Array.from({ length: n }, (_, i) =>
    item(`n${i}`, {
      summary: 'Tóm tắt',
      image: new URL('/test/fixtures/images/news-1.svg', location.href).href,
      tags: ['Dân vận'],
      date_published: `2017-11-${10 + i}T08:00:00+07:00`,
    }),
  );
  return serveFeed(uniqueId('renamed'), feedOf(items));
}

async function newsList(src: string, attrs: string): Promise<PwNewsList> {
  const el = await fixture<PwNewsList>(`<pw-news-list src="${src}" ${attrs}></pw-news-list>`);
  await until(() => sr(el).querySelector('li[part~="item"]') && !sr(el).querySelector('.card-skeleton'), 5000, 'items');
  await el.updateComplete;
  return el;
}

describe('renamed public names (0.2), old names kept until 0.3', () => {
  beforeEach(resetShared);

  describe('<pw-news-list> attributes follow <pw-article-card> and <pw-training-calendar>', () => {
    const flags = [
      ['hide-images', 'hide-image', 'image'],
      ['hide-dates', 'hide-date', 'date'],
      ['hide-summaries', 'hide-summary', 'summary'],
      ['hide-more', 'hide-load-more', 'load-more'],
    ] as const;
    for (const [old, now, hidden] of flags) {
      it(`${now} hides the ${hidden} part; ${old} still does, with one note`, async () => {
        const src = await feed();
        const plain = await newsList(src, '');
        expect(part(plain, hidden), 'shown by default').to.not.equal(null);
        const fresh = await notesAbout(now, async () => {
          expect(part(await newsList(src, now), hidden)).to.equal(null);
        });
        expect(fresh).to.deep.equal([]);
        const notes = await notesAbout(old, async () => {
          expect(part(await newsList(src, old), hidden)).to.equal(null);
          expect(part(await newsList(src, old), hidden)).to.equal(null);
        });
        expect(notes.length, notes.join('\n')).to.equal(1);
        expect(notes[0]).to.contain(`<pw-news-list> "${old}" is deprecated; use "${now}"`);
      });
    }

    it('page-size sets how many items show; limit still does, with one note; page-size wins over limit', async () => {
      const src = await feed();
      const count = (el: Element) => sr(el).querySelectorAll('li[part~="item"]').length;
      expect(count(await newsList(src, 'page-size="3"'))).to.equal(3);
      const notes = await notesAbout('limit', async () => {
        expect(count(await newsList(src, 'limit="2"'))).to.equal(2);
        expect(count(await newsList(src, 'limit="4" page-size="5"'))).to.equal(5);
      });
      expect(notes.length, notes.join('\n')).to.equal(1);
    });

    it('the old camelCase properties forward to the new ones, with one note each', async () => {
      const el = await newsList(await feed(), '');
      const notes = await notesAbout('hideImages', async () => {
        (el as unknown as { hideImages: boolean }).hideImages = true;
        await el.updateComplete;
        expect(el.hideImage).to.equal(true);
        expect((el as unknown as { hideImages: boolean }).hideImages).to.equal(true);
      });
      expect(part(el, 'image')).to.equal(null);
      expect(notes.length).to.equal(1);
    });

    it('the "Xem thêm" part is load-more (as in the calendar); ::part(more) still styles it, with one note', async () => {
      const src = await feed();
      const style = document.createElement('style');
      style.textContent = `pw-training-calendar::part(more) { outline: 1px solid red }`;
      document.head.append(style);
      try {
        // A rule aimed at the calendar's "+N" part is not about the news list.
        expect(await notesAbout('::part(more)', async () => void (await newsList(src, '')))).to.deep.equal([]);
        style.textContent = `pw-news-list::part(load-more) { letter-spacing: 3px } .news::part(more) { word-spacing: 7px }`;
        const notes = await notesAbout('::part(more)', async () => {
          const el = await newsList(src, 'class="news"');
          await newsList(src, 'class="news"');
          const button = part(el, 'load-more')!;
          expect(getComputedStyle(button).letterSpacing).to.equal('3px');
          expect(getComputedStyle(button).wordSpacing).to.equal('7px');
        });
        expect(notes.length, notes.join('\n')).to.equal(1);
        expect(notes[0]).to.contain('use "::part(load-more)"');
      } finally {
        style.remove();
      }
    });
  });

  describe('<pw-share-bar>', () => {
    it('fires pw-share-start, then the old pw-share; a listener for pw-share gets one note; cancelling either skips the action', async () => {
      const el = await fixture<PwShareBar>(
        html`<pw-share-bar targets="print" url="https://www.longan.gov.vn/a" share-title="A"></pw-share-bar>`,
      );
      const seen: string[] = [];
      const details: ShareStartDetail[] = [];
      el.addEventListener('pw-share-start', (e) => (seen.push(e.type), details.push(e.detail)));
      const notes = await notesAbout('pw-share', async () => {
        el.addEventListener('pw-share', (e) => {
          const old: ShareDetail = e.detail;
          seen.push(`${e.type}:${old.target}`);
          e.preventDefault();
        });
        el.addEventListener('pw-share', () => seen.push('second listener'));
      });
      expect(notes.length, notes.join('\n')).to.equal(1);
      expect(notes[0]).to.contain('use "pw-share-start"');
      const print = window.print;
      let printed = 0;
      window.print = () => void printed++;
      try {
        part(el, 'target-print')!.click();
        await el.updateComplete;
      } finally {
        window.print = print;
      }
      expect(seen).to.deep.equal(['pw-share-start', 'pw-share:print', 'second listener']);
      expect(details[0]).to.include({ target: 'print', url: 'https://www.longan.gov.vn/a', title: 'A' });
      expect(printed, 'pw-share cancelled, so the bar does not print').to.equal(0);
    });

    it('--pw-share-bar-background sets a target background; --pw-share-bg still does, with one note', async () => {
      const bg = (el: Element) => getComputedStyle(part(el, 'target')!).backgroundColor;
      expect(
        bg(await fixture(html`<pw-share-bar style="--pw-share-bar-background: rgb(1, 2, 3)"></pw-share-bar>`)),
      ).to.equal('rgb(1, 2, 3)');
      const notes = await notesAbout('--pw-share-bg', async () => {
        expect(bg(await fixture(html`<pw-share-bar style="--pw-share-bg: rgb(4, 5, 6)"></pw-share-bar>`))).to.equal(
          'rgb(4, 5, 6)',
        );
        expect(
          bg(
            await fixture(
              html`<pw-share-bar style="--pw-share-bg: rgb(4, 5, 6); --pw-share-bar-background: rgb(7, 8, 9)"></pw-share-bar>`,
            ),
          ),
        ).to.equal('rgb(7, 8, 9)');
      });
      expect(notes.length, notes.join('\n')).to.equal(1);
      expect(notes[0]).to.contain('use "--pw-share-bar-background"');
    });
  });

  describe('<pw-training-calendar> custom properties end with what they set', () => {
    const props = [
      ['--pw-training-calendar-today', '--pw-training-calendar-today-background', 'td.is-today', 'backgroundColor'],
      [
        '--pw-training-calendar-event-bg',
        '--pw-training-calendar-event-background',
        '[part~="grid"] [part~="event"]',
        'backgroundColor',
      ],
      [
        '--pw-training-calendar-cancelled',
        '--pw-training-calendar-cancelled-color',
        '[part~="grid"] [part~="event-cancelled"]',
        'borderInlineStartColor',
      ],
    ] as const;
    const today = new Date().toLocaleDateString('sv', { timeZone: 'Asia/Ho_Chi_Minh' });
    const calendar = async (src: string, style: string) => {
      const el = await fixture(
        `<pw-training-calendar src="${src}" view="month" month="${today}" style="${style}"></pw-training-calendar>`,
      );
      await until(() => sr(el).querySelector('[part~="grid"] [part~="event"]'), 5000, 'events');
      return el;
    };
    for (const [old, now, selector, property] of props) {
      it(`${now} works; ${old} still does, with one note`, async () => {
        const at = `${today}T09:00:00+07:00`;
        const src = await serveFeed(
          uniqueId('cal'),
          feedOf([item('c', { title: 'Hủy', _pw: { event: { start: at, status: 'cancelled' } } })]),
        );
        const value = async (style: string) =>
          getComputedStyle(sr(await calendar(src, style)).querySelector(selector)!)[property];
        expect(await value(`${now}: rgb(10, 20, 30)`)).to.equal('rgb(10, 20, 30)');
        const notes = await notesAbout(old, async () => {
          expect(await value(`${old}: rgb(40, 50, 60)`)).to.equal('rgb(40, 50, 60)');
          expect(await value(`${old}: rgb(40, 50, 60); ${now}: rgb(70, 80, 90)`)).to.equal('rgb(70, 80, 90)');
        });
        expect(notes.length, notes.join('\n')).to.equal(1);
        expect(notes[0]).to.contain(`use "${now}"`);
      });
    }
  });

  it('detail types are named after their events; the old names stay as type aliases', () => {
    const change: LocaleChangeDetail = {
      locale: 'en' as Locale,
      previous: 'vi' as Locale,
      href: 'https://en.longan.gov.vn/',
    };
    const oldChange: LocaleSwitchDetail = change;
    const open = { item: { id: 'x' } } as EventOpenDetail;
    const oldOpen: CalendarEventOpenDetail = open;
    expect([oldChange.href, oldOpen.item.id]).to.deep.equal(['https://en.longan.gov.vn/', 'x']);
  });
});
