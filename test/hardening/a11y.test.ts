/**
 * Issue 7, accessibility enforced: axe over every element in every state, in
 * Vietnamese and English, light and dark, with zero violations of any impact.
 * No rule is disabled.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/index.js';
import { setLocale } from '../../src/locale/store.js';
import { feedOf, item, resetShared, serveFeed, setFeedState, uniqueId, until } from '../helpers/feeds.js';
import { newPage } from '../helpers/loader.js';
import { sr } from '../helpers/dom.js';

let sample: string;
let empty: string;

/** A widget whose feed went down after a good load: stale content. */
async function stale(tpl: (src: string) => TemplateResult, ready: string) {
  const id = uniqueId('stale');
  // Served from the test server, so its relative image paths are made absolute first.
  const text = (await (await fetch('/demo/feeds/portal.vi.json')).text()).replaceAll(
    '"images/',
    '"/demo/feeds/images/',
  );
  const url = await serveFeed(id, text);
  const first = await fixture(tpl(url));
  await until(
    () => sr(first.firstElementChild ?? first).querySelector(ready) || sr(first).querySelector?.(ready),
    8000,
    'first load',
  );
  newPage(); // leaving the page saves the copy; the next page starts with an empty memory
  await setFeedState(id, 'down');
  const el = await fixture(tpl(url));
  el.setAttribute('max-age', '0');
  await until(() => sr(el).querySelector('[part~=stale]'), 8000, 'stale note');
  return el;
}

interface Case {
  name: string;
  render: () => Promise<Element>;
}

const loaded =
  (tpl: () => TemplateResult, ready: string): (() => Promise<Element>) =>
  async () => {
    const el = await fixture(tpl());
    await until(() => sr(el).querySelector(ready), 8000, `${el.localName} ${ready}`);
    return el;
  };

const cases = (): Case[] => [
  { name: 'news list', render: loaded(() => html`<pw-news-list src=${sample}></pw-news-list>`, '[part~=item]') },
  {
    name: 'news list, grid',
    render: loaded(() => html`<pw-news-list layout="grid" src=${sample}></pw-news-list>`, '[part~=item]'),
  },
  { name: 'news list, empty', render: loaded(() => html`<pw-news-list src=${empty}></pw-news-list>`, '[part~=empty]') },
  {
    name: 'news list, error',
    render: loaded(() => html`<pw-news-list src="/__feed/status/500?${uniqueId()}"></pw-news-list>`, '[part~=error]'),
  },
  {
    name: 'news list, stale',
    render: () => stale((src) => html`<pw-news-list src=${src}></pw-news-list>`, '[part~=item]'),
  },
  {
    name: 'article card',
    render: loaded(() => html`<pw-article-card src=${sample}></pw-article-card>`, '[part~=title]'),
  },
  {
    name: 'full article',
    render: loaded(
      () =>
        html`<pw-article-card variant="full" item-id="tap-huan-quy-che-dan-chu-2017" src=${sample}></pw-article-card>`,
      'figcaption',
    ),
  },
  {
    name: 'article, not found',
    render: loaded(() => html`<pw-article-card item-id="nope" src=${sample}></pw-article-card>`, '[part~=empty]'),
  },
  {
    name: 'article, error',
    render: loaded(() => html`<pw-article-card src="/__feed/html?${uniqueId()}"></pw-article-card>`, '[part~=error]'),
  },
  {
    name: 'calendar, month',
    render: loaded(
      () => html`<pw-training-calendar view="month" month="2017-11" src=${sample}></pw-training-calendar>`,
      '[part~=event]',
    ),
  },
  {
    name: 'calendar, list',
    render: loaded(
      () => html`<pw-training-calendar view="list" month="2017-11" src=${sample}></pw-training-calendar>`,
      '[part~=event]',
    ),
  },
  {
    name: 'calendar, week',
    render: loaded(
      () => html`<pw-training-calendar view="week" month="2017-11" src=${sample}></pw-training-calendar>`,
      '[part~=week]',
    ),
  },
  {
    name: 'calendar, month, lunar (Tết 2018 and holidays)',
    render: loaded(
      () => html`<pw-training-calendar lunar view="month" month="2018-02" src=${sample}></pw-training-calendar>`,
      '[part~=holiday]',
    ),
  },
  {
    name: 'calendar, week, lunar',
    render: loaded(
      () => html`<pw-training-calendar lunar view="week" month="2017-11-22" src=${sample}></pw-training-calendar>`,
      '[part~=lunar]',
    ),
  },
  {
    name: 'calendar, subscribe open (_pw.ics_url)',
    render: async () => {
      const el = await loaded(
        () => html`<pw-training-calendar view="month" month="2017-11" src=${sample}></pw-training-calendar>`,
        '[part~=subscribe-button]',
      )();
      sr(el).querySelector<HTMLElement>('[part~=subscribe-button]')!.click();
      await until(() => sr(el).querySelector('[part~=subscribe-panel]:not([hidden])'), 3000, 'subscribe panel');
      return el;
    },
  },
  {
    name: 'calendar, empty',
    render: loaded(() => html`<pw-training-calendar view="list" src=${empty}></pw-training-calendar>`, '[part~=empty]'),
  },
  {
    name: 'calendar, error',
    render: loaded(
      () => html`<pw-training-calendar src="/__feed/status/404?${uniqueId()}"></pw-training-calendar>`,
      '[part~=error]',
    ),
  },
  {
    name: 'calendar, details open',
    render: async () => {
      const el = await loaded(
        () => html`<pw-training-calendar view="month" month="2017-11" src=${sample}></pw-training-calendar>`,
        '[part~=event]',
      )();
      sr(el).querySelector<HTMLElement>('td[data-day="2017-11-22"] [part~=event]')!.click();
      await until(() => sr(el).querySelector('[part~=details]'), 3000, 'details');
      return el;
    },
  },
  { name: 'switcher', render: loaded(() => html`<pw-language-switcher></pw-language-switcher>`, '[part~=option]') },
  {
    name: 'switcher, flags',
    render: loaded(() => html`<pw-language-switcher variant="flags"></pw-language-switcher>`, '[part~=option]'),
  },
  {
    name: 'switcher, menu',
    render: loaded(() => html`<pw-language-switcher variant="menu"></pw-language-switcher>`, '[part~=toggle]'),
  },
  {
    name: 'switcher, link mode',
    render: loaded(
      () =>
        html`<pw-language-switcher href-vi="https://www.longan.gov.vn/" href-en="https://en.longan.gov.vn/"></pw-language-switcher>`,
      'a[part~=option]',
    ),
  },
  {
    name: 'share bar',
    render: loaded(
      () => html`<pw-share-bar url="https://www.longan.gov.vn/tin/a?x=1&amp;y=2"></pw-share-bar>`,
      '[part~=target]',
    ),
  },
  {
    name: 'share bar, vertical, icons only',
    render: loaded(() => html`<pw-share-bar layout="vertical" icon-only></pw-share-bar>`, '[part~=target]'),
  },
];

for (const locale of ['vi', 'en']) {
  for (const theme of ['light', 'dark']) {
    describe(`accessibility, ${locale}, ${theme}`, function () {
      this.timeout(30000);
      before(async () => {
        sample = new URL('/demo/feeds/portal.vi.json', location.href).href;
        empty = await serveFeed(uniqueId('empty'), feedOf([]));
      });
      beforeEach(() => {
        resetShared();
        setLocale(locale, { persist: false });
      });
      for (const c of cases()) {
        it(`has no violations: ${c.name}`, async () => {
          const el = await c.render();
          if (theme === 'dark') el.setAttribute('theme', 'dark');
          await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
          await expect(el).to.be.accessible();
        });
      }
    });
  }
}

// Guards against a vacuous sweep: axe must actually report a broken element.
describe('accessibility sweep sanity', () => {
  it('fails an element with an unlabelled button', async () => {
    const el = await fixture(html`<div><button></button></div>`);
    await expect(el).not.to.be.accessible();
  });
  it('sees inside the widgets', async () => {
    const el = await fixture(
      html`<pw-news-list src=${new URL('/demo/feeds/portal.vi.json', location.href).href}></pw-news-list>`,
    );
    await until(() => sr(el).querySelector('[part~=item]'));
    sr(el)
      .querySelector('[part~=item]')!
      .append(Object.assign(document.createElement('button'), { part: 'x' }));
    await expect(el).not.to.be.accessible();
  });
});

void item;

/**
 * Issue 16 §5: heading levels that fit the host page. Each widget sits after an
 * h1, an h2 or an h3 (and inside another component's shadow tree); its headings
 * continue the outline one level down, and axe (heading-order included) passes on
 * the whole host page.
 */
describe('accessibility: heading levels follow the host page', function () {
  this.timeout(30000);
  const src = () => new URL('/demo/feeds/portal.vi.json', location.href).href;
  const levels = (root: ParentNode) =>
    [...root.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.localName[1]));
  beforeEach(() => {
    resetShared();
    setLocale('vi', { persist: false });
  });

  const widgets: [string, (s: string) => TemplateResult, string][] = [
    ['news list', (s) => html`<pw-news-list page-size="2" src=${s}></pw-news-list>`, '[part~=item]'],
    ['article card', (s) => html`<pw-article-card src=${s}></pw-article-card>`, '[part~=title]'],
    [
      'full article',
      (s) => html`<pw-article-card variant="full" item-id="tap-huan-quy-che-dan-chu-2017" src=${s}></pw-article-card>`,
      'figcaption',
    ],
    [
      'calendar, list',
      (s) => html`<pw-training-calendar view="list" month="2017-11" src=${s}></pw-training-calendar>`,
      '.list-date',
    ],
  ];

  for (const host of [1, 2, 3]) {
    for (const [name, widget, ready] of widgets) {
      it(`${name} after an h${host}: its top heading is h${host + 1}, and axe passes`, async () => {
        const page = await fixture(html`<div>
          ${host > 1 ? html`<h1>Cổng thông tin</h1>` : ''}${host > 2 ? html`<h2>Tin tức</h2>` : ''}
          ${host === 1 ? html`<h1>Cổng thông tin</h1>` : host === 2 ? html`<h2>Tin tức</h2>` : html`<h3>Tập huấn</h3>`}
          <div class="column"><p>Giới thiệu</p>${widget(src())}</div>
        </div>`);
        const el = page.querySelector('.column > :last-child')!;
        await until(() => sr(el).querySelector(ready), 8000, ready);
        await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        const own = levels(sr(el)).filter((n, i, all) => all.indexOf(n) === i);
        expect(Math.min(...own)).to.equal(host + 1);
        await expect(page).to.be.accessible();
      });
    }
  }

  it('the calendar takes heading-level: period h4, days h5, sessions h6, details title h5', async () => {
    const el = await fixture(
      html`<pw-training-calendar heading-level="4" view="list" month="2017-11" src=${src()}></pw-training-calendar>`,
    );
    await until(() => sr(el).querySelector('.list-date'), 8000, 'list');
    expect(sr(el).querySelector('[part~=heading]')!.localName).to.equal('h4');
    expect(sr(el).querySelector('.list-date')!.localName).to.equal('h5');
    expect(sr(el).querySelector('.session')!.localName).to.equal('h6');
    sr(el).querySelector<HTMLElement>('[part~=event]')!.click();
    await until(() => sr(el).querySelector('#details-title'), 3000, 'details');
    expect(sr(el).querySelector('#details-title')!.localName).to.equal('h5');
  });

  it('the calendar under an h3 section: period h4, details title h5, and axe passes with the dialog open', async () => {
    const page = await fixture(html`<section><h3>Lịch</h3>
      <pw-training-calendar view="month" month="2017-11" src=${src()}></pw-training-calendar></section>`);
    const el = page.querySelector('pw-training-calendar')!;
    await until(() => sr(el).querySelector('[part~=event]'), 8000, 'events');
    expect(sr(el).querySelector('[part~=heading]')!.localName).to.equal('h4');
    sr(el).querySelector<HTMLElement>('td[data-day="2017-11-22"] [part~=event]')!.click();
    await until(() => sr(el).querySelector('#details-title'), 3000, 'details');
    expect(sr(el).querySelector('#details-title')!.localName).to.equal('h5');
    await expect(page).to.be.accessible();
  });

  it("walks out of a surrounding component's shadow tree into the page around it", async () => {
    const page = await fixture(html`<div><h2>Tin tức</h2><div class="shell"></div></div>`);
    const shell = page.querySelector('.shell')!.attachShadow({ mode: 'open' });
    shell.innerHTML = `<p>Khung</p><pw-news-list page-size="1" src="${src()}"></pw-news-list>`;
    const el = shell.querySelector('pw-news-list')!;
    await until(() => sr(el).querySelector('[part~=title]'), 8000, 'title');
    expect(sr(el).querySelector('[part~=title]')!.localName).to.equal('h3');
  });

  it('takes role="heading" with aria-level into account, and an explicit heading-level wins', async () => {
    const page = await fixture(html`<div><div role="heading" aria-level="4">Mục</div>
      <pw-news-list page-size="1" src=${src()}></pw-news-list><pw-news-list page-size="1" heading-level="2" src=${src()}></pw-news-list></div>`);
    const [a, b] = page.querySelectorAll('pw-news-list');
    await until(() => sr(a!).querySelector('[part~=title]') && sr(b!).querySelector('[part~=title]'), 8000, 'titles');
    expect(sr(a!).querySelector('[part~=title]')!.localName).to.equal('h5');
    expect(sr(b!).querySelector('[part~=title]')!.localName).to.equal('h2');
  });
});
