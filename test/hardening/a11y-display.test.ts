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
