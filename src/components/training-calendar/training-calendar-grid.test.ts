/**
 * The month grid's day cells are built with DOM calls and rebuilt only when what they show changes
 * (issue 15 §1): these tests pin when they must be rebuilt and when they must be kept.
 */
import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './define.js';
import type { PwTrainingCalendar } from './training-calendar.js';
import { refreshFeed } from '../../feed/loader.js';
import { feedOf, item, resetShared, serveFeed, uniqueId, until } from '../../../test/helpers/feeds.js';

async function mount(attrs = 'month="2017-11" view="month"', body?: unknown): Promise<PwTrainingCalendar> {
  body ??= await (await fetch('/test/fixtures/training-events.json')).json();
  const url = await serveFeed(uniqueId('cal-grid'), body);
  const el = await fixture<PwTrainingCalendar>(`<pw-training-calendar src="${url}" ${attrs}></pw-training-calendar>`);
  await until(() => el.shadowRoot!.querySelector('[part~="grid"]'), 5000, 'month grid');
  await el.updateComplete;
  return el;
}
const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const $$ = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const cell = (el: Element, day: string) => $<HTMLTableCellElement>(el, `td[data-day="${day}"]`)!;
const titles = (root: ParentNode) =>
  [...root.querySelectorAll('[part~="event"] .title')].map((t) => t.textContent!.trim());
const dayLabel = (el: Element, day: string) => cell(el, day).querySelector('.day-label')!.textContent!.trim();

const event = (id: string, title: string, start: string) =>
  item(id, { title, _pw: { event: { start, end: start.replace('T08', 'T10') } } });

const tabbable = (el: Element) =>
  $$(el, 'td[data-day]')
    .filter((c) => c.getAttribute('tabindex') === '0')
    .map((c) => c.dataset.day);

describe('pw-training-calendar: month grid cells', () => {
  beforeEach(resetShared);

  it('keeps the same cells while the cursor moves in the month and the details open and close', async () => {
    const el = await mount();
    const before = $$(el, 'td[data-day]');
    cell(el, '2017-11-01').focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(tabbable(el)).to.deep.equal(['2017-11-02']);
    expect(el.shadowRoot!.activeElement === cell(el, '2017-11-02')).to.equal(true, 'focus on 2 November');
    const button = cell(el, '2017-11-22').querySelector<HTMLButtonElement>('[part~="event"]')!;
    button.click();
    await until(() => $<HTMLDialogElement>(el, 'dialog')!.open);
    $<HTMLButtonElement>(el, '[part~="close"]')!.click();
    await until(() => !$<HTMLDialogElement>(el, 'dialog')!.open);
    await el.updateComplete;
    const after = $$(el, 'td[data-day]');
    expect(after.length === before.length && after.every((c, i) => c === before[i])).to.equal(true, 'the same cells');
    expect(button.isConnected).to.be.true;
    // The close event is asynchronous; focus comes back when it fires.
    await until(() => el.shadowRoot!.activeElement === button, 3000, 'focus back on the event button');
  });

  it('keeps the moved cursor when a search redraws the cells', async () => {
    const el = await mount();
    cell(el, '2017-11-01').focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    el.query = 'quy che dan chu';
    await el.updateComplete;
    expect(tabbable(el)).to.deep.equal(['2017-11-08']);
    expect(titles($(el, '[part~="grid"]')!)).to.have.length(1);
    el.query = undefined;
    await el.updateComplete;
    expect(tabbable(el)).to.deep.equal(['2017-11-08']);
    expect(titles($(el, '[part~="grid"]')!).length).to.be.above(1);
  });

  it('draws the new feed when src changes to another feed of the same month', async () => {
    const el = await mount(
      'month="2017-11" view="month"',
      feedOf([event('a', 'Hội nghị A', '2017-11-06T08:00:00+07:00')]),
    );
    expect(titles($(el, '[part~="grid"]')!)).to.deep.equal(['Hội nghị A']);
    el.src = await serveFeed(
      uniqueId('cal'),
      feedOf([
        event('b', 'Hội nghị B', '2017-11-07T08:00:00+07:00'),
        event('c', 'Hội nghị C', '2017-11-07T08:00:00+07:00'),
      ]),
    );
    // While the new feed loads the skeleton replaces the grid.
    await until(() => titles(el.shadowRoot!).includes('Hội nghị B'));
    expect(titles($(el, '[part~="grid"]')!)).to.deep.equal(['Hội nghị B', 'Hội nghị C']);
    expect(dayLabel(el, '2017-11-06')).to.equal('Thứ Hai, 6 tháng 11, 2017');
    expect(dayLabel(el, '2017-11-07')).to.equal('Thứ Ba, 7 tháng 11, 2017, 2 sự kiện');
  });

  it('draws the refreshed feed when the same URL brings new content', async () => {
    const id = uniqueId('cal-grid');
    const url = await serveFeed(id, feedOf([event('a', 'Hội nghị A', '2017-11-06T08:00:00+07:00')]));
    const el = await fixture<PwTrainingCalendar>(
      `<pw-training-calendar src="${url}" month="2017-11" view="month"></pw-training-calendar>`,
    );
    await until(() => titles(el.shadowRoot!).length);
    const grid = $(el, '[part~="grid"]');
    await serveFeed(id, feedOf([event('b', 'Hội nghị B', '2017-11-06T08:00:00+07:00')]));
    await refreshFeed(url);
    await until(() => titles(el.shadowRoot!).includes('Hội nghị B'));
    expect($(el, '[part~="grid"]') === grid).to.equal(true, 'the grid stayed in place during the refresh');
    expect(titles(el.shadowRoot!)).to.deep.equal(['Hội nghị B']);
  });

  it('opens the event, the day list and moves the cursor from one click listener on the grid', async () => {
    const el = await mount('month="2017-11" view="month" max-events="1"');
    const day = cell(el, '2017-11-16');
    day.querySelector<HTMLButtonElement>('[part~="more"]')!.click();
    await until(() => $<HTMLDialogElement>(el, 'dialog')!.open);
    expect($(el, '.details .count')!.textContent).to.equal('5 sự kiện');
    $<HTMLButtonElement>(el, '[part~="close"]')!.click();
    await until(() => !$<HTMLDialogElement>(el, 'dialog')!.open);
    let opened: unknown;
    el.addEventListener(
      'pw-event-open',
      (e) => (opened = (e as CustomEvent<{ item: { title: string } }>).detail.item.title),
    );
    day.querySelector<HTMLElement>('[part~="event"] .title')!.click();
    await until(() => $<HTMLDialogElement>(el, 'dialog')!.open);
    expect(opened).to.equal(titles(day)[0]);
    $<HTMLButtonElement>(el, '[part~="close"]')!.click();
    await until(() => !$<HTMLDialogElement>(el, 'dialog')!.open);
    cell(el, '2017-11-29').querySelector<HTMLElement>('.num')!.click();
    await el.updateComplete;
    expect(tabbable(el)).to.deep.equal(['2017-11-29']);
    expect(el.shadowRoot!.activeElement === cell(el, '2017-11-29')).to.equal(true, 'focus on 29 November');
  });

  it('opens no dialog, and throws nothing, when the element leaves the page right after a click', async () => {
    const el = await mount();
    const errors: unknown[] = [];
    const onRejection = (e: PromiseRejectionEvent) => (errors.push(e.reason), e.preventDefault());
    window.addEventListener('unhandledrejection', onRejection);
    try {
      cell(el, '2017-11-22').querySelector<HTMLButtonElement>('[part~="event"]')!.click();
      el.remove();
      await new Promise((r) => setTimeout(r, 100));
      expect(errors).to.deep.equal([]);
      expect($<HTMLDialogElement>(el, 'dialog')?.open ?? false).to.equal(false);
    } finally {
      window.removeEventListener('unhandledrejection', onRejection);
    }
  });
});
