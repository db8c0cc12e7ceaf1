/**
 * Issue 15 §1, "make the first render cheap": what the first render may cost, held through the
 * public element: how many updates reach the loaded state, what the skeleton builds, and that the
 * early request is the one the widget waits on.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/components/news-list/define.js';
import '../src/components/share-bar/define.js';
import { PwNewsList } from '../src/components/news-list/news-list.js';
import { feedOf, item, requestCount, resetShared, serveFeed, uniqueId, until } from './helpers/feeds.js';
import { sr } from './helpers/dom.js';

/** Counts the updates of each element: a subclass, so the count covers exactly the shipped update path. */
class CountedNewsList extends PwNewsList {
  updates = 0;
  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    this.updates++;
  }
}
customElements.define('pw-news-list-counted', CountedNewsList);

const shownItems = (el: Element) => sr(el).querySelectorAll('li[part~="item"]').length;

/** Counts `new Intl.X()` calls for the Intl constructors that cost on first use, until the returned stop(). */
function countIntl(): { count: () => number; stop: () => void } {
  const names = ['DateTimeFormat', 'NumberFormat', 'PluralRules', 'RelativeTimeFormat', 'Collator'] as const;
  const saved = names.map((n) => Intl[n]);
  let made = 0;
  const intl = Intl as unknown as Record<string, unknown>;
  names.forEach((n, i) => {
    const Real = saved[i] as unknown as new (...a: unknown[]) => object;
    intl[n] = new Proxy(Real, {
      construct(target, args) {
        made++;
        return new target(...args);
      },
      apply(target, _this, args) {
        made++;
        return new target(...args);
      },
    });
  });
  return { count: () => made, stop: () => names.forEach((n, i) => (intl[n] = saved[i])) };
}

describe('first render (issue 15)', () => {
  beforeEach(() => resetShared());

  it('a news list updates twice from connection to its items: the skeleton, then the content', async () => {
    const url = await serveFeed(
      uniqueId(),
      feedOf(
        Array.from({ length: 12 }, (_, i) => item(`n${i}`, { date_published: `2017-11-${10 + i}T08:00:00+07:00` })),
      ),
      undefined,
      50,
    );
    const el = await fixture<CountedNewsList>(
      html`<pw-news-list-counted src=${url} page-size="10"></pw-news-list-counted>`,
    );
    await until(() => shownItems(el) === 10, 5000, 'items');
    await el.updateComplete;
    expect(el.updates).to.equal(2);
    // Nothing left to do afterwards either: no update that changes nothing.
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
    expect(el.updates).to.equal(2);
  });

  it('the skeleton creates no Intl formatter and sets no inline style', async () => {
    const url = await serveFeed(uniqueId(), feedOf([item('a')]), undefined, 400);
    const intl = countIntl();
    let el: PwNewsList;
    try {
      el = await fixture<PwNewsList>(html`<pw-news-list src=${url} page-size="3"></pw-news-list>`);
      await until(() => sr(el).querySelector('.card-skeleton'), 5000, 'skeleton');
      expect(intl.count()).to.equal(0);
    } finally {
      intl.stop();
    }
    // No style attribute: a strict CSP (no 'unsafe-inline' styles) has nothing to block.
    expect(sr(el).querySelectorAll('[style]').length).to.equal(0);
  });

  it('the skeleton draws its lines at their sizes and leaves out the blocks a hide-* attribute removes', async () => {
    const src = new URL('/__feed/hang', location.href).href;
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 700px">
      <pw-news-list page-size="1" src=${src}></pw-news-list>
      <pw-news-list page-size="1" src=${src} hide-image hide-date hide-summary hide-tags></pw-news-list>
    </div>`);
    const [full, bare] = [...wrapper.children] as PwNewsList[];
    const card = (el: Element) => until(() => sr(el).querySelector<HTMLElement>('.card-skeleton'), 5000, 'skeleton');
    const shown = (c: Element, sel: string) => [...c.querySelectorAll(sel)].filter((e) => e.getClientRects().length);
    const fullCard = await card(full!);
    const bareCard = await card(bare!);
    const width = (e: Element) => e.getBoundingClientRect().width;
    const lines = shown(fullCard, '.title .skeleton, .date .skeleton, .summary .skeleton, .tags .skeleton');
    const text = width(fullCard.querySelector('.text')!);
    expect(lines.map((l) => Math.round((width(l) / text) * 100))).to.deep.equal([92, 60, 35, 100, 96, 70, 30]);
    expect(shown(fullCard, '.media').length).to.equal(1);
    expect(shown(bareCard, '.media, .date, .summary, .tags')).to.deep.equal([]);
    expect(shown(bareCard, '.title .skeleton').length).to.equal(2);
    wrapper.remove();
  });

  it('the request started on connection is the one the list waits on, and leaving cancels it', async () => {
    const id = uniqueId();
    const url = await serveFeed(id, feedOf([item('a')]), undefined, 300);
    const signals: AbortSignal[] = [];
    const realFetch = window.fetch;
    window.fetch = (input, init) => {
      if (String(input) === url && init?.signal) signals.push(init.signal);
      return realFetch(input, init);
    };
    try {
      const el = document.createElement('pw-news-list');
      el.setAttribute('src', url);
      document.body.append(el);
      await until(() => sr(el).querySelector('.card-skeleton'), 5000, 'skeleton');
      el.remove();
      await until(() => signals[0]?.aborted, 2000, 'the request aborted once no widget waits');
      expect(signals.length).to.equal(1);
      expect(await requestCount(id)).to.be.at.most(1);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('the theme and state style sheets are parsed once per page: every element adopts the same sheet objects', async () => {
    const src = new URL('/__feed/hang', location.href).href;
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <pw-news-list src=${src}></pw-news-list><pw-news-list src=${src} layout="grid"></pw-news-list>
      <pw-share-bar></pw-share-bar>
    </div>`);
    const [a, b, bar] = [...wrapper.children].map((el) => sr(el).adoptedStyleSheets);
    expect(a!.length).to.be.greaterThan(1);
    a!.forEach((sheet, i) => expect(b![i], `sheet ${i}`).to.equal(sheet));
    // The share bar is another class: it shares the theme sheet rather than parsing its own copy.
    expect(bar![0]).to.equal(a![0]);
    wrapper.remove();
  });
});
