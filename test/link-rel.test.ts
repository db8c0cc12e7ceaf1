/**
 * Reverse tab-nabbing: every link a widget renders with a `target` (any
 * target, not only `_blank`) carries `rel="noopener noreferrer"`, so the page
 * it opens cannot reach back through `window.opener`.
 */
import { expect, fixture } from '@open-wc/testing';
import '../src/components/news-list/define.js';
import '../src/components/article-card/define.js';
import '../src/components/training-calendar/define.js';
import '../src/components/share-bar/define.js';
import '../src/components/language-switcher/define.js';
import { feedOf, item, resetShared, serveFeed, uniqueId, until } from './helpers/feeds.js';
import { sr } from './helpers/dom.js';
import { part } from './helpers/parts.js';

/** Every `a[target]` in `el`'s shadow root has rel noopener and noreferrer; returns how many there are. */
function expectRel(el: Element, what: string): number {
  const links = [...sr(el).querySelectorAll<HTMLAnchorElement>('a[target]')];
  for (const a of links) {
    const where = `${what}: <a target="${a.getAttribute('target')}" href="${a.getAttribute('href')}" rel="${a.getAttribute('rel') ?? ''}">`;
    expect(a.relList.contains('noopener'), where).to.equal(true);
    expect(a.relList.contains('noreferrer'), where).to.equal(true);
  }
  return links.length;
}

/** Items on another origin than the test page. */
const newsFeed = () =>
  feedOf([
    item('a', { url: 'https://www.longan.gov.vn/tin-tuc/a' }),
    item('b', { external_url: 'https://baolongan.vn/b', url: undefined }),
  ]);

const TARGETS = ['_blank', '_new', 'myframe'];

describe('links with a target carry rel="noopener noreferrer"', () => {
  beforeEach(resetShared);

  for (const target of TARGETS) {
    it(`pw-news-list target="${target}"`, async () => {
      const src = await serveFeed(uniqueId('rel-news'), newsFeed());
      const el = await fixture(`<pw-news-list src="${src}" target="${target}"></pw-news-list>`);
      await until(() => sr(el).querySelectorAll('.title-link').length === 2, 5000, 'news links');
      expect([...sr(el).querySelectorAll('.title-link')].map((a) => a.getAttribute('target'))).to.deep.equal([
        target,
        target,
      ]);
      expect(expectRel(el, 'news list')).to.equal(2);
    });

    it(`pw-article-card (card) target="${target}"`, async () => {
      const src = await serveFeed(uniqueId('rel-card'), newsFeed());
      const el = await fixture(`<pw-article-card src="${src}" item-id="a" target="${target}"></pw-article-card>`);
      await until(() => sr(el).querySelector('.title-link'), 5000, 'card link');
      expect(sr(el).querySelector('.title-link')!.getAttribute('target')).to.equal(target);
      expect(expectRel(el, 'article card')).to.equal(1);
    });

    it(`pw-article-card (full, body links) target="${target}"`, async () => {
      const src = await serveFeed(
        uniqueId('rel-full'),
        feedOf([
          item('a', {
            content_html:
              '<p><a href="https://baolongan.vn/x">Báo Long An</a> và <a href="https://example.org/y" target="_self">khác</a></p>',
            authors: [{ name: 'Phong Nhã', url: 'https://www.longan.gov.vn/tac-gia' }],
            _pw: { translations: { en: { url: 'https://en.longan.gov.vn/a', title: 'A' } } },
          }),
        ]),
      );
      const el = await fixture(`<pw-article-card src="${src}" variant="full" target="${target}"></pw-article-card>`);
      await until(() => sr(el).querySelector('[part="body"] a'), 5000, 'article body');
      expect(expectRel(el, 'full article')).to.be.greaterThan(0);
    });
  }

  it('pw-training-calendar details (online, organiser, registration, Google Calendar)', async () => {
    const src = await serveFeed(
      uniqueId('rel-cal'),
      feedOf([
        item('ev', {
          _pw: {
            event: {
              start: '2017-11-22T07:30:00+07:00',
              end: '2017-11-22T11:00:00+07:00',
              online_url: 'https://meet.longan.gov.vn/abc',
              organizer: { name: 'Sở Nội vụ', url: 'https://sonoivu.longan.gov.vn/' },
              registration: { url: 'https://dangky.longan.gov.vn/', deadline: '2999-01-01T00:00:00+07:00' },
            },
          },
        } as never),
      ]),
    );
    const el = await fixture(`<pw-training-calendar src="${src}" month="2017-11" view="month"></pw-training-calendar>`);
    const button = await until(
      () => sr(el).querySelector<HTMLButtonElement>('td[data-day="2017-11-22"] [part~="event"]'),
      5000,
      'event',
    );
    button.click();
    await until(() => sr(el).querySelector<HTMLDialogElement>('dialog')?.open && part(el, 'google'), 5000, 'details');
    expect(expectRel(el, 'calendar')).to.equal(4);
  });

  it('pw-share-bar', async () => {
    const el = await fixture('<pw-share-bar url="https://www.longan.gov.vn/tin-tuc/a" title="A"></pw-share-bar>');
    await until(() => part(el, 'target'), 5000, 'share targets');
    expect(expectRel(el, 'share bar')).to.be.greaterThan(0);
  });

  it('pw-language-switcher (in-place and link mode)', async () => {
    const inPlace = await fixture('<pw-language-switcher></pw-language-switcher>');
    await until(() => part(inPlace, 'option'), 5000, 'options');
    expectRel(inPlace, 'language switcher (in-place)');
    const link = await fixture(
      '<pw-language-switcher href-en="https://en.longan.gov.vn/" href-vi="https://www.longan.gov.vn/"></pw-language-switcher>',
    );
    await until(() => sr(link).querySelector('a[part~="option"]'), 5000, 'links');
    expectRel(link, 'language switcher (links)');
  });
});
