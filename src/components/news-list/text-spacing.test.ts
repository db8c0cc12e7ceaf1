/**
 * Issue 26 §6, text spacing (WCAG 1.4.12) in a 320 px news list: titles follow the spacing's line
 * height instead of keeping their own 1.4, and the clamped title and summary show whole lines only,
 * counted in their actual line height (no sliver of the next, hidden line; stacked marks ẫ ệ kept).
 */
import { expect, fixture, html } from '@open-wc/testing';
import './define.js';
import { resetShared, until } from '../../../test/helpers/feeds.js';
import { fixtureUrl, sr } from '../../../test/helpers/dom.js';
import { parts } from '../../../test/helpers/parts.js';

/** The WCAG 1.4.12 values, as a reader's text-spacing bookmarklet sets them. */
const SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-bottom: 2em !important; }`;

/** Long Vietnamese titles and summaries (stacked marks, one unbreakable run), clamped at 320 px. */
async function narrowList() {
  const page = await fixture(html`<div style="width: 320px">
    <pw-news-list page-size="5" src=${fixtureUrl('long-titles.vi.json')}></pw-news-list>
  </div>`);
  const el = page.firstElementChild!;
  await until(() => parts(el, 'item').length === 5 && !sr(el).querySelector('.card-skeleton'), 5000, 'cards');
  return el;
}

const clampedBlocks = (el: Element) => [...parts(el, 'title'), ...parts(el, 'summary')];
const ratio = (e: Element) => parseFloat(getComputedStyle(e).lineHeight) / parseFloat(getComputedStyle(e).fontSize);

/** The distance between a block's line boxes as laid out (WebKit rounds line heights to whole pixels). */
function linePitch(block: Element): number {
  const range = document.createRange();
  range.selectNodeContents(block);
  const tops = [...new Set([...range.getClientRects()].map((r) => Math.round(r.top * 10) / 10))].sort((a, b) => a - b);
  return tops.length > 1 ? tops[1]! - tops[0]! : parseFloat(getComputedStyle(block).lineHeight);
}

/**
 * The clamped blocks whose clip box does not end on a line boundary: the visible height under the
 * top padding must be a whole number of lines.
 */
function partialLines(el: Element): string[] {
  const out: string[] = [];
  for (const block of clampedBlocks(el)) {
    if (block.scrollHeight <= block.clientHeight + 1) continue;
    const pitch = linePitch(block);
    const lines = (block.clientHeight - parseFloat(getComputedStyle(block).paddingTop)) / pitch;
    if (Math.abs(lines - Math.round(lines)) > 0.04)
      out.push(`${block.getAttribute('part')}: ${lines.toFixed(2)} lines of ${pitch.toFixed(1)}px`);
  }
  return out;
}

describe('pw-news-list under text spacing (SC 1.4.12) at 320 px', function () {
  this.timeout(20000);
  beforeEach(resetShared);

  it('shows whole lines only in its clamped titles and summaries, with and without the spacing inside', async () => {
    const el = await narrowList();
    const clamped = clampedBlocks(el).filter((b) => b.scrollHeight > b.clientHeight + 1);
    expect(clamped.length, 'long titles and summaries are clamped').to.be.at.least(4);
    expect(partialLines(el)).to.deep.equal([]);

    // A reader's tool that reaches into shadow trees (a user style sheet) sets the values on every element.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(SPACING);
    sr(el).adoptedStyleSheets = [...sr(el).adoptedStyleSheets, sheet];
    for (const block of clampedBlocks(el)) expect(ratio(block)).to.be.closeTo(1.5, 0.01);
    expect(partialLines(el)).to.deep.equal([]);
  });

  it("gives titles the spacing's line height from the page, and a larger page line height reaches them", async () => {
    const style = Object.assign(document.createElement('style'), { textContent: SPACING });
    document.head.append(style);
    try {
      const el = await narrowList();
      for (const title of parts(el, 'title')) expect(ratio(title), 'title line height').to.be.at.least(1.5);
      expect(partialLines(el)).to.deep.equal([]);
      style.textContent = '* { line-height: 2.5 !important }';
      for (const block of clampedBlocks(el))
        expect(parseFloat(getComputedStyle(block).lineHeight), `${block.getAttribute('part')}`).to.be.at.least(
          2.5 * 16 - 0.5,
        );
      expect(partialLines(el)).to.deep.equal([]);
    } finally {
      style.remove();
    }
  });
});
