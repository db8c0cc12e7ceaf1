import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './define.js';
import type { PwNewsList } from './news-list.js';
import { setLocale } from '../../locale/store.js';
import {
  feedOf,
  item,
  requestCount,
  resetShared,
  serveFeed,
  setFeedState,
  uniqueId,
  until,
} from '../../../test/helpers/feeds.js';
import { expectClean, imagesSettled } from '../../../test/helpers/clean-dom.js';
import { fixtureUrl as fx, sr } from '../../../test/helpers/dom.js';
import { part } from '../../../test/helpers/parts.js';

const LIST = fx('news-list.vi.json');

const items = (el: Element) => [...sr(el).querySelectorAll<HTMLLIElement>('li[part~="item"]')];
const ids = (el: Element) => items(el).map((li) => li.querySelector('.card')!.getAttribute('data-id'));
const titles = (el: Element) => items(el).map((li) => li.querySelector('[part~="title"]')!.textContent!.trim());
const more = (el: Element) => part<HTMLButtonElement>(el, 'load-more');

async function loaded(el: PwNewsList, count = 1) {
  await until(() => items(el).length >= count && !sr(el).querySelector('.card-skeleton'), 5000, 'items');
  await el.updateComplete;
  return el;
}

async function list(
  src: string,
  attrs: Partial<Record<'page-size' | 'tag' | 'layout' | 'heading-level' | 'target', string>> = {},
) {
  const el = await fixture<PwNewsList>(html`<pw-news-list src=${src}></pw-news-list>`);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  return el;
}

describe('pw-news-list', () => {
  beforeEach(() => {
    resetShared();
    delete window.__pwned;
  });

  describe('items', () => {
    it('shows the newest first, undated items last in feed order, up to page-size', async () => {
      const el = await loaded(await list(LIST, { 'page-size': '9' }), 9);
      expect(ids(el)).to.deep.equal(['tin-2', 'tin-4', 'tin-1', 'tin-3', 'tin-6', 'tin-8', 'tin-7', 'tin-5', 'tin-9']);
    });

    it('shows 6 items by default and `page-size` when set', async () => {
      const el = await loaded(await list(LIST), 6);
      expect(items(el).length).to.equal(6);
      el.pageSize = 2;
      await el.updateComplete;
      expect(ids(el)).to.deep.equal(['tin-2', 'tin-4']);
    });

    it('filters by tag, ignoring case and diacritics', async () => {
      const el = await loaded(await list(LIST, { tag: 'dan van' }));
      expect(ids(el)).to.deep.equal(['tin-4', 'tin-7']);
      el.tag = 'CHUYỂN ĐỔI SỐ';
      await el.updateComplete;
      expect(ids(el)).to.deep.equal(['tin-1', 'tin-9']);
    });

    it('renders each card: image with alt, portal date, title link, summary, tags', async () => {
      const el = await loaded(await list(LIST));
      const first = items(el)[0];
      const img = first!.querySelector<HTMLImageElement>('[part="image"]')!;
      expect(img.getAttribute('src')).to.equal(fx('images/news-2.svg'));
      expect(img.alt).to.equal('Toàn cảnh hội nghị xúc tiến đầu tư');
      expect(img.getAttribute('loading')).to.equal('lazy');
      expect(getComputedStyle(img.parentElement!).aspectRatio).to.equal('16 / 9');
      const date = first!.querySelector('time[part="date"]')!;
      expect(date.textContent).to.equal('12/03/2024 - 14:00');
      expect(date.getAttribute('datetime')).to.equal('2024-03-12T07:00:00.000Z');
      const link = first!.querySelector<HTMLAnchorElement>('[part="title"] a')!;
      expect(link.textContent).to.equal('Hội nghị xúc tiến đầu tư vào các khu công nghiệp năm 2024');
      expect(link.href).to.equal(fx('articles/vi/tin-2.html'));
      // No heading before the list in the test page: h2.
      expect(first!.querySelector('[part="title"]')!.localName).to.equal('h2');
      expect(first!.querySelector('[part="summary"]')!.textContent).to.equal(
        'Hơn 200 doanh nghiệp trong và ngoài nước tham dự hội nghị.',
      );
      expect([...first!.querySelectorAll('[part="tags"] li')].map((t) => t.textContent)).to.deep.equal([
        'Đầu tư',
        'Kinh tế',
      ]);
    });

    it('falls back to content_text cut at a word boundary, and never renders content_html', async () => {
      const el = await loaded(await list(LIST, { tag: 'nông nghiệp' }));
      const summary = items(el)
        .find((li) => li.textContent!.includes('thanh long'))!
        .querySelector('[part="summary"]')!.textContent!;
      expect(summary.endsWith('…')).to.equal(true);
      expect(summary.length).to.be.at.most(221);
      expect(summary.slice(0, -1).endsWith(' ')).to.equal(false);
      expect('Vụ thanh long nghịch năm nay cho năng suất cao, giá bán ổn định. '.repeat(12)).to.contain(
        summary.slice(0, -1),
      );
      const seed = await loaded(await list(fx('news-seed.vi.json')));
      expect(sr(seed).querySelector('figure, figcaption, [part~="body"]')).to.equal(null);
      expect(sr(seed).querySelector('[part="summary"]')!.textContent).to.match(/^Sáng 22\/11, Ban Chỉ đạo/);
    });

    it('sets the heading level, link target and hide flags', async () => {
      const el = await loaded(await list(LIST, { 'heading-level': '2', target: '_top' }));
      expect(sr(el).querySelector('[part="title"]')!.localName).to.equal('h2');
      expect(sr(el).querySelector('[part="title"] a')!.getAttribute('target')).to.equal('_top');
      el.headingLevel = 9;
      el.hideImage = el.hideDate = el.hideSummary = el.hideTags = true;
      await el.updateComplete;
      // An invalid level falls back to the page's default (no heading before it here: h2).
      expect(sr(el).querySelector('[part="title"]')!.localName).to.equal('h2');
      el.headingLevel = 4;
      await el.updateComplete;
      expect(sr(el).querySelector('[part="title"]')!.localName).to.equal('h4');
      for (const part of ['image', 'date', 'summary', 'tags'])
        expect(sr(el).querySelector(`[part="${part}"]`), part).to.equal(null);
    });

    it('resolves relative image and link URLs against the feed URL', async () => {
      const id = uniqueId();
      const url = await serveFeed(
        id,
        feedOf([
          item('a', {
            url: '../tin/a.html',
            image: '../../test/fixtures/images/news-1.svg',
            _pw: { image_alt: 'Ảnh A' },
          }),
        ]),
      );
      const el = await loaded(await list(url));
      expect(sr(el).querySelector('[part="image"]')!.getAttribute('src')).to.equal(
        new URL('../../test/fixtures/images/news-1.svg', url).href,
      );
      expect(sr(el).querySelector<HTMLAnchorElement>('[part="title"] a')!.href).to.equal(
        new URL('../tin/a.html', url).href,
      );
    });

    it('uses list semantics and a visible focus ring on links', async () => {
      const el = await loaded(await list(LIST));
      expect(sr(el).querySelector('ul[part="list"] > li[part="item"]')).to.exist;
      const link = sr(el).querySelector<HTMLAnchorElement>('[part="title"] a')!;
      link.focus();
      // :focus-visible applies to keyboard-like programmatic focus after no pointer interaction.
      expect(sr(el).activeElement).to.equal(link);
      expect(getComputedStyle(link).outlineStyle).to.equal('solid');
    });

    it('gives stacked diacritics room: line-height of 1.5+ for text and 1.3+ for titles, clamp padding', async () => {
      const el = await loaded(await list(LIST));
      const ratio = (sel: string) => {
        const cs = getComputedStyle(sr(el).querySelector(sel)!);
        return parseFloat(cs.lineHeight) / parseFloat(cs.fontSize);
      };
      expect(ratio('[part="summary"]')).to.be.at.least(1.5);
      expect(ratio('[part="title"]')).to.be.at.least(1.3);
      const summary = getComputedStyle(sr(el).querySelector('[part="summary"]')!);
      expect(summary.webkitLineClamp).to.equal('4');
      expect(parseFloat(summary.paddingTop)).to.be.greaterThan(0);
    });

    it('lays out a responsive grid', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 900px"><pw-news-list layout="grid" src=${LIST}></pw-news-list></div>`,
      );
      const el = await loaded(wrapper.firstElementChild as PwNewsList);
      const cols = () => getComputedStyle(part(el, 'list')!).gridTemplateColumns.split(' ').length;
      expect(cols()).to.equal(3);
      wrapper.style.width = '300px';
      await new Promise(requestAnimationFrame);
      expect(cols()).to.equal(1);
    });

    it('wraps long titles and unbroken strings without overflowing', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 320px"><pw-news-list src=${fx('hostile-news.json')}></pw-news-list></div>`,
      );
      const el = await loaded(wrapper.firstElementChild as PwNewsList);
      const base = sr(el).querySelector<HTMLElement>('[part="base"]')!;
      expect(base.scrollWidth).to.be.at.most(base.clientWidth);
      expect(el.scrollWidth).to.be.at.most(320);
      for (const li of items(el)) expect(li.scrollWidth, li.textContent!.slice(0, 30)).to.be.at.most(li.clientWidth);
    });
  });

  describe('dates', () => {
    it('shows Vietnam time whatever the browser time zone', async () => {
      expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('America/New_York');
      const url = await serveFeed(uniqueId(), feedOf([item('late', { date_published: '2024-03-10T00:30:00+07:00' })]));
      const el = await loaded(await list(url));
      // 13:30 on 9 March in New York; the portal's readers expect 00:30 on the 10th.
      expect(sr(el).querySelector('[part="date"]')!.textContent).to.equal('10/03/2024 - 00:30');
      setLocale('en');
      await el.updateComplete;
      expect(sr(el).querySelector('[part="date"]')!.textContent).to.equal('10 Mar 2024, 00:30');
    });
  });

  describe('more', () => {
    it('reveals `page-size` more items without next_url and focuses the first new one', async () => {
      const el = await loaded(await list(LIST, { 'page-size': '4' }), 4);
      expect(more(el)!.textContent!.trim()).to.equal('Xem thêm');
      more(el)!.click();
      await until(() => items(el).length === 8, 5000, 'eight items');
      await until(() => sr(el).activeElement, 2000, 'focus');
      expect(sr(el).activeElement).to.equal(items(el)[4]!.querySelector('[part="title"] a'));
      more(el)!.click();
      await until(() => items(el).length === 9, 5000, 'nine items');
      expect(more(el)).to.equal(null);
    });

    it('follows next_url through the shared loader and stops on the last page', async () => {
      const el = await loaded(await list(fx('news-page-1.json'), { 'page-size': '3' }), 3);
      expect(ids(el)).to.deep.equal(['tin-11', 'tin-12', 'tin-13']);
      more(el)!.click();
      await until(() => items(el).length === 6, 5000, 'page 2');
      expect(ids(el).slice(3)).to.deep.equal(['tin-14', 'tin-15', 'tin-16']);
      await until(() => sr(el).activeElement === items(el)[3]!.querySelector('a'), 2000, 'focus on first new item');
      more(el)!.click();
      await until(() => items(el).length === 8, 5000, 'page 3');
      expect(more(el)).to.equal(null);
    });

    it('loads each next page once per page, shared by every list', async () => {
      const second = uniqueId('page2');
      const page2 = await serveFeed(second, feedOf([item('b1'), item('b2')]));
      const first = await serveFeed(uniqueId('page1'), feedOf([item('a1'), item('a2')], { next_url: page2 }));
      const a = await loaded(await list(first, { 'page-size': '2' }), 2);
      const b = await loaded(await list(first, { 'page-size': '2' }), 2);
      more(a)!.click();
      await until(() => items(a).length === 4, 5000, 'a page 2');
      more(b)!.click();
      await until(() => items(b).length === 4, 5000, 'b page 2');
      expect(await requestCount(second)).to.equal(1);
      expect(ids(b)).to.deep.equal(['a1', 'a2', 'b1', 'b2']);
    });

    it('keeps loading pages until a filtered list finds new items, and ends a next_url loop', async () => {
      const ids3 = [uniqueId('p1'), uniqueId('p2'), uniqueId('p3')];
      const urls = ids3.map((id) => `${location.origin}/__feed/inline/${id}`);
      await serveFeed(ids3[0]!, feedOf([item('a1', { tags: ['Dân vận'] })], { next_url: urls[1] }));
      await serveFeed(ids3[1]!, feedOf([item('b1', { tags: ['Khác'] })], { next_url: urls[2] }));
      await serveFeed(
        ids3[2]!,
        feedOf([item('c1', { tags: ['dân vận'] }), item('a1', { tags: ['Dân vận'] })], { next_url: urls[0] }),
      );
      const el = await loaded(await list(urls[0]!, { 'page-size': '1', tag: 'DAN VAN' }));
      expect(ids(el)).to.deep.equal(['a1']);
      more(el)!.click();
      await until(() => items(el).length === 2, 5000, 'c1 from page 3');
      expect(ids(el)).to.deep.equal(['a1', 'c1']);
      await until(() => sr(el).activeElement === items(el)[1]!.querySelector('a'), 2000, 'focus on c1');
      // Page 3 points back to page 1: the chain ends, each page was loaded once.
      expect(more(el)).to.equal(null);
      expect(await Promise.all(ids3.map(requestCount))).to.deep.equal([1, 1, 1]);
    });

    it('keeps the revealed items when a background refresh brings new content', async () => {
      const id = uniqueId();
      const url = await serveFeed(
        id,
        feedOf([
          item('a', { date_published: '2024-01-03T08:00:00+07:00' }),
          item('b', { date_published: '2024-01-02T08:00:00+07:00' }),
          item('c', { date_published: '2024-01-01T08:00:00+07:00' }),
        ]),
      );
      const el = await loaded(await list(url, { 'page-size': '1' }));
      more(el)!.click();
      await until(() => items(el).length === 2, 5000, 'two items');
      await serveFeed(
        id,
        feedOf([
          item('z', { date_published: '2024-01-04T08:00:00+07:00' }),
          item('a', { date_published: '2024-01-03T08:00:00+07:00' }),
          item('b', { date_published: '2024-01-02T08:00:00+07:00' }),
        ]),
      );
      // Another widget on the page finds the copy old and refreshes it for everyone.
      await fixture(html`<pw-news-list max-age="0" src=${url}></pw-news-list>`);
      await until(() => ids(el)[0] === 'z', 5000, 'refreshed content');
      expect(ids(el)).to.deep.equal(['z', 'a']);
    });

    it('works from the keyboard', async () => {
      const el = await loaded(await list(LIST, { 'page-size': '2' }), 2);
      more(el)!.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => items(el).length === 4, 5000, 'four items');
      await until(() => sr(el).activeElement === items(el)[2]!.querySelector('a'), 2000, 'focus');
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(sr(el).activeElement).to.equal(items(el)[1]!.querySelector('a'));
    });

    it('reports a failed next page and lets the reader try again', async () => {
      const id = uniqueId('down');
      const page2 = await serveFeed(id, feedOf([item('b1')]));
      await setFeedState(id, 'down');
      const first = await serveFeed(uniqueId(), feedOf([item('a1')], { next_url: page2 }));
      const el = await loaded(await list(first, { 'page-size': '1' }));
      more(el)!.click();
      await until(() => sr(el).querySelector('.more-error'), 5000, 'error');
      expect(sr(el).querySelector('.more-error')!.textContent).to.equal('Không tải được thêm tin.');
      await setFeedState(id, 'up');
      more(el)!.click();
      await until(() => items(el).length === 2, 5000, 'retry');
      expect(sr(el).querySelector('.more-error')).to.equal(null);
    });
  });

  describe('states', () => {
    it('reserves `page-size` cards of the final size while loading', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 700px">
        <pw-news-list page-size="4" src=${new URL('/__feed/hang', location.href).href}></pw-news-list>
        <pw-news-list page-size="4" src=${LIST}></pw-news-list>
      </div>`);
      const [pending, done] = [...wrapper.children] as PwNewsList[];
      await loaded(done!, 4);
      await until(() => sr(pending!).querySelector('.card-skeleton'), 5000, 'skeleton');
      expect(sr(pending!).querySelectorAll('.card-skeleton').length).to.equal(4);
      expect(sr(pending!).querySelector('[role="status"]')!.textContent).to.equal('Đang tải…');
      const box = (el: Element) => sr(el).querySelector('.media')!.getBoundingClientRect();
      expect(box(pending!).width).to.equal(box(done!).width);
      expect(box(pending!).height).to.equal(box(done!).height);
      await expect(pending).to.be.accessible();
      pending!.remove();
    });

    it('leaves no blank gap under a short title, and a loaded card is never taller than its skeleton (issue 16 §4)', async () => {
      const long =
        'Tập huấn quy chế dân chủ khối cơ quan hành chính Nhà nước và đơn vị sự nghiệp công lập năm 2017 tại tỉnh Long An';
      const url = await serveFeed(
        uniqueId(),
        feedOf([
          item('ngan', { title: 'Tin ngắn' }),
          item('dai', { title: long, date_published: '2017-11-21T08:00:00+07:00' }),
        ]),
      );
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 300px">
        <pw-news-list page-size="2" hide-image hide-summary hide-tags src=${new URL('/__feed/hang', location.href).href}></pw-news-list>
        <pw-news-list page-size="2" hide-image hide-summary hide-tags src=${url}></pw-news-list>
      </div>`);
      const [pending, done] = [...wrapper.children] as PwNewsList[];
      await loaded(done!, 2);
      await until(() => sr(pending!).querySelector('.card-skeleton'), 5000, 'skeleton');
      const [short, longCard] = items(done!);
      const title = short!.querySelector('[part~="title"]')!;
      const fontSize = parseFloat(getComputedStyle(title).fontSize);
      // One line (1.5) plus the clamp padding above it (0.15em), and the card ends there.
      expect(title.getBoundingClientRect().height).to.be.closeTo(1.65 * fontSize, 1);
      expect(short!.getBoundingClientRect().bottom - title.getBoundingClientRect().bottom).to.be.at.most(0.5);
      const height = (card: Element | null) => card!.getBoundingClientRect().height;
      const skeleton = height(sr(pending!).querySelector('.card-skeleton'));
      expect(height(short!.querySelector('.card'))).to.be.lessThan(skeleton - fontSize);
      // Three lines, clamped: the size the skeleton reserved.
      expect(height(longCard!.querySelector('.card'))).to.be.closeTo(skeleton, 1);
      pending!.remove();
    });

    it('shows the error state with a retry button', async () => {
      const el = await list(new URL('/__feed/status/500', location.href).href);
      await until(() => sr(el).querySelector('[part="error"]'), 5000, 'error');
      expect(sr(el).querySelector('[part="retry"]')!.textContent).to.equal('Thử lại');
      await expect(el).to.be.accessible();
    });

    it('shows the empty state in both languages', async () => {
      const el = await list(fx('news-empty.json'));
      await until(() => sr(el).querySelector('[part="empty"]'), 5000, 'empty');
      expect(sr(el).querySelector('[part="empty"]')!.textContent).to.equal('Chưa có tin bài');
      await expect(el).to.be.accessible();
      setLocale('en');
      await el.updateComplete;
      expect(sr(el).querySelector('[part="empty"]')!.textContent).to.equal('No news yet');
      const none = await loaded(await list(LIST));
      none.tag = 'không có thẻ này';
      await none.updateComplete;
      expect(sr(none).querySelector('[part="empty"]')!.textContent).to.equal('No news yet');
    });

    it('keeps the content with a stale note when a refresh fails', async () => {
      const id = uniqueId();
      const url = await serveFeed(id, feedOf([item('a', { title: 'Tin cũ' })]));
      await loaded(await list(url));
      await setFeedState(id, 'down');
      const el = await fixture<PwNewsList>(html`<pw-news-list max-age="0" src=${url}></pw-news-list>`);
      await until(() => sr(el).querySelector('[part="stale"]'), 5000, 'stale note');
      expect(titles(el)).to.deep.equal(['Tin cũ']);
      await expect(el).to.be.accessible();
    });

    it('is accessible when loaded, in list and grid layouts', async () => {
      const el = await loaded(await list(LIST));
      await expect(el).to.be.accessible();
      el.layout = 'grid';
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });

  describe('locale', () => {
    it('re-renders in English and refetches a {lang} feed', async () => {
      const id = uniqueId();
      await serveFeed(`${id}-vi`, feedOf([item('a', { title: 'Tập huấn' }), item('b')], { language: 'vi' }));
      await serveFeed(`${id}-en`, feedOf([item('a', { title: 'Training' }), item('b')], { language: 'en' }));
      const el = await loaded(await list(`${location.origin}/__feed/inline/${id}-{lang}`, { 'page-size': '1' }));
      expect(titles(el)).to.deep.equal(['Tập huấn']);
      expect(more(el)!.textContent!.trim()).to.equal('Xem thêm');
      expect(sr(el).querySelector('[part="base"]')!.getAttribute('lang')).to.equal('vi');
      setLocale('en');
      await until(() => titles(el)[0] === 'Training', 5000, 'English items');
      expect(more(el)!.textContent!.trim()).to.equal('More news');
      expect(sr(el).querySelector('[part="base"]')!.getAttribute('lang')).to.equal('en');
      expect(sr(el).querySelector('[part="date"]')!.textContent).to.equal('22 Nov 2017, 11:16');
      expect(await requestCount(`${id}-en`)).to.equal(1);
      await expect(el).to.be.accessible();
    });
  });

  describe('real-world feeds', () => {
    it('shows all 84 items of a feed whose only fault is "tags" given as a string (RSParser\'s rose.json)', async () => {
      const el = await loaded(await list(fx('real-world/json/rsparser/rose.json'), { 'page-size': '100' }), 84);
      expect(items(el).length).to.equal(84);
      const first = items(el).find(
        (li) => li.querySelector('.card')!.getAttribute('data-id') === 'workflow-add-task-sub-tasks-to-omnifocus',
      )!;
      expect([...first.querySelectorAll('.tag')].map((t) => t.textContent)).to.deep.equal(['workflow', 'omnifocus']);
    });

    it('titles an item without a title with the first words of its text, never "(Không có tiêu đề)"', async () => {
      const id = uniqueId('untitled');
      const long = 'Sáng nay trời đẹp, cả phòng đi tập huấn ở hội trường tỉnh. '.repeat(4);
      const src = await serveFeed(
        id,
        feedOf([
          { id: 'text', content_text: long, date_published: '2017-11-22T11:16:00+07:00' },
          {
            id: 'html',
            content_html: '<p><img src="x.jpg" alt="">Chào <b>mừng</b> &amp; hẹn&#32;gặp lại</p><script>x()</script>',
            date_published: '2017-11-21T11:16:00+07:00',
          },
        ] as never),
      );
      const el = await loaded(await list(src), 2);
      expect(titles(el)[0]!.startsWith('Sáng nay trời đẹp, cả phòng đi tập huấn')).to.equal(true);
      expect(titles(el)[0]!.endsWith('…')).to.equal(true);
      expect(titles(el)[0]!.length).to.be.at.most(91);
      // The text is the title: it is not repeated as the summary.
      expect(items(el)[0]!.querySelector('[part="summary"]')).to.equal(null);
      expect(titles(el)[1]).to.equal('Chào mừng & hẹn gặp lại');
    });
  });

  describe('hostile feeds', () => {
    it('renders every field as text: nothing runs, a bad field drops only itself, unreadable items are skipped', async () => {
      const el = await loaded(await list(fx('hostile-news.json')));
      await imagesSettled(sr(el));
      expect(window.__pwned).to.equal(undefined);
      expectClean(sr(el));
      // hostile-3 has only a numeric title: nothing readable. The others lose just the bad field.
      expect(ids(el)).to.deep.equal(['hostile-1', 'hostile-2', 'hostile-6', '#3', 'hostile-4', 'hostile-5']);
      expect(titles(el)[0]).to.contain('<script>');
      expect(titles(el)[2]).to.equal('(Không có tiêu đề)');
      // A hostile item has no link, image or alt left to abuse.
      const first = items(el)[0];
      expect(first!.querySelector('a')).to.equal(null);
      expect(first!.querySelector('img')).to.equal(null);
      expect(first!.querySelector('[part="tags"]')!.textContent).to.contain('<img');
      // The feed's next_url was javascript:, so there is no page to follow.
      expect(more(el)).to.equal(null);
      await expect(el).to.be.accessible();
    });
  });
});
