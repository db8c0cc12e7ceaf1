/**
 * Issue 7, zoom, motion and colour: reflow at 320 CSS px (400% zoom), no
 * motion of its own, reduced motion respected, and visible focus in
 * forced-colors mode.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import { resetShared, sleep, until } from '../helpers/feeds.js';
import { shadowElements, sr } from '../helpers/dom.js';

const sample = () => new URL('/demo/feeds/portal.vi.json', location.href).href;

async function allWidgets() {
  const page = await fixture(html`<div>
    <pw-language-switcher></pw-language-switcher>
    <pw-article-card variant="full" item-id="tap-huan-quy-che-dan-chu-2017" src=${sample()}></pw-article-card>
    <pw-share-bar url="https://www.longan.gov.vn/tin-tuc/tap-huan-quy-che-dan-chu"></pw-share-bar>
    <pw-news-list layout="grid" src=${sample()}></pw-news-list>
    <pw-training-calendar month="2017-11" src=${sample()}></pw-training-calendar>
  </div>`);
  await until(() => sr(page.querySelector('pw-article-card')!).querySelector('figcaption'), 8000, 'article');
  await until(() => sr(page.querySelector('pw-news-list')!).querySelector('[part~=item]'), 8000, 'news');
  await until(
    () => sr(page.querySelector('pw-training-calendar')!).querySelector('[part~=event], [part~=empty]'),
    8000,
    'calendar',
  );
  return page;
}

describe('zoom and reflow at 320 CSS px', function () {
  this.timeout(30000);
  before(() => setViewport({ width: 320, height: 640 }));
  after(() => setViewport({ width: 800, height: 600 }));
  beforeEach(resetShared);

  it('has no horizontal scrolling and no clipped text', async () => {
    const page = await allWidgets();
    expect(document.documentElement.scrollWidth, 'page scroll width').to.be.at.most(320);
    for (const w of page.children) {
      expect(w.getBoundingClientRect().right, `${w.localName} right edge`).to.be.at.most(320.5);
    }
    // The calendar picks its list view at this width; its details dialog must fit too.
    const cal = page.querySelector('pw-training-calendar')!;
    sr(cal).querySelector<HTMLElement>('[part~=event]')!.click();
    // The open dialog: a closed one has no box, and its width would pass any check.
    const dialog = await until(() => sr(cal).querySelector('dialog[part~=details][open]'), 3000, 'open details');
    expect(dialog.getBoundingClientRect().width, 'details width').to.be.within(200, 320);
    // Text that is cut off: an element with hidden overflow whose content is wider than its box.
    const clipped = shadowElements(page).filter((el) => {
      const cs = getComputedStyle(el);
      const hides = cs.overflowX === 'hidden' || cs.overflowX === 'clip';
      return (
        hides &&
        el.scrollWidth > el.clientWidth + 1 &&
        !el.classList.contains('visually-hidden') &&
        el.textContent!.trim()
      );
    });
    expect(clipped.map((el) => `${el.localName}.${el.className}`)).to.deep.equal([]);
  });
});

describe('long Vietnamese text at 320 CSS px', function () {
  this.timeout(30000);
  before(() => setViewport({ width: 320, height: 640 }));
  after(() => setViewport({ width: 800, height: 600 }));
  beforeEach(resetShared);

  it('wraps long titles, unbroken strings and stacked diacritics without sideways scrolling', async () => {
    const src = new URL('/test/fixtures/long-titles.vi.json', location.href).href;
    const page = await fixture(html`<div>
      <pw-news-list src=${src}></pw-news-list>
      <pw-article-card variant="full" item-id="long-2" src=${src}></pw-article-card>
      <pw-training-calendar view="list" month="2017-11" src=${src}></pw-training-calendar>
    </div>`);
    for (const w of page.children)
      await until(() => sr(w).querySelector('[part~=title], [part~=event]'), 8000, w.localName);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    for (const w of page.children) expect(w.getBoundingClientRect().right, w.localName).to.be.at.most(320.5);
    // Stacked diacritics need room above and below: line-height of titles stays ≥ 1.3.
    for (const t of shadowElements(page).filter((el) => el.matches('[part~=title]'))) {
      const cs = getComputedStyle(t);
      expect(parseFloat(cs.lineHeight) / parseFloat(cs.fontSize), 'title line-height').to.be.at.least(1.3);
    }
  });
});

describe('motion', function () {
  this.timeout(30000);
  beforeEach(resetShared);
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('moves nothing on its own', async () => {
    const page = await allWidgets();
    await sleep(100);
    const running = [...page.children].flatMap((w) => w.shadowRoot!.getAnimations());
    expect(running).to.have.length(0);
  });

  it('turns transitions and animations off when the reader prefers reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const page = await allWidgets();
    const moving = shadowElements(page).filter((el) => {
      const cs = getComputedStyle(el);
      const long = (v: string) => v.split(',').some((d) => parseFloat(d) > 0.01);
      return long(cs.transitionDuration) || (cs.animationName !== 'none' && long(cs.animationDuration));
    });
    expect(moving.map((el) => el.localName)).to.deep.equal([]);
  });
});

describe('forced colors', function () {
  this.timeout(30000);
  beforeEach(resetShared);
  afterEach(() => executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value: 'none' }]));

  it('keeps focus visible on every widget control', async () => {
    await executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value: 'active' }]);
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const page = await allWidgets();
    const controls = [...page.children]
      .map((w) => sr(w).querySelector<HTMLElement>('a[href], button, [tabindex="0"]')!)
      .filter(Boolean);
    expect(controls.length).to.equal(5);
    for (const c of controls) {
      c.focus();
      const cs = getComputedStyle(c);
      const visible = (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0) || cs.boxShadow !== 'none';
      expect(visible, `focus ring on ${(c.getRootNode() as ShadowRoot).host.localName} ${c.localName}`).to.equal(true);
    }
  });
});
