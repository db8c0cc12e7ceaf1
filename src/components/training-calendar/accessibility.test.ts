/**
 * Issue 26 §6: what the accessibility re-audit left in the calendar. Headings stay distinct under deep
 * hosts; the English lunar date says which number is the month and marks the can-chi name Vietnamese;
 * a calendar without a feed shows only its fallback; links that open a new tab say so.
 */
import { expect, fixture, html } from '@open-wc/testing';
import './define.js';
import type { PwTrainingCalendar } from './training-calendar.js';
import { setLocale } from '../../locale/store.js';
import { resetShared, until } from '../../../test/helpers/feeds.js';
import { part, parts } from '../../../test/helpers/parts.js';
import { fixtureUrl, text } from '../../../test/helpers/dom.js';

const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role=heading]';

/** Renders `markup` and resolves with its calendar once `ready` (a selector) is in it. */
async function listIn(markup: ReturnType<typeof html>, ready = '[part~=event]'): Promise<PwTrainingCalendar> {
  const page = await fixture<HTMLElement>(markup);
  const cal = page.matches('pw-training-calendar')
    ? (page as PwTrainingCalendar)
    : page.querySelector('pw-training-calendar')!;
  await until(() => cal.shadowRoot!.querySelector(ready), 8000, ready);
  return cal;
}

/** The text of the elements `el` names in its aria-labelledby, from the same shadow root. */
function labelledBy(el: Element): string {
  const root = el.getRootNode() as ShadowRoot;
  const ids = (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => text(root.getElementById(id))).join(' ');
}

describe('pw-training-calendar: headings under deep hosts (issue 26 §6)', () => {
  beforeEach(resetShared);

  it('under an h4: period h5, days h6, and sessions name their lists instead of repeating h6', async () => {
    const cal = await listIn(html`<section><h4>Lịch tập huấn của Sở</h4>
      <pw-training-calendar view="list" month="2017-11" page-size="50" src=${fixtureUrl('training-events.json')}></pw-training-calendar>
    </section>`);
    const root = cal.shadowRoot!;
    expect(part(cal, 'heading')!.localName).to.equal('h5');
    const days = [...root.querySelectorAll('.list-date')];
    expect(days.map((d) => d.localName)).to.satisfy(
      (tags: string[]) => tags.length > 3 && tags.every((t) => t === 'h6'),
    );
    const sessions = [...root.querySelectorAll<HTMLElement>('.session')];
    expect(sessions.map(text)).to.include.members(['Sáng', 'Chiều', 'Cả ngày']);
    for (const s of sessions) expect(s.matches(HEADINGS), `"${text(s)}" is a heading`).to.equal(false);
    // Each session's list of events is named by its session, so the grouping is still announced.
    const lists = [...root.querySelectorAll('.list ul')];
    expect(lists.map(labelledBy)).to.deep.equal(sessions.map(text));
  });

  it('at heading-level 6: period h6, and days and sessions are named groups and lists', async () => {
    const cal = await listIn(html`<pw-training-calendar heading-level="6" view="list" month="2017-11" page-size="50"
      src=${fixtureUrl('training-events.json')}></pw-training-calendar>`);
    const root = cal.shadowRoot!;
    expect(part(cal, 'heading')!.localName).to.equal('h6');
    expect(root.querySelectorAll(`.list ${HEADINGS.split(', ').join(', .list ')}`)).to.have.length(0);
    const groups = [...root.querySelectorAll('.list-day')];
    expect(groups.length).to.be.above(3);
    for (const g of groups) {
      expect(g.getAttribute('role')).to.equal('group');
      expect(labelledBy(g)).to.equal(text(g.querySelector('.list-date')));
    }
    expect(labelledBy(groups[0]!)).to.match(/^Thứ .+ 2017$/);
  });

  it('with room to spare (after an h2) keeps days and sessions as headings', async () => {
    const cal = await listIn(html`<div><h2>Tập huấn</h2>
      <pw-training-calendar view="list" month="2017-11" src=${fixtureUrl('training-events.json')}></pw-training-calendar></div>`);
    const root = cal.shadowRoot!;
    expect(part(cal, 'heading')!.localName).to.equal('h3');
    expect(root.querySelector('.list-date')!.localName).to.equal('h4');
    expect(root.querySelector('.session')!.localName).to.equal('h5');
    expect(root.querySelector('.list-day')!.hasAttribute('role')).to.equal(false);
  });
});

describe('pw-training-calendar: the lunar date in English (issue 26 §6)', () => {
  beforeEach(resetShared);
  afterEach(() => setLocale('vi', { persist: false }));

  it('says "lunar month 10, day 5" and marks the can-chi name lang="vi"; Vietnamese stays "5/10 Đinh Dậu"', async () => {
    const cal = await listIn(html`<pw-training-calendar view="month" month="2017-11" lunar
      src=${fixtureUrl('training-events.json')}></pw-training-calendar>`);
    const root = cal.shadowRoot!;
    await until(() => root.querySelector('[part~=lunar]'), 5000, 'lunar dates');
    const label = () => text(root.querySelector('td[data-day="2017-11-22"] .day-label'));
    expect(label()).to.contain('ngày 5 tháng 10 âm lịch');
    setLocale('en', { persist: false });
    await cal.updateComplete;
    expect(label()).to.contain('lunar month 10, day 5');
    expect(label()).not.to.match(/\b5\/10\b/);

    cal.view = 'list';
    await cal.updateComplete;
    // The list's day of 22 November 2017 (lunar 5/10).
    const line22 = () =>
      [...root.querySelectorAll('.list-day')]
        .find((g) => /\b22\b/.test(text(g.querySelector('.list-date'))))
        ?.querySelector('[part~=lunar]');
    const line = await until(line22, 5000, 'the lunar line of the 22nd');
    expect(text(line)).to.equal('Lunar month 10, day 5, year Đinh Dậu');
    const year = line.querySelector('[lang]')!;
    expect([text(year), year.getAttribute('lang')]).to.deep.equal(['Đinh Dậu', 'vi']);
    setLocale('vi', { persist: false });
    await cal.updateComplete;
    expect(text(line22())).to.equal('Âm lịch: 5/10 Đinh Dậu');
  });

  it('names a leap month: "lunar leap month 6, day 2"', async () => {
    setLocale('en', { persist: false });
    const cal = await listIn(
      html`<pw-training-calendar view="week" month="2025-07-26" lunar
        src=${fixtureUrl('training-events.json')}></pw-training-calendar>`,
      '.week',
    );
    const root = cal.shadowRoot!;
    const row = await until(
      () =>
        [...root.querySelectorAll('.week-day')].find(
          (th) => th.querySelector('[part~=lunar]') && /\b26\b/.test(text(th)),
        ),
      5000,
      'the 26th with its lunar date',
    );
    expect(text(row.querySelector('[part~=lunar]'))).to.equal('Lunar leap month 6, day 2, year Ất Tỵ');
  });
});

describe('pw-training-calendar without a feed (issue 26 §6)', () => {
  beforeEach(resetShared);

  it('shows only its fallback link: no toolbar, no dead controls', async () => {
    const cal = await fixture<PwTrainingCalendar>(html`<pw-training-calendar>
      <a href="https://www.longan.gov.vn/lich-tap-huan">Xem lịch tập huấn</a>
    </pw-training-calendar>`);
    await cal.updateComplete;
    const root = cal.shadowRoot!;
    expect(root.querySelectorAll('button, input, select, a[href], [tabindex], h1, h2, h3, h4, h5, h6')).to.have.length(
      0,
    );
    const slot = root.querySelector('slot')!;
    expect(slot.assignedElements().map((a) => text(a))).to.deep.equal(['Xem lịch tập huấn']);
    expect(cal.querySelector('a')!.getBoundingClientRect().height).to.be.above(0);
    // Given a feed, it becomes the calendar.
    cal.src = fixtureUrl('training-events.json');
    cal.month = '2017-11';
    await until(() => root.querySelector('[part~=event]'), 8000, 'events');
    expect(parts(cal, 'view-button')).to.have.length(3);
  });
});

describe('pw-training-calendar: links that open a new tab say so (issue 26 §6)', () => {
  beforeEach(resetShared);
  afterEach(() => setLocale('vi', { persist: false }));

  it('in the details: Google Calendar, online, organiser and registration links (vi and en)', async () => {
    const cal = await listIn(html`<pw-training-calendar view="month" month="2099-03"
      src=${fixtureUrl('training-events.json')}></pw-training-calendar>`);
    part(cal, 'event')!.click();
    const dialog = await until(() => cal.shadowRoot!.querySelector('dialog[open]'), 5000, 'details');
    const blank = () => [...dialog.querySelectorAll<HTMLAnchorElement>('a[target=_blank]')];
    // This event has an online link and an open registration besides the Google Calendar link.
    expect(blank().length).to.be.at.least(3);
    expect(blank()).to.include(part(dialog, 'google'));
    for (const a of blank()) expect(text(a), a.href).to.match(/\S \(mở trong thẻ mới\)$/);
    setLocale('en', { persist: false });
    await cal.updateComplete;
    for (const a of blank()) expect(text(a), a.href).to.match(/\S \(opens in a new tab\)$/);
    expect(text(part(dialog, 'google'))).to.equal('Add to Google Calendar (opens in a new tab)');
    // Said to assistive technology only: the visible link text is unchanged.
    const hint = part(dialog, 'google')!.querySelector('.visually-hidden')!;
    expect(hint.getBoundingClientRect().width).to.be.at.most(1);
  });
});
