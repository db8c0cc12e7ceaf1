/**
 * Issue 26 §5: the calendar in a narrow sidebar and its small print. The view buttons never break a word
 * ("Thá/ng") in a 240 px column.
 */
import { expect, fixture, html } from '@open-wc/testing';
import './define.js';
import type { PwTrainingCalendar } from './training-calendar.js';
import { setLocale } from '../../locale/store.js';
import { resetShared, until } from '../../../test/helpers/feeds.js';
import { parts } from '../../../test/helpers/parts.js';
import { fixtureUrl, text } from '../../../test/helpers/dom.js';

async function mount(width: string, attrs: Record<string, string>): Promise<PwTrainingCalendar> {
  const box = await fixture<HTMLElement>(html`<div style="width:${width}"></div>`);
  const cal = document.createElement('pw-training-calendar');
  cal.setAttribute('src', fixtureUrl('training-events.json'));
  for (const [name, value] of Object.entries(attrs)) cal.setAttribute(name, value);
  box.append(cal);
  await until(() => cal.shadowRoot?.querySelector('[part~=event]'), 8000, 'events');
  return cal;
}

/** The line tops of each word of `el`'s text: one per word when no word is broken. */
function brokenWords(el: Element): string[] {
  const broken: string[] = [];
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const m of node.textContent!.matchAll(/\S+/g)) {
      const range = document.createRange();
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
      if (tops.size > 1) broken.push(m[0]);
    }
  }
  return broken;
}

describe('pw-training-calendar in a 240 px sidebar (issue 26 §5)', () => {
  beforeEach(resetShared);
  afterEach(() => setLocale('vi', { persist: false }));

  it('never breaks a view button mid-word, and nothing sticks out (vi and en)', async () => {
    const cal = await mount('240px', { month: '2017-11' });
    for (const lang of ['vi', 'en'] as const) {
      setLocale(lang, { persist: false });
      await cal.updateComplete;
      const buttons = parts(cal, 'view-button');
      expect(buttons.map((b) => text(b))).to.have.length(3);
      const box = cal.getBoundingClientRect();
      for (const b of buttons) {
        expect(brokenWords(b), `${lang}: words broken in "${text(b)}"`).to.deep.equal([]);
        const r = b.getBoundingClientRect();
        expect(r.left, `${lang}: "${text(b)}" left`).to.be.at.least(box.left - 0.5);
        expect(r.right, `${lang}: "${text(b)}" right`).to.be.at.most(box.right + 0.5);
        expect(b.scrollWidth, `${lang}: "${text(b)}" overflows`).to.be.at.most(b.clientWidth);
      }
    }
  });
});
