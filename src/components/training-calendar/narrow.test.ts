/**
 * Issue 26 §5: the calendar in a narrow sidebar and its small print. The view buttons never break a word
 * ("Thá/ng") in a 240 px column, and every text (status badges, lunar dates, holidays) is at least
 * 12 px at the default font size.
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

/** Every visible text node under the calendar's shadow root whose font is smaller than 12 px. */
function smallText(cal: PwTrainingCalendar): string[] {
  const small: string[] = [];
  const walker = document.createTreeWalker(cal.shadowRoot!, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement!;
    if (!node.textContent!.trim() || el.closest('.visually-hidden, style') || !el.getClientRects().length) continue;
    const size = parseFloat(getComputedStyle(el).fontSize);
    if (size < 12) small.push(`"${node.textContent!.trim()}" (${el.className || el.localName}): ${size}px`);
  }
  return small;
}

describe('pw-training-calendar: all text at least 12 px (issue 26 §5)', () => {
  beforeEach(resetShared);

  it('in the month grid (status badges, lunar dates, holidays), the list, the week and the details', async () => {
    // November 2017 has a cancelled and a postponed session; April 2018 has three holidays.
    const cal = await mount('60rem', { month: '2017-11', view: 'month', lunar: '' });
    await until(() => cal.shadowRoot!.querySelector('[part~=lunar]'), 5000, 'lunar dates');
    expect(parts(cal, 'status').length, 'status badges').to.be.at.least(2);
    expect(smallText(cal), 'month').to.deep.equal([]);
    cal.month = '2018-04';
    await until(() => cal.shadowRoot!.querySelector('[part~=holiday]'), 5000, 'holidays');
    expect(smallText(cal), 'month with holidays').to.deep.equal([]);
    // The week of 30/4 and 1/5 shows both holidays under their days.
    cal.month = '2018-04-30';
    cal.view = 'week';
    await until(() => cal.shadowRoot!.querySelector('.week [part~=holiday]'), 5000, 'holidays in the week');
    expect(smallText(cal), 'week with holidays').to.deep.equal([]);
    cal.month = '2017-11';
    await cal.updateComplete;
    cal.view = 'list';
    await cal.updateComplete;
    expect(smallText(cal), 'list').to.deep.equal([]);
    parts(cal, 'event')[0]!.click();
    await until(() => cal.shadowRoot!.querySelector('dialog[open] .facts'), 5000, 'details');
    expect(smallText(cal), 'details').to.deep.equal([]);
  });
});
