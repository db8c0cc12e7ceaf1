/**
 * Issue 14 §5: the lunar date (âm lịch) and public holidays of `pw-training-calendar lunar`.
 */
import { expect, fixture } from '@open-wc/testing';
import './define.js';
import type { PwTrainingCalendar } from './training-calendar.js';
import { getLunarDate } from '@dqcai/vn-lunar';
import { lunarDate, yearName } from '../../shared/lunar.js';
import { addDays, makeDay, type Day } from '../../shared/day.js';
import { setLocale } from '../../locale/store.js';
import { resetShared, serveFeed, uniqueId, until } from '../../../test/helpers/feeds.js';
import { text } from '../../../test/helpers/dom.js';

async function mount(attrs: string): Promise<PwTrainingCalendar> {
  const body = await (await fetch('/test/fixtures/training-events.json')).text();
  const url = await serveFeed(uniqueId('lunar'), body);
  const el = await fixture<PwTrainingCalendar>(`<pw-training-calendar src="${url}" ${attrs}></pw-training-calendar>`);
  await until(() => el.shadowRoot!.querySelector('.grid, .list, .week'), 5000, 'calendar content');
  await el.updateComplete;
  return el;
}
const $ = (el: Element, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);
const $$ = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const cell = (el: Element, day: string) => $(el, `td[data-day="${day}"]`)!;
const dayLabel = (el: Element, day: string) => text(cell(el, day).querySelector('.day-label')!);

const d = (s: string) => s as Day;
const tet = (year: number): string => {
  for (let day = makeDay(year, 1, 15); ; day = addDays(day, 1)) {
    const l = lunarDate(day);
    if (l.day === 1 && l.month === 1 && !l.leap) return day;
  }
};

describe('lunar date: the algorithm (Hồ Ngọc Đức, UTC+7)', () => {
  it('puts Tết where Vietnam had it, not where the Chinese calendar does', () => {
    expect(tet(1968)).to.equal('1968-01-29'); // China: 30 January
    expect(tet(1985)).to.equal('1985-01-21'); // China: 20 February
    expect(tet(2007)).to.equal('2007-02-17'); // China: 18 February
    // Intl's chinese calendar (UTC+8), even with timeZone Asia/Ho_Chi_Minh, puts all three on the China dates.
    expect(lunarDate(d('2007-02-17'))).to.deep.equal({ day: 1, month: 1, year: 2007, leap: false });
  });

  it('gives 22/11/2017 as 5/10 Đinh Dậu (the seed article’s day)', () => {
    expect(lunarDate(d('2017-11-22'))).to.deep.equal({ day: 5, month: 10, year: 2017, leap: false });
    expect(yearName(2017)).to.equal('Đinh Dậu');
    expect(yearName(2024)).to.equal('Giáp Thìn');
    expect(yearName(1968)).to.equal('Mậu Thân');
  });

  it('marks the leap 6th month of 2025 (starts 25 July 2025)', () => {
    expect(lunarDate(d('2025-07-24'))).to.deep.equal({ day: 30, month: 6, year: 2025, leap: false });
    expect(lunarDate(d('2025-07-25'))).to.deep.equal({ day: 1, month: 6, year: 2025, leap: true });
    expect(lunarDate(d('2025-08-23'))).to.deep.equal({ day: 1, month: 7, year: 2025, leap: false });
  });

  // @dqcai/vn-lunar (devDependency, MIT) reads Hồ Ngọc Đức's precomputed year table, not the astronomy.
  for (const year of [2017, 2023, 2025]) {
    it(`agrees with an independent table for every day of ${year}`, () => {
      const wrong: string[] = [];
      for (let day = makeDay(year, 1, 1); day < makeDay(year + 1, 1, 1); day = addDays(day, 1)) {
        const [y, m, dd] = day.split('-').map(Number) as [number, number, number];
        const ref = getLunarDate(dd, m, y);
        const got = lunarDate(day);
        if (got.day !== ref.day || got.month !== ref.month || got.year !== ref.year || got.leap !== ref.leap)
          wrong.push(`${day}: ${JSON.stringify(got)} vs ${JSON.stringify(ref)}`);
      }
      expect(wrong).to.deep.equal([]);
    });
  }
});

const lunarParts = (el: Element, day: string) => cell(el, day).querySelector('[part~="lunar"]');
const holidays = (root: ParentNode) => [...root.querySelectorAll('[part~="holiday"]')].map(text);

describe('pw-training-calendar lunar', () => {
  beforeEach(resetShared);
  afterEach(() => setLocale('vi', { persist: false }));

  it('shows nothing lunar without the attribute', async () => {
    const el = await mount('month="2017-11" view="month"');
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    expect($$(el, '[part~="lunar"], [part~="holiday"]')).to.have.length(0);
    expect(dayLabel(el, '2017-11-22')).not.to.contain('âm lịch');
  });

  it('shows D/M in every month cell, 1/M on a new month, and labels the cell (vi and en)', async () => {
    const el = await mount('month="2017-11" view="month" lunar');
    await until(() => $(el, '[part~="lunar"]'), 5000, 'lunar dates');
    expect($$(el, 'td[data-day]').every((c) => c.querySelector('[part~="lunar"]'))).to.be.true;
    expect(text(lunarParts(el, '2017-11-22')!)).to.equal('5/10');
    expect(text(lunarParts(el, '2017-11-18')!)).to.equal('1/10');
    expect(text(lunarParts(el, '2017-11-17')!)).to.equal('29/9');
    expect(text(lunarParts(el, '2017-12-03')!)).to.equal('16/10');
    expect(dayLabel(el, '2017-11-22')).to.contain('ngày 5 tháng 10 âm lịch');
    setLocale('en', { persist: false });
    await el.updateComplete;
    expect(dayLabel(el, '2017-11-22')).to.contain('lunar month 10, day 5');
    expect(dayLabel(el, '2017-11-22')).not.to.contain('âm lịch');
  });

  it('marks a leap month: "1/6 nhuận" / "1/6 leap"', async () => {
    const el = await mount('month="2025-07" view="month" lunar');
    await until(() => $(el, '[part~="lunar"]'), 5000, 'lunar dates');
    expect(text(lunarParts(el, '2025-07-25')!)).to.equal('1/6 nhuận');
    expect(dayLabel(el, '2025-07-26')).to.contain('ngày 2 tháng 6 nhuận âm lịch');
    setLocale('en', { persist: false });
    await el.updateComplete;
    expect(text(lunarParts(el, '2025-07-25')!)).to.equal('1/6 leap');
    expect(dayLabel(el, '2025-07-26')).to.contain('lunar leap month 6, day 2');
  });

  it('names the public holidays (Tết, Giỗ Tổ, 30/4, 1/5) in the cells and their labels', async () => {
    const el = await mount('month="2018-02" view="month" lunar');
    await until(() => $(el, '[part~="holiday"]'), 5000, 'holidays');
    // Tết Mậu Tuất: 16 February 2018.
    expect(holidays(cell(el, '2018-02-15'))).to.deep.equal([]);
    expect(holidays(cell(el, '2018-02-16'))).to.deep.equal(['Tết Nguyên đán']);
    expect(holidays(cell(el, '2018-02-18'))).to.deep.equal(['Tết Nguyên đán']);
    expect(holidays(cell(el, '2018-02-19'))).to.deep.equal([]);
    expect(dayLabel(el, '2018-02-16')).to.contain('Tết Nguyên đán');
    el.month = '2018-04';
    await el.updateComplete;
    // Giỗ Tổ 2018: 10/3 âm lịch = 25 April; 30/4 and 1/5 are in the same grid.
    expect(holidays(cell(el, '2018-04-25'))).to.deep.equal(['Giỗ Tổ Hùng Vương']);
    expect(holidays(cell(el, '2018-04-30'))).to.deep.equal(['Ngày Giải phóng miền Nam']);
    expect(holidays(cell(el, '2018-05-01'))).to.deep.equal(['Quốc tế Lao động']);
    setLocale('en', { persist: false });
    await el.updateComplete;
    expect(holidays(cell(el, '2018-04-25'))).to.deep.equal(["Hùng Kings' Commemoration Day"]);
    el.month = '2018-09';
    await el.updateComplete;
    expect(holidays(cell(el, '2018-09-02'))).to.deep.equal(['National Day']);
  });

  it('shows the full lunar date in the list, the week and the details', async () => {
    const list = await mount('month="2017-11" view="list" page-size="50" lunar');
    await until(() => $(list, '[part~="lunar"]'), 5000, 'lunar dates');
    const day = [...$$(list, '.list-day')].find((g) => /\b22\b/.test(text(g.querySelector('.list-date')!)))!;
    expect(text(day.querySelector('[part~="lunar"]')!)).to.equal('Âm lịch: 5/10 Đinh Dậu');

    const week = await mount('month="2017-11-22" view="week" lunar');
    await until(() => $(week, '[part~="lunar"]'), 5000, 'lunar dates');
    const row = [...$$(week, '.week-day')].find((th) => /\b22\b/.test(text(th)))!;
    expect(text(row.querySelector('[part~="lunar"]')!)).to.equal('Âm lịch: 5/10 Đinh Dậu');

    const month = await mount('month="2017-11" view="month" lunar');
    await until(() => $(month, '[part~="lunar"]'), 5000, 'lunar dates');
    cell(month, '2017-11-22').querySelector<HTMLElement>('[part~="event"]')!.click();
    await until(() => $(month, 'dialog[open] .lunar-line'), 3000, 'details');
    expect(text($(month, 'dialog .lunar-line [part~="lunar"]')!)).to.equal('Âm lịch: 5/10 Đinh Dậu');
    setLocale('en', { persist: false });
    await month.updateComplete;
    expect(text($(month, 'dialog .lunar-line [part~="lunar"]')!)).to.equal('Lunar month 10, day 5, year Đinh Dậu');
  });

  it('loads the lunar module only when asked (its own chunk)', async () => {
    const el = await mount('month="2017-11" view="month"');
    el.lunar = true;
    await until(() => $(el, '[part~="lunar"]'), 5000, 'lunar dates after setting the attribute');
    el.lunar = false;
    await el.updateComplete;
    expect($$(el, '[part~="lunar"]')).to.have.length(0);
  });
});
