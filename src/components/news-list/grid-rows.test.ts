/**
 * Issue 26 §5: in the grid, one card's wrapped tags made its row taller, and the other cards of the
 * row spread the extra height over their image and text rows: their text moved down 14 px. Cards of
 * one row now start their image and text at the same place.
 */
import { expect, fixture, html } from '@open-wc/testing';
import './define.js';
import { setLocale } from '../../locale/store.js';
import { feedOf, item, resetShared, serveFeed, uniqueId, until } from '../../../test/helpers/feeds.js';
import { sr } from '../../../test/helpers/dom.js';
import { parts } from '../../../test/helpers/parts.js';

const image = (n: number) => new URL(`/test/fixtures/images/news-${n}.svg`, location.href).href;
const top = (card: Element, name: string) => card.querySelector(`[part~="${name}"]`)!.getBoundingClientRect().top;

describe('pw-news-list layout="grid": rows', () => {
  beforeEach(resetShared);
  afterEach(() => setLocale('vi', { persist: false }));

  it("keeps a card's image, date and title where its neighbours' are when its tags wrap", async () => {
    setLocale('en', { persist: false });
    const title = 'Long An grants investment certificates to 12 projects';
    const url = await serveFeed(
      uniqueId('grid'),
      feedOf([
        item('a', { title, image: image(1), tags: ['News', 'Mass mobilization', 'Grassroots democracy', 'Law'] }),
        item('b', { title, image: image(2), tags: ['News'] }),
        item('c', { title, image: image(3), tags: ['News'] }),
      ]),
    );
    const page = await fixture(
      html`<div style="width: 960px"><pw-news-list layout="grid" page-size="3" src=${url}></pw-news-list></div>`,
    );
    const el = page.firstElementChild!;
    await until(() => parts(el, 'item').length === 3 && !sr(el).querySelector('.card-skeleton'), 5000, 'cards');
    const cards = parts(el, 'item');
    const tags = cards.map((c) => c.querySelector('[part~="tags"]')!.getBoundingClientRect().height);
    expect(new Set(cards.map((c) => Math.round(c.getBoundingClientRect().top))).size, 'one row').to.equal(1);
    expect(tags[0], "the first card's tags wrap").to.be.above(tags[1]! * 1.5);
    for (const name of ['image', 'date', 'title']) {
      const tops = cards.map((c) => top(c, name));
      for (const t of tops) expect(t, `${name} tops ${tops.join(', ')}`).to.be.closeTo(tops[0]!, 0.5);
    }
    const heights = cards.map((c) => c.querySelector('[part~="image"]')!.getBoundingClientRect().height);
    for (const h of heights) expect(h, 'image heights').to.be.closeTo(heights[0]!, 0.5);
  });
});
