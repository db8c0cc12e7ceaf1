import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './define.js';
import type { PwTrainingCalendar } from './training-calendar.js';
import { loadFeed } from '../../feed/loader.js';
import { today } from '../../shared/dates.js';
import { setLocale } from '../../locale/store.js';
import { feedOf, item, resetShared, serveFeed, uniqueId, until } from '../../../test/helpers/feeds.js';
import { text } from '../../../test/helpers/dom.js';
import { part } from '../../../test/helpers/parts.js';

let raw: unknown;
export async function trainingFixture(): Promise<Record<string, unknown>> {
  raw ??= await (await fetch('/test/fixtures/training-events.json')).json();
  return structuredClone(raw) as Record<string, unknown>;
}

export async function mount(attrs = 'month="2017-11" view="month"', body?: unknown): Promise<PwTrainingCalendar> {
  const url = await serveFeed(uniqueId('cal'), body ?? (await trainingFixture()));
  const el = await fixture<PwTrainingCalendar>(`<pw-training-calendar src="${url}" ${attrs}></pw-training-calendar>`);
  await until(
    () => el.shadowRoot!.querySelector('[part~="grid"], [part~="list"], [part~="week"]'),
    5000,
    'calendar content',
  );
  await el.updateComplete;
  return el;
}

export const $ = <T extends Element = HTMLElement>(el: Element, sel: string) =>
  el.shadowRoot!.querySelector<T>(sel as never);
export const $$ = <T extends Element = HTMLElement>(el: Element, sel: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(sel as never),
];
export const cell = (el: Element, day: string) => $<HTMLTableCellElement>(el, `td[data-day="${day}"]`)!;
export const titles = (root: ParentNode) =>
  [...root.querySelectorAll('[part~="event"] .title')].map((t) => t.textContent!.replace(/\s+/g, ' ').trim());
/** The day cell's accessible label (a hidden text at the start of the cell). */
export const dayLabel = (el: Element, day: string) => cell(el, day).querySelector('.day-label')!.textContent!.trim();
const active = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;
const dialog = (el: Element) => $<HTMLDialogElement>(el, 'dialog')!;

const SEED = 'Tập huấn quy chế dân chủ khối cơ quan hành chính Nhà nước và đơn vị sự nghiệp công lập năm 2017';

describe('pw-training-calendar: month grid', () => {
  beforeEach(resetShared);

  it('lays out November 2017 (starts on Wednesday) Monday-first with outside-month days', async () => {
    const el = await mount();
    const rows = $$(el, '[part~="grid"] tbody tr');
    expect(rows).to.have.length(5);
    const days = $$(el, 'td[data-day]').map((c) => c.dataset.day);
    expect(days[0]).to.equal('2017-10-30');
    expect(days[34]).to.equal('2017-12-03');
    expect(cell(el, '2017-10-31').part.contains('outside-month')).to.be.true;
    expect(cell(el, '2017-12-01').part.contains('outside-month')).to.be.true;
    expect(cell(el, '2017-11-01').part.contains('outside-month')).to.be.false;
    expect(text($(el, '[part~="heading"]'))).to.equal('Tháng 11 năm 2017');
    expect($$(el, '[part~="weekday"]').map((th) => text(th.querySelector('[aria-hidden]')))).to.deep.equal([
      'T2',
      'T3',
      'T4',
      'T5',
      'T6',
      'T7',
      'CN',
    ]);
    expect($$(el, '[part~="weekday"] .visually-hidden').map(text)).to.deep.equal([
      'Thứ Hai',
      'Thứ Ba',
      'Thứ Tư',
      'Thứ Năm',
      'Thứ Sáu',
      'Thứ Bảy',
      'Chủ Nhật',
    ]);
  });

  it('opens the month set later, even after the reader navigated', async () => {
    const el = await mount('view="month"');
    $$<HTMLButtonElement>(el, '[part~="nav-button"]')[2]!.click();
    await el.updateComplete;
    el.month = '2017-11';
    await el.updateComplete;
    expect(text($(el, '[part~="heading"]'))).to.equal('Tháng 11 năm 2017');
  });

  it('lays out October 2017 (starts on Sunday) in six rows', async () => {
    const el = await mount('month="2017-10" view="month"');
    expect($$(el, '[part~="grid"] tbody tr')).to.have.length(6);
    const days = $$(el, 'td[data-day]').map((c) => c.dataset.day);
    expect(days[0]).to.equal('2017-09-25');
    expect(days[6]).to.equal('2017-10-01');
    expect(days[41]).to.equal('2017-11-05');
  });

  it('lays out May 2017 and February 2021 (start on Monday) with no leading outside days', async () => {
    const el = await mount('month="2017-05" view="month"');
    expect($$(el, 'td[data-day]')[0]!.dataset.day).to.equal('2017-05-01');
    expect($$(el, '[part~="grid"] tbody tr')).to.have.length(5);
    el.month = '2021-02';
    await el.updateComplete;
    expect($$(el, '[part~="grid"] tbody tr')).to.have.length(4);
    expect($$(el, 'td[part~="outside-month"]')).to.have.length(0);
    expect(text($(el, '[part~="heading"]'))).to.equal('Tháng 2 năm 2021');
  });

  it('shows events with time and title, labels cells with the date and count', async () => {
    const el = await mount();
    const c = cell(el, '2017-11-22');
    expect(dayLabel(el, '2017-11-22')).to.equal('Thứ Tư, 22 tháng 11, 2017, 1 sự kiện');
    expect(c.part.contains('has-events')).to.be.true;
    expect(text(c.querySelector('[part~="event"] .time'))).to.equal('07:30');
    expect(titles(c)).to.deep.equal([SEED]);
    expect(dayLabel(el, '2017-11-21')).to.equal('Thứ Ba, 21 tháng 11, 2017');
    expect(cell(el, '2017-11-21').part.contains('has-events')).to.be.false;
    // News items without _pw.event are not shown.
    expect(titles(el.shadowRoot!)).not.to.include('Tin tức không có sự kiện');
  });

  it('shows multi-day all-day events on every day they cover, across the month boundary', async () => {
    const el = await mount();
    const course = 'Lớp bồi dưỡng kỹ năng lãnh đạo, quản lý cấp phòng';
    for (const d of ['2017-11-27', '2017-11-28', '2017-11-29', '2017-11-30', '2017-12-01']) {
      expect(titles(cell(el, d)), d).to.include(course);
      expect(text(cell(el, d).querySelector('[part~="event"] .time'))).to.equal('Cả ngày');
    }
    expect(titles(cell(el, '2017-11-26'))).not.to.include(course);
    expect(titles(cell(el, '2017-12-02'))).not.to.include(course);
    // All-day events come first in the cell.
    expect(titles(cell(el, '2017-11-29'))[0]).to.equal(course);
  });

  it('marks cancelled and postponed events in text, not only colour', async () => {
    const el = await mount();
    const cancelled = cell(el, '2017-11-15').querySelector<HTMLElement>('[part~="event"]')!;
    expect(cancelled.part.contains('event-cancelled')).to.be.true;
    expect(text(cancelled.querySelector('[part~="status"]'))).to.equal('Đã hủy');
    const postponed = [...cell(el, '2017-11-29').querySelectorAll<HTMLElement>('[part~="event"]')].find((b) =>
      b.part.contains('event-postponed'),
    )!;
    expect(text(postponed.querySelector('[part~="status"]'))).to.equal('Hoãn');
    expect(cell(el, '2017-11-22').querySelector('[part~="event"]')!.part.contains('event-cancelled')).to.be.false;
  });

  it('caps events per cell with "+N", which opens the day list', async () => {
    const el = await mount();
    const c = cell(el, '2017-11-16');
    expect(c.querySelectorAll('[part~="event"]')).to.have.length(2);
    const more = c.querySelector<HTMLButtonElement>('[part~="more"]')!;
    expect(text(more)).to.equal('+3');
    expect(more.getAttribute('aria-label')).to.equal('Xem thêm 3 sự kiện');
    more.click();
    await until(() => dialog(el).open);
    expect(text($(el, '#details-title'))).to.equal('Thứ Năm, 16 tháng 11, 2017');
    expect(titles(dialog(el))).to.deep.equal([
      'Họp giao ban 1',
      'Họp giao ban 2',
      'Họp giao ban 3',
      'Họp giao ban 4',
      'Họp giao ban 5',
    ]);
    // From the day list, one event's details, then back.
    dialog(el).querySelectorAll<HTMLButtonElement>('[part~="event"]')[2]!.click();
    await until(() => text($(el, '#details-title')) === 'Họp giao ban 3');
    $<HTMLButtonElement>(el, '.back')!.click();
    await until(() => text($(el, '#details-title')) === 'Thứ Năm, 16 tháng 11, 2017');
    el.maxEvents = 10;
    await el.updateComplete;
    expect(cell(el, '2017-11-16').querySelectorAll('[part~="event"]')).to.have.length(5);
    expect(cell(el, '2017-11-16').querySelector('[part~="more"]')).to.be.null;
  });

  it('draws max-events events in a cell, then "+N" for the rest (issue 16 §4)', async () => {
    const el = await mount('month="2017-11" view="month" max-events="1"');
    const c = cell(el, '2017-11-16');
    expect(titles(c)).to.deep.equal(['Họp giao ban 1']);
    expect(text(c.querySelector('[part~="more"]'))).to.equal('+4');
    el.maxEvents = 3;
    await el.updateComplete;
    expect(titles(cell(el, '2017-11-16'))).to.deep.equal(['Họp giao ban 1', 'Họp giao ban 2', 'Họp giao ban 3']);
    expect(text(cell(el, '2017-11-16').querySelector('[part~="more"]'))).to.equal('+2');
    el.maxEvents = 5;
    await el.updateComplete;
    expect(titles(cell(el, '2017-11-16'))).to.have.length(5);
    expect(cell(el, '2017-11-16').querySelector('[part~="more"]')).to.be.null;
  });

  it('marks today with aria-current and the today part, in the current month by default', async () => {
    const el = await mount('view="month"');
    const now = today('Asia/Ho_Chi_Minh');
    const c = cell(el, now);
    expect(c.getAttribute('aria-current')).to.equal('date');
    expect(c.part.contains('today')).to.be.true;
    expect($$(el, '[aria-current="date"]')).to.have.length(1);
    expect(c.tabIndex).to.equal(0);
  });

  it('navigates with previous, next and today, announcing the heading', async () => {
    const el = await mount();
    const heading = $(el, '[part~="heading"]')!;
    expect(heading.querySelector('[aria-live]')!.getAttribute('aria-live')).to.equal('polite');
    const navs = $$<HTMLButtonElement>(el, '[part~="nav-button"]');
    const events: string[] = [];
    el.addEventListener('pw-calendar-navigate', (e) => events.push(`${e.detail.from}..${e.detail.to}`));
    navs[2]!.click();
    await el.updateComplete;
    expect(text(heading)).to.equal('Tháng 12 năm 2017');
    navs[0]!.click();
    navs[0]!.click();
    await el.updateComplete;
    expect(text(heading)).to.equal('Tháng 10 năm 2017');
    expect(events).to.deep.equal(['2017-11-27..2017-12-31', '2017-10-30..2017-12-03', '2017-09-25..2017-11-05']);
    navs[1]!.click();
    await el.updateComplete;
    expect(cell(el, today('Asia/Ho_Chi_Minh'))).to.exist;
  });

  it('draws at most max-events per cell for 2,000 events in one month, counting the rest', async () => {
    const items = Array.from({ length: 2000 }, (_, i) => {
      const dd = String(1 + (i % 30)).padStart(2, '0');
      const hh = String(7 + (i % 10)).padStart(2, '0');
      return item(`big-${i}`, { title: `Buổi ${i}`, _pw: { event: { start: `2017-11-${dd}T${hh}:00:00+07:00` } } });
    });
    const el = await mount('month="2017-11" view="month"', feedOf(items));
    const cells = $$(el, 'td[data-day^="2017-11"]');
    expect(cells).to.have.length(30);
    let total = 0;
    for (const c of cells) {
      expect(c.querySelectorAll('[part~="event"]').length).to.equal(2);
      const more = Number(text(c.querySelector('[part~="more"]')).slice(1));
      total += 2 + more;
      expect(text(c.querySelector('.day-label'))).to.match(new RegExp(`, ${2 + more} sự kiện$`));
    }
    expect(total).to.equal(2000);
    // Only the visible month is drawn.
    expect($$(el, '[part~="event"]')).to.have.length(60);
  });

  it('parses and indexes the feed once, not on every render or navigation', async () => {
    const el = await mount();
    // The element's feed is the loader's shared one; indexing reads every item's event, so count
    // the reads of one (the details and the .ics export, which also read it, stay closed).
    const { feed } = await loadFeed(el.src!);
    const first = feed.items[0]!;
    const event = first.event;
    let reads = 0;
    Object.defineProperty(first, 'event', { get: () => (reads++, event), configurable: true });
    for (let i = 0; i < 3; i++) {
      $$<HTMLButtonElement>(el, '[part~="nav-button"]')[2]!.click();
      await el.updateComplete;
    }
    el.query = 'tap huan';
    await el.updateComplete;
    expect(reads).to.equal(0);
  });
});

describe('pw-training-calendar: keyboard (APG date grid)', () => {
  beforeEach(resetShared);

  it('keeps exactly one day in the tab order', async () => {
    const el = await mount();
    const tabbable = $$(el, 'td[data-day]').filter((c) => c.tabIndex === 0);
    expect(tabbable.map((c) => c.dataset.day)).to.deep.equal(['2017-11-01']);
    expect($$(el, 'td [part~="event"]').every((b) => b.tabIndex === -1)).to.be.true;
  });

  it('moves by day, week, week edge, month and year, across month boundaries', async () => {
    const el = await mount();
    cell(el, '2017-11-01').focus();
    const press = async (key: string, expected: string) => {
      const [mod, k] = key.includes('+') ? key.split('+') : [undefined, key];
      if (mod) await sendKeys({ down: mod });
      await sendKeys({ press: k });
      if (mod) await sendKeys({ up: mod });
      await until(
        () => active(el)?.dataset.day === expected,
        3000,
        `${key} → ${expected} (at ${active(el)?.dataset.day})`,
      );
      expect(active(el)!.tabIndex).to.equal(0);
    };
    await press('ArrowLeft', '2017-10-31');
    expect(text($(el, '[part~="heading"]'))).to.equal('Tháng 10 năm 2017');
    await press('ArrowRight', '2017-11-01');
    expect(text($(el, '[part~="heading"]'))).to.equal('Tháng 11 năm 2017');
    await press('ArrowDown', '2017-11-08');
    await press('ArrowUp', '2017-11-01');
    await press('ArrowUp', '2017-10-25');
    await press('ArrowDown', '2017-11-01');
    await press('End', '2017-11-05');
    await press('Home', '2017-10-30');
    await press('ArrowRight', '2017-10-31');
    await press('PageDown', '2017-11-30');
    await press('ArrowDown', '2017-12-07');
    expect(text($(el, '[part~="heading"]'))).to.equal('Tháng 12 năm 2017');
    await press('PageUp', '2017-11-07');
    await press('Shift+PageDown', '2018-11-07');
    expect(text($(el, '[part~="heading"]'))).to.equal('Tháng 11 năm 2018');
    await press('Shift+PageUp', '2017-11-07');
    expect($$(el, 'td[data-day]').filter((c) => c.tabIndex === 0)).to.have.length(1);
  });

  it('clamps PageDown from 31 January to the end of February', async () => {
    const el = await mount('month="2018-01" view="month"');
    cell(el, '2018-01-31').click();
    await until(() => active(el)?.dataset.day === '2018-01-31');
    await sendKeys({ press: 'PageDown' });
    await until(() => active(el)?.dataset.day === '2018-02-28');
    // A new month attribute moves the grid there.
    el.month = '2018-06';
    await el.updateComplete;
    expect(text($(el, '[part~="heading"]'))).to.equal('Tháng 6 năm 2018');
    expect(cell(el, '2018-06-01').tabIndex).to.equal(0);
  });

  it('opens the event with Enter, closes with Esc and returns focus to the day', async () => {
    const el = await mount();
    cell(el, '2017-11-22').click();
    await until(() => active(el)?.dataset.day === '2017-11-22');
    let opened = '';
    el.addEventListener('pw-event-open', (e) => (opened = e.detail.item.id));
    await sendKeys({ press: 'Enter' });
    await until(() => dialog(el).open);
    expect(opened).to.equal('tap-huan-quy-che-dan-chu-2017');
    expect(text($(el, '#details-title'))).to.equal(SEED);
    expect(active(el)!.id).to.equal('details-title');
    await sendKeys({ press: 'Escape' });
    await until(() => !dialog(el).open);
    await until(() => active(el)?.dataset.day === '2017-11-22');
  });

  it('opens the day list with Space when a day has several events', async () => {
    const el = await mount();
    cell(el, '2017-11-16').click();
    await until(() => active(el)?.dataset.day === '2017-11-16');
    await sendKeys({ press: ' ' });
    await until(() => dialog(el).open);
    expect(text($(el, '.count'))).to.equal('5 sự kiện');
    await sendKeys({ press: 'Escape' });
    await until(() => active(el)?.dataset.day === '2017-11-16');
  });

  it('returns focus to the event button after closing with the close button', async () => {
    const el = await mount();
    const button = cell(el, '2017-11-24').querySelector<HTMLButtonElement>('[part~="event"]')!;
    button.click();
    await until(() => dialog(el).open);
    $<HTMLButtonElement>(el, '[part~="close"]')!.click();
    await until(() => !dialog(el).open);
    // The close event is asynchronous; focus comes back when it fires.
    await until(() => active(el) === button, 3000, 'focus back on the event button');
  });
});

describe('pw-training-calendar: details', () => {
  beforeEach(resetShared);

  async function open(el: PwTrainingCalendar, day: string, index = 0) {
    cell(el, day).querySelectorAll<HTMLButtonElement>('[part~="event"]')[index]!.click();
    await until(() => dialog(el).open);
    return dialog(el);
  }

  it('shows the seed session with Vietnam time, GMT+7 note, place, organiser, audience, description and links', async () => {
    const el = await mount();
    const d = await open(el, '2017-11-22');
    expect(text(d.querySelector('#details-title'))).to.equal(SEED);
    expect(d.querySelector('p[part~="status"]')).to.be.null;
    // The browser runs in New York: the time stays in Vietnam time, with the offset noted.
    expect(text(d.querySelector('.when'))).to.equal('Thứ Tư, 22 tháng 11, 2017, 07:30 – 11:00 (GMT+7)');
    expect(text(d.querySelector('.loc-name'))).to.equal('Hội trường Tỉnh ủy Long An');
    expect(text(d.querySelector('.loc-address'))).to.equal('Số 02 Song Hành, Phường 1, TP. Tân An');
    expect(text(d.querySelector('.organizer'))).to.equal('Ban Chỉ đạo Quy chế dân chủ tỉnh Long An');
    expect(text(d.querySelector('.audience'))).to.contain('Trưởng Ban Chỉ đạo thực hiện quy chế dân chủ ở cơ sở');
    expect(text(d.querySelector('.description'))).to.contain('Nghị định số 04/2015/NĐ-CP');
    expect(d.querySelector<HTMLAnchorElement>('a.page')!.href).to.equal(
      'https://www.longan.gov.vn/tin-tuc/tap-huan-quy-che-dan-chu-2017',
    );
    const ics = d.querySelector<HTMLAnchorElement>('a[part~="ics"]')!;
    expect(ics.getAttribute('download')).to.match(/^tap-huan-quy-che-dan-chu.*\.ics$/);
    const body = decodeURIComponent(ics.href.replace(/^data:text\/calendar;charset=utf-8,/, ''));
    expect(body).to.contain('\r\nDTSTART;TZID=Asia/Ho_Chi_Minh:20171122T073000\r\n');
    expect(body).to.contain(`\r\nUID:tap-huan-quy-che-dan-chu-2017@${location.host}\r\n`);
    const google = new URL(d.querySelector<HTMLAnchorElement>('a[part~="google"]')!.href);
    expect(google.searchParams.get('ctz')).to.equal('Asia/Ho_Chi_Minh');
    expect(google.searchParams.get('dates')).to.equal('20171122T073000/20171122T110000');
  });

  it('shows registration: deadline, capacity, and "closed" after the deadline', async () => {
    const el = await mount();
    const d = await open(el, '2017-11-24');
    expect(text(d.querySelector('.deadline'))).to.equal('Hạn đăng ký: 20/11/2017 - 17:00');
    expect(text(d.querySelector('.capacity'))).to.equal('Số chỗ: 60');
    expect(text(d.querySelector('.closed'))).to.equal('Đã hết hạn đăng ký');
    expect(d.querySelector('a.register')).to.be.null;
    expect(d.querySelector<HTMLAnchorElement>('.organizer a')!.href).to.equal('https://sonoivu.longan.gov.vn/');
  });

  it('shows an open registration link and the online link', async () => {
    const el = await mount('month="2099-03" view="month"');
    const d = await open(el, '2099-03-10');
    expect(d.querySelector<HTMLAnchorElement>('a.register')!.href).to.equal(
      'https://www.longan.gov.vn/dang-ky/ky-nang-so',
    );
    expect(d.querySelector('.closed')).to.be.null;
    expect(text(d.querySelector('.capacity'))).to.equal('Số chỗ: 200');
    expect(d.querySelector<HTMLAnchorElement>('a.online')!.href).to.equal('https://meet.longan.gov.vn/ky-nang-so');
  });

  it('shows the status and all-day range of multi-day and cancelled events', async () => {
    const el = await mount();
    let d = await open(el, '2017-11-15');
    expect(text(d.querySelector('p[part~="status"]'))).to.equal('Đã hủy');
    expect(text(d.querySelector('.when'))).to.equal('Thứ Tư, 15 tháng 11, 2017, 14:00 – 16:30 (GMT+7)');
    el.closeDetails();
    await until(() => !dialog(el).open);
    d = await open(el, '2017-11-28');
    expect(text(d.querySelector('.when'))).to.equal('Thứ Hai, 27 tháng 11, 2017 – Thứ Sáu, 1 tháng 12, 2017');
    expect(decodeURIComponent(d.querySelector<HTMLAnchorElement>('a[part~="ics"]')!.href)).to.contain(
      '\r\nDTEND;VALUE=DATE:20171202\r\n',
    );
  });

  it('closes when the backdrop is clicked', async () => {
    const el = await mount();
    const d = await open(el, '2017-11-22');
    d.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await until(() => !d.open);
  });
});

describe('pw-training-calendar: time zones', () => {
  beforeEach(resetShared);

  it('places events by Vietnam time although the browser is in New York', async () => {
    expect(new Date('2017-11-22T07:30:00+07:00').getDate()).to.equal(21); // the reader's own zone disagrees
    const el = await mount();
    expect(titles(cell(el, '2017-11-22'))).to.include(SEED);
    expect(titles(cell(el, '2017-11-21'))).not.to.include(SEED);
  });

  it('follows the time-zone attribute, and keeps all-day events on their days', async () => {
    const el = await mount('month="2017-11" view="month" time-zone="America/New_York"');
    const c = cell(el, '2017-11-21');
    expect(titles(c)).to.include(SEED);
    expect(text(c.querySelector('[part~="event"] .time'))).to.equal('19:30');
    expect(titles(cell(el, '2017-11-27'))).to.include('Lớp bồi dưỡng kỹ năng lãnh đạo, quản lý cấp phòng');
    // No GMT note when the reader's zone is the one displayed.
    c.querySelector<HTMLButtonElement>('[part~="event"]')!.click();
    await until(() => dialog(el).open);
    expect(text($(el, '.when'))).to.equal('Thứ Ba, 21 tháng 11, 2017, 19:30 – 23:00');
  });

  it('falls back to Vietnam time for an unknown zone', async () => {
    const el = await mount('month="2017-11" view="month" time-zone="Mars/Olympus"');
    expect(titles(cell(el, '2017-11-22'))).to.include(SEED);
  });
});

describe('pw-training-calendar: filters and search', () => {
  beforeEach(resetShared);

  const allTitles = (el: Element) => titles(part(el, 'grid')!);

  it('searches ignoring diacritics, with and without them', async () => {
    const el = await mount('month="2017-11" view="month" query="tap huan quy che"');
    expect(allTitles(el)).to.deep.equal([SEED]);
    el.query = 'Tập huấn QUY CHẾ';
    await el.updateComplete;
    expect(allTitles(el)).to.deep.equal([SEED]);
    el.query = 'boi duong';
    await el.updateComplete;
    expect(new Set(allTitles(el))).to.deep.equal(new Set(['Lớp bồi dưỡng kỹ năng lãnh đạo, quản lý cấp phòng']));
    // đ maps to d; search covers place and audience too.
    el.query = 'Song Hanh';
    await el.updateComplete;
    expect(allTitles(el)).to.deep.equal([SEED]);
    el.query = 'dieu hanh';
    await el.updateComplete;
    expect(allTitles(el)).to.deep.equal(['Tập huấn phần mềm quản lý văn bản và điều hành']);
    el.query = 'không có gì như thế này';
    await el.updateComplete;
    expect(allTitles(el)).to.deep.equal([]);
    expect(dayLabel(el, '2017-11-22')).to.equal('Thứ Tư, 22 tháng 11, 2017');
  });

  it('searches from the search box', async () => {
    const el = await mount();
    const input = $<HTMLInputElement>(el, 'input[type="search"]')!;
    input.focus();
    await sendKeys({ type: 'quy che dan chu' });
    await until(() => allTitles(el).length === 1);
    expect(allTitles(el)).to.deep.equal([SEED]);
    expect(el.query).to.equal('quy che dan chu');
  });

  it('filters by organiser, audience and tag (attributes and selects)', async () => {
    const el = await mount('month="2017-11" view="month" organizer="so noi vu tinh long an"');
    expect(new Set(allTitles(el))).to.deep.equal(
      new Set(['Lớp bồi dưỡng kỹ năng lãnh đạo, quản lý cấp phòng', 'Tập huấn nghiệp vụ cải cách hành chính']),
    );
    el.organizer = undefined;
    el.audience = 'Văn thư các cơ quan';
    await el.updateComplete;
    expect(allTitles(el)).to.deep.equal(['Tập huấn phần mềm quản lý văn bản và điều hành']);
    el.audience = undefined;
    await el.updateComplete;
    const selects = $$<HTMLSelectElement>(el, '[part~="filters"] select');
    expect(selects).to.have.length(3);
    const tagSelect = selects[2];
    expect([...tagSelect!.options].map((o) => o.value)).to.include('Chuyển đổi số');
    tagSelect!.value = 'Chuyển đổi số';
    tagSelect!.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.tag).to.equal('Chuyển đổi số');
    expect(new Set(allTitles(el))).to.deep.equal(
      new Set(['Tập huấn phần mềm quản lý văn bản và điều hành', 'Hội nghị an toàn thông tin mạng']),
    );
  });
});

describe('pw-training-calendar: result count', () => {
  beforeEach(resetShared);
  afterEach(() => setLocale('vi', { persist: false }));

  /** Events of the feed fixture that overlap the November 2017 grid (30 Oct – 3 Dec). */
  async function inGrid(): Promise<number> {
    const items = (await trainingFixture()).items as { _pw?: { event?: { start: string; end?: string } } }[];
    return items.filter(
      (i) => i._pw?.event && i._pw.event.start < '2017-12-04' && (i._pw.event.end ?? i._pw.event.start) >= '2017-10-30',
    ).length;
  }

  it('shows "N trong M sự kiện" in a polite live region that is there before the first search', async () => {
    const el = await mount();
    const status = $(el, '[part~="result-count"]')!;
    expect(status.getAttribute('role')).to.equal('status');
    expect(text(status)).to.equal('');
    el.query = 'quy che dan chu';
    await el.updateComplete;
    expect($(el, '[part~="result-count"]')).to.equal(status);
    const total = await inGrid();
    expect(total).to.be.above(5);
    expect(text(status)).to.equal(`1 trong ${total} sự kiện`);
    expect(status.getBoundingClientRect().height).to.be.above(0);
    el.query = undefined;
    el.organizer = 'Sở Nội vụ tỉnh Long An';
    await el.updateComplete;
    expect(text(status)).to.equal(`2 trong ${total} sự kiện`);
    setLocale('en', { persist: false });
    await el.updateComplete;
    expect(text(status)).to.equal(`2 of ${total} events`);
    el.organizer = undefined;
    await el.updateComplete;
    expect(text(status)).to.equal('');
  });

  it('counts the week shown in the week view', async () => {
    const el = await mount('month="2017-11-22" view="week" query="quy che dan chu"');
    const shown = $$(el, '[part~="week"] [part~="event"]').length;
    expect(shown).to.equal(1);
    el.query = undefined;
    await el.updateComplete;
    const total = $$(el, '[part~="week"] [part~="event"]').length;
    el.query = 'quy che dan chu';
    await el.updateComplete;
    expect(text($(el, '[part~="result-count"]'))).to.equal(`1 trong ${total} sự kiện`);
  });
});

describe('pw-training-calendar: list and week views', () => {
  beforeEach(resetShared);

  it('lists events from the start of the shown month, grouped by day then morning/afternoon, with paging', async () => {
    const el = await mount('month="2017-11" view="list" page-size="4"');
    expect(text($(el, '[part~="heading"]'))).to.equal('Lịch tập huấn từ 01/11/2017');
    const groups = $$(el, '.list-day');
    expect(groups.map((g) => text(g.querySelector('.list-date')))).to.deep.equal([
      'Thứ Tư, 15 tháng 11, 2017',
      'Thứ Năm, 16 tháng 11, 2017',
    ]);
    const day16 = groups[1];
    expect([...day16!.querySelectorAll('.session')].map(text)).to.deep.equal(['Sáng', 'Chiều']);
    expect(titles(day16!)).to.deep.equal(['Họp giao ban 1', 'Họp giao ban 2', 'Họp giao ban 3']);
    expect(text(day16!.querySelector('[part~="event"] .time'))).to.equal('07:00 – 08:00');
    const more = $<HTMLButtonElement>(el, '[part~="load-more"]')!;
    expect(text(more)).to.equal('Xem thêm');
    more.click();
    await el.updateComplete;
    expect(titles($(el, '[part~="list"]')!)).to.have.length(8);
    $<HTMLButtonElement>(el, '[part~="load-more"]')!.click();
    await el.updateComplete;
    const list = $(el, '[part~="list"]')!;
    expect(titles(list)).to.include(SEED);
    const d22 = $$(el, '.list-day').find((g) => text(g.querySelector('.list-date')) === 'Thứ Tư, 22 tháng 11, 2017')!;
    expect(text(d22.querySelector('.session'))).to.equal('Sáng');
    expect(text(d22.querySelector('.place'))).to.equal('Hội trường Tỉnh ủy Long An');
    const course = $$(el, '.list-day').find(
      (g) => text(g.querySelector('.list-date')) === 'Thứ Hai, 27 tháng 11, 2017',
    )!;
    expect(text(course.querySelector('.session'))).to.equal('Cả ngày');
  });

  it('marks days with headings and lists, not one region landmark per day (one region: the calendar)', async () => {
    const el = await mount('month="2017-11" view="list" page-size="50"');
    expect($$(el, '.list-day').length).to.be.above(3);
    const regions = $$(el, 'section[aria-label], section[aria-labelledby], section[title], [role="region"]');
    expect(regions.map((r) => r.getAttribute('part'))).to.deep.equal(['base']);
    for (const day of $$(el, '.list-day')) {
      expect(day.firstElementChild!.localName).to.match(/^h[1-6]$/);
      expect(day.querySelector('ul.list-events > li [part~="event"]')).to.not.be.null;
    }
  });

  it('shows the empty state when nothing is upcoming', async () => {
    const el = await mount(
      'view="list"',
      feedOf([item('old', { _pw: { event: { start: '2017-11-22T07:30:00+07:00' } } })]),
    );
    expect(text($(el, '[part="empty"]'))).to.equal('Không có lịch tập huấn');
    expect($(el, '[part~="load-more"]')).to.be.null;
  });

  it('lists upcoming events from today by default', async () => {
    const soon = new Date(Date.now() + 2 * 86400000).toISOString();
    const el = await mount(
      'view="list"',
      feedOf([
        item('past', { title: 'Đã qua', _pw: { event: { start: '2017-11-22T07:30:00+07:00' } } }),
        item('soon', { title: 'Sắp tới', _pw: { event: { start: soon } } }),
      ]),
    );
    expect(titles($(el, '[part~="list"]')!)).to.deep.equal(['Sắp tới']);
  });

  it('shows the week as "Lịch công tác": days split into Sáng and Chiều with place and organiser columns', async () => {
    const el = await mount('month="2017-11" view="week"');
    expect(text($(el, '[part~="heading"]'))).to.equal('Tuần 30/10/2017 – 05/11/2017');
    for (let i = 0; i < 3; i++) $$<HTMLButtonElement>(el, '[part~="nav-button"]')[2]!.click();
    await el.updateComplete;
    expect(text($(el, '[part~="heading"]'))).to.equal('Tuần 20/11/2017 – 26/11/2017');
    expect($$(el, '[part~="week"] thead th').map(text)).to.deep.equal([
      'Ngày',
      'Buổi',
      'Nội dung',
      'Địa điểm',
      'Chủ trì / Thành phần',
    ]);
    expect($$(el, '[part~="day"]').map(text)).to.have.length(7);
    expect($$(el, '.week-session').map(text).slice(0, 2)).to.deep.equal(['Sáng', 'Chiều']);
    const row = $$(el, '[part~="week"] tbody tr').find((tr) => titles(tr).includes(SEED))!;
    expect(text(row.querySelector('[part~="day"]'))).to.equal('Thứ Tư, 22 tháng 11, 2017');
    expect(text(row.querySelector('.week-session'))).to.equal('Sáng');
    const tds = row.querySelectorAll('td');
    expect(text(tds[1])).to.equal('Hội trường Tỉnh ủy Long An, Số 02 Song Hành, Phường 1, TP. Tân An');
    expect(text(tds[2])).to.contain('Ban Chỉ đạo Quy chế dân chủ tỉnh Long An / Trưởng Ban Chỉ đạo');
    // A day in \`month\` opens its week directly.
    el.month = '2017-11-29';
    await el.updateComplete;
    expect(text($(el, '[part~="heading"]'))).to.equal('Tuần 27/11/2017 – 03/12/2017');
    el.month = '2017-11-22';
    await el.updateComplete;
    const pm = $$(el, '[part~="week"] tbody tr').find((tr) =>
      titles(tr).includes('Tập huấn nghiệp vụ cải cách hành chính'),
    )!;
    expect(text(pm.querySelector('.week-session'))).to.equal('Chiều');
    // Opening from the week works too.
    row.querySelector<HTMLButtonElement>('[part~="event"]')!.click();
    await until(() => dialog(el).open);
  });

  it('switches views with the view buttons', async () => {
    const el = await mount();
    const buttons = $$<HTMLButtonElement>(el, '[part~="view-button"]');
    expect(buttons.map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(['true', 'false', 'false']);
    buttons[2]!.click();
    await el.updateComplete;
    expect($(el, '[part~="list"]')).to.exist;
    expect(el.currentView).to.equal('list');
    buttons[1]!.click();
    await el.updateComplete;
    expect($(el, '[part~="week"]')).to.exist;
  });

  it('defaults to month when wide and list when narrow, following resizes', async () => {
    const url = await serveFeed(uniqueId('cal'), await trainingFixture());
    const wrap = await fixture<HTMLDivElement>(
      html`<div style="width:800px"><pw-training-calendar src=${url} month="2017-11"></pw-training-calendar></div>`,
    );
    const el = wrap.querySelector('pw-training-calendar')!;
    await until(() => $(el, '[part~="grid"]'));
    wrap.style.width = '400px';
    await until(() => $(el, '[part~="list"]'));
    expect(el.currentView).to.equal('list');
    wrap.style.width = '700px';
    await until(() => $(el, '[part~="grid"]'));
    // An explicit view wins over the width.
    el.setAttribute('view', 'week');
    wrap.style.width = '300px';
    await until(() => $(el, '[part~="week"]'));
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    expect($(el, '[part~="week"]')).to.exist;
    // Without it again, the width decides once more.
    el.removeAttribute('view');
    await until(() => $(el, '[part~="list"]'));
    expect(el.currentView).to.equal('list');
  });
});

describe('pw-training-calendar: width observation', () => {
  it('does not start a ResizeObserver loop when its height changes right after a width change', async () => {
    const url = await serveFeed(uniqueId('cal'), await trainingFixture());
    const wrap = await fixture<HTMLDivElement>(
      html`<div style="width:800px"><pw-training-calendar src=${url} month="2017-11"></pw-training-calendar><div><span style="display:block">x</span></div></div>`,
    );
    const el = wrap.querySelector('pw-training-calendar')!;
    await until(() => $(el, '[part~="grid"]'));
    const loopErrors: string[] = [];
    const onError = (e: ErrorEvent) => {
      if (/ResizeObserver loop/.test(e.message)) {
        loopErrors.push(e.message);
        e.preventDefault();
        e.stopImmediatePropagation();
      }
    };
    window.addEventListener('error', onError, true);
    // Another observer on the page, created after the calendar's, grows the calendar in the same
    // frame as the calendar's own callback (as a host page's layout code might).
    let grown = false;
    const other = new ResizeObserver(() => {
      if (grown) return;
      grown = true;
      el.style.height = `${el.offsetHeight + 40}px`;
    });
    other.observe(wrap.querySelector('span')!);
    try {
      await new Promise((r) => requestAnimationFrame(r));
      wrap.style.width = '760px';
      await until(() => grown, 3000, 'the other observer ran');
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      expect(loopErrors).to.deep.equal([]);
    } finally {
      other.disconnect();
      window.removeEventListener('error', onError, true);
    }
  });
});

describe('pw-training-calendar: feed, states, print, locale', () => {
  beforeEach(resetShared);

  it('fills {from} and {to} with the shown range and refetches on navigation', async () => {
    const id = uniqueId('range');
    const base = await serveFeed(id, await trainingFixture());
    const urls: string[] = [];
    const el = document.createElement('pw-training-calendar');
    el.addEventListener('pw-feed-load', (e) => urls.push(e.detail.url));
    el.setAttribute('month', '2017-11');
    el.setAttribute('view', 'month');
    el.setAttribute('src', `${base}?from={from}&to={to}`);
    await fixture(el);
    await until(() => urls.length === 1);
    expect(new URL(urls[0]!).search).to.equal('?from=2017-10-30&to=2017-12-03');
    await until(() => $(el, '[part~="grid"]'));
    $$<HTMLButtonElement>(el, '[part~="nav-button"]')[2]!.click();
    await until(() => urls.length === 2);
    expect(new URL(urls[1]!).search).to.equal('?from=2017-11-27&to=2017-12-31');
    await until(() => $(el, 'td[data-day="2017-12-01"]'));
    el.setAttribute('view', 'week');
    await until(() => urls.length === 3);
    expect(new URL(urls[2]!).search).to.equal('?from=2017-11-27&to=2017-12-03');
  });

  it('shows a skeleton while loading and an error with retry', async () => {
    const slow = await serveFeed(uniqueId('slow'), await trainingFixture());
    const el = await fixture<PwTrainingCalendar>(
      `<pw-training-calendar src="${slow}?delay=400" view="month" month="2017-11"></pw-training-calendar>`,
    );
    const skeleton = $(el, '.skeleton-month')!;
    expect(skeleton).to.exist;
    const skeletonHeight = skeleton.getBoundingClientRect().height;
    await until(() => $(el, '[part~="grid"]'));
    // The skeleton has the grid's size (within a few pixels of borders).
    expect(Math.abs($(el, '[part~="grid"]')!.getBoundingClientRect().height - skeletonHeight)).to.be.below(12);
    const bad = await fixture<PwTrainingCalendar>(
      `<pw-training-calendar src="/__feed/status/500" view="month"></pw-training-calendar>`,
    );
    await until(() => $(bad, '[part="error"]'));
    expect($(bad, '[part="retry"]')).to.exist;
  });

  it('renders the shown period as a list for printing', async () => {
    const el = await mount();
    expect($(el, '.print-list')).to.be.null;
    window.dispatchEvent(new Event('beforeprint'));
    // Rendered synchronously: print layout happens right after the event.
    const list = $(el, '.print-list')!;
    expect(list).to.exist;
    expect(titles(list)).to.include(SEED);
    expect(titles(list)).not.to.include('Tập huấn kỹ năng số năm 2099');
    expect([...list.querySelectorAll('.list-date')].map(text)[0]).to.equal('Thứ Tư, 15 tháng 11, 2017');
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect($(el, '.print-list')).to.be.null;
  });

  it('re-renders in English on a locale switch, with Intl names', async () => {
    const el = await mount();
    setLocale('en', { persist: false });
    await until(() => text($(el, '[part~="heading"]')) === 'November 2017');
    expect(dayLabel(el, '2017-11-22')).to.equal('Wednesday, 22 November 2017, 1 event');
    expect(dayLabel(el, '2017-11-16')).to.equal('Thursday, 16 November 2017, 5 events');
    expect($$(el, '[part~="weekday"] .visually-hidden').map(text)[0]).to.equal('Monday');
    expect(text(cell(el, '2017-11-15').querySelector('[part~="status"]'))).to.equal('Cancelled');
    expect(text(cell(el, '2017-11-29').querySelector('[part~="event"] .time'))).to.equal('All day');
    cell(el, '2017-11-22').querySelector<HTMLButtonElement>('[part~="event"]')!.click();
    await until(() => dialog(el).open);
    expect(text($(el, '.when'))).to.equal('Wednesday, 22 November 2017, 07:30 – 11:00 (GMT+7)');
    expect(text($(el, 'a[part~="ics"]'))).to.equal('Download to calendar (.ics)');
    expect($(el, 'section')!.getAttribute('lang')).to.equal('en');
  });

  it('treats hostile event fields as text and drops unsafe links', async () => {
    const evil = '<img src=x onerror="window.__pwHacked=1">';
    const el = await mount(
      'month="2017-11" view="month"',
      feedOf([
        item('evil', {
          title: `${evil}\r\nEND:VEVENT`,
          url: 'javascript:alert(1)',
          summary: `<script>window.__pwHacked=1</script>`,
          content_html: '<img src=x onerror="window.__pwHacked=1">',
          _pw: {
            event: {
              start: '2017-11-22T07:30:00+07:00',
              end: '2017-11-22T11:00:00+07:00',
              location: { name: evil, address: '"><svg onload=alert(1)>' },
              online_url: 'javascript:alert(1)',
              organizer: { name: evil, url: 'javascript:alert(1)' },
              audience: evil,
              registration: { url: 'data:text/html,<script>alert(1)</script>', capacity: -5 },
            },
          },
        }),
        item('forever', {
          title: 'Suốt nghìn năm',
          _pw: { event: { start: '1000-01-01', end: '9999-12-30', all_day: true } },
        }),
        // Its exclusive end would be in year 10000 (DTEND "+01000001"): dropped by the parser.
        item('beyond', {
          title: 'Quá năm 9999',
          _pw: { event: { start: '1000-01-01', end: '9999-12-31', all_day: true } },
        }),
        item('backwards', {
          title: 'Ngược',
          _pw: { event: { start: '2017-11-22T10:00:00+07:00', end: '2017-11-22T09:00:00+07:00' } },
        }),
        item('long', { title: 'A'.repeat(3000), _pw: { event: { start: '2017-11-23T07:30:00+07:00' } } }),
      ]),
    );
    const c = cell(el, '2017-11-22');
    expect(titles(c)).to.deep.equal(['Suốt nghìn năm', `${evil} END:VEVENT`]);
    expect(el.shadowRoot!.querySelector('img, script, svg')).to.be.null;
    c.querySelectorAll<HTMLButtonElement>('[part~="event"]')[1]!.click();
    await until(() => dialog(el).open);
    const d = dialog(el);
    expect(d.querySelector('img, script, svg')).to.be.null;
    expect(d.querySelector('a.page, a.online, a.register, .organizer a')).to.be.null;
    expect([...d.querySelectorAll('a')].every((a) => /^(https:|data:text\/calendar)/.test(a.href))).to.be.true;
    const ics = decodeURIComponent(d.querySelector<HTMLAnchorElement>('a[part~="ics"]')!.href).split('\r\n');
    expect(ics.filter((l) => l === 'END:VEVENT')).to.have.length(1);
    expect((window as unknown as { __pwHacked?: number }).__pwHacked).to.be.undefined;
    // The thousand-year event shows on any day without being copied onto each.
    el.month = '2500-06';
    await el.updateComplete;
    expect(titles(cell(el, '2500-06-15'))).to.deep.equal(['Suốt nghìn năm']);
  });
});

describe('pw-training-calendar: accessibility', () => {
  beforeEach(resetShared);

  it('is accessible in the month view', async () => {
    const el = await mount();
    await expect(el).to.be.accessible();
  });

  it('is accessible in the list view', async () => {
    const el = await mount('month="2017-11" view="list"');
    await expect(el).to.be.accessible();
  });

  it('is accessible in the week view', async () => {
    const el = await mount('month="2017-11" view="week"');
    await expect(el).to.be.accessible();
  });

  it('is accessible with the details open and with the day list open', async () => {
    const el = await mount();
    cell(el, '2017-11-24').querySelector<HTMLButtonElement>('[part~="event"]')!.click();
    await until(() => dialog(el).open);
    await expect(el).to.be.accessible();
    el.closeDetails();
    await until(() => !dialog(el).open);
    cell(el, '2017-11-16').querySelector<HTMLButtonElement>('[part~="more"]')!.click();
    await until(() => dialog(el).open);
    await expect(el).to.be.accessible();
  });

  it('is accessible in dark mode', async () => {
    const el = await mount('month="2017-11" view="month" theme="dark"');
    await expect(el).to.be.accessible();
  });
});
