/**
 * Issue 7, accessibility enforced: axe over every element in every state, in
 * Vietnamese and English, light and dark, with zero violations of any impact.
 * No rule is disabled. Issue 12 §5: the states are the shared examples.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/index.js';
import { setLocale } from '../../src/locale/store.js';
import { allExamples, mountExample } from '../helpers/examples.js';
import { resetShared, until } from '../helpers/feeds.js';
import { learnCacheLayout } from '../helpers/loader.js';
import { sr } from '../helpers/dom.js';

/**
 * The sweep runs over every example of src/components/<name>/<name>.examples.ts (the ones Storybook shows), in the
 * example's locale, light and dark, plus states reached by interaction.
 */
for (const set of allExamples) {
  describe(`accessibility: ${set.tag} examples`, function () {
    this.timeout(30000);
    before(learnCacheLayout);
    beforeEach(resetShared);
    afterEach(resetShared);
    for (const [name, ex] of Object.entries(set.examples)) {
      for (const theme of ex.theme ? [ex.theme] : (['light', 'dark'] as const)) {
        it(`has no violations: ${name}, ${theme}`, async () => {
          const el = await mountExample(set, name);
          if (theme === 'dark') el.setAttribute('theme', 'dark');
          await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
          await expect(el).to.be.accessible();
        });
      }
    }
  });
}

for (const locale of ['vi', 'en']) {
  for (const theme of ['light', 'dark']) {
    describe(`accessibility, ${locale}, ${theme}: states reached by interaction`, function () {
      this.timeout(30000);
      beforeEach(() => {
        resetShared();
        setLocale(locale, { persist: false });
      });
      it('has no violations: calendar, details open', async () => {
        const src = new URL('/demo/feeds/portal.vi.json', location.href).href;
        const el = await fixture(
          html`<pw-training-calendar view="month" month="2017-11" src=${src}></pw-training-calendar>`,
        );
        await until(() => sr(el).querySelector('[part~=event]'), 8000, 'events');
        sr(el).querySelector<HTMLElement>('td[data-day="2017-11-22"] [part~=event]')!.click();
        await until(() => sr(el).querySelector('[part~=details]'), 3000, 'details');
        if (theme === 'dark') el.setAttribute('theme', 'dark');
        await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        await expect(el).to.be.accessible();
      });
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
