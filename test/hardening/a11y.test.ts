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
  const text = (await (await fetch('/demo/feeds/portal.vi.json')).text()).replaceAll('"images/', '"/demo/feeds/images/');
  const url = await serveFeed(id, text);
  const first = await fixture(tpl(url));
  await until(() => sr(first.firstElementChild ?? first).querySelector(ready) || sr(first).querySelector?.(ready), 8000, 'first load');
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

const loaded = (tpl: () => TemplateResult, ready: string): (() => Promise<Element>) => async () => {
  const el = await fixture(tpl());
  await until(() => sr(el).querySelector(ready), 8000, `${el.localName} ${ready}`);
  return el;
};

const cases = (): Case[] => [
  { name: 'news list', render: loaded(() => html`<pw-news-list src=${sample}></pw-news-list>`, '[part~=item]') },
  { name: 'news list, grid', render: loaded(() => html`<pw-news-list layout="grid" src=${sample}></pw-news-list>`, '[part~=item]') },
  { name: 'news list, empty', render: loaded(() => html`<pw-news-list src=${empty}></pw-news-list>`, '[part~=empty]') },
  { name: 'news list, error', render: loaded(() => html`<pw-news-list src="/__feed/status/500?${uniqueId()}"></pw-news-list>`, '[part~=error]') },
  { name: 'news list, stale', render: () => stale((src) => html`<pw-news-list src=${src}></pw-news-list>`, '[part~=item]') },
  { name: 'article card', render: loaded(() => html`<pw-article-card src=${sample}></pw-article-card>`, '[part~=title]') },
  {
    name: 'full article',
    render: loaded(() => html`<pw-article-card variant="full" item-id="tap-huan-quy-che-dan-chu-2017" src=${sample}></pw-article-card>`, 'figcaption'),
  },
  { name: 'article, not found', render: loaded(() => html`<pw-article-card item-id="nope" src=${sample}></pw-article-card>`, '[part~=empty]') },
  { name: 'article, error', render: loaded(() => html`<pw-article-card src="/__feed/html?${uniqueId()}"></pw-article-card>`, '[part~=error]') },
  { name: 'calendar, month', render: loaded(() => html`<pw-training-calendar view="month" month="2017-11" src=${sample}></pw-training-calendar>`, '[part~=event]') },
  { name: 'calendar, list', render: loaded(() => html`<pw-training-calendar view="list" month="2017-11" src=${sample}></pw-training-calendar>`, '[part~=event]') },
  { name: 'calendar, week', render: loaded(() => html`<pw-training-calendar view="week" month="2017-11" src=${sample}></pw-training-calendar>`, '[part~=week]') },
  { name: 'calendar, empty', render: loaded(() => html`<pw-training-calendar view="list" src=${empty}></pw-training-calendar>`, '[part~=empty]') },
  { name: 'calendar, error', render: loaded(() => html`<pw-training-calendar src="/__feed/status/404?${uniqueId()}"></pw-training-calendar>`, '[part~=error]') },
  {
    name: 'calendar, details open',
    render: async () => {
      const el = await loaded(() => html`<pw-training-calendar view="month" month="2017-11" src=${sample}></pw-training-calendar>`, '[part~=event]')();
      sr(el).querySelector<HTMLElement>('td[data-day="2017-11-22"] [part~=event]')!.click();
      await until(() => sr(el).querySelector('[part~=details]'), 3000, 'details');
      return el;
    },
  },
  { name: 'switcher', render: loaded(() => html`<pw-language-switcher></pw-language-switcher>`, '[part~=option]') },
  { name: 'switcher, flags', render: loaded(() => html`<pw-language-switcher variant="flags"></pw-language-switcher>`, '[part~=option]') },
  { name: 'switcher, menu', render: loaded(() => html`<pw-language-switcher variant="menu"></pw-language-switcher>`, '[part~=toggle]') },
  {
    name: 'switcher, link mode',
    render: loaded(() => html`<pw-language-switcher href-vi="https://www.longan.gov.vn/" href-en="https://en.longan.gov.vn/"></pw-language-switcher>`, 'a[part~=option]'),
  },
  { name: 'share bar', render: loaded(() => html`<pw-share-bar url="https://www.longan.gov.vn/tin/a?x=1&y=2"></pw-share-bar>`, '[part~=target]') },
  { name: 'share bar, vertical, icons only', render: loaded(() => html`<pw-share-bar layout="vertical" icon-only></pw-share-bar>`, '[part~=target]') },
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
    const el = await fixture(html`<pw-news-list src=${new URL('/demo/feeds/portal.vi.json', location.href).href}></pw-news-list>`);
    await until(() => sr(el).querySelector('[part~=item]'));
    sr(el).querySelector('[part~=item]')!.append(Object.assign(document.createElement('button'), { part: 'x' }));
    await expect(el).not.to.be.accessible();
  });
});

void item;
