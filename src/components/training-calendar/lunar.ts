/**
 * What the `lunar` attribute adds to the views: lunar dates and public holidays. The calendar loads this
 * module with `import()` only when `lunar` is set, so pages without it never download the astronomy.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Day } from '../../shared/day.js';
import { holidaysOn, lunarDate, yearName, type Holiday, type LunarDate } from '../../shared/lunar.js';

const cache = new Map<Day, LunarDate>();

/** Memoized: the month grid asks for the same 42 days on every render. */
function lunarOf(day: Day): LunarDate {
  let date = cache.get(day);
  if (!date) cache.set(day, (date = lunarDate(day)));
  return date;
}

function holidayName(h: Holiday): string {
  switch (h) {
    case 'new-year':
      return msg('Tết Dương lịch', { id: 'training-calendar.holiday-new-year' });
    case 'tet':
      return msg('Tết Nguyên đán', { id: 'training-calendar.holiday-tet' });
    case 'hung-kings':
      return msg('Giỗ Tổ Hùng Vương', { id: 'training-calendar.holiday-hung-kings' });
    case 'reunification':
      return msg('Ngày Giải phóng miền Nam', { id: 'training-calendar.holiday-reunification' });
    case 'labour':
      return msg('Quốc tế Lao động', { id: 'training-calendar.holiday-labour' });
    case 'national':
      return msg('Quốc khánh', { id: 'training-calendar.holiday-national' });
  }
}

/** "5/10", or "1/6 nhuận" in a leap month. */
function shortDate({ day, month, leap }: LunarDate): string {
  return leap ? msg(str`${day}/${month} nhuận`, { id: 'training-calendar.lunar-leap' }) : `${day}/${month}`;
}

const holidays = (day: Day): string[] => holidaysOn(day, lunarOf(day)).map(holidayName);

function holidayParts(day: Day): unknown {
  return holidays(day).map((name) => html`<span part="holiday" class="holiday">${name}</span>`);
}

/** A month cell's lunar date ("5/10"; a leap month is marked on its first day) and holidays, hidden from AT (see `cellLabel`). */
export function cellLunar(day: Day): TemplateResult {
  const date = lunarOf(day);
  const text = date.leap && date.day === 1 ? shortDate(date) : `${date.day}/${date.month}`;
  return html`<span part="lunar" class="lunar" aria-hidden="true">${text}</span>
    ${holidays(day).length ? html`<span class="holidays" aria-hidden="true">${holidayParts(day)}</span>` : nothing}`;
}

/** What a month cell's accessible label adds: "ngày 5 tháng 10 âm lịch" / "lunar month 10, day 5", then the holidays. */
export function cellLabel(day: Day): string {
  const { day: d, month: m, leap } = lunarOf(day);
  const date = leap
    ? msg(str`ngày ${d} tháng ${m} nhuận âm lịch`, { id: 'training-calendar.lunar-label-leap' })
    : msg(str`ngày ${d} tháng ${m} âm lịch`, { id: 'training-calendar.lunar-label' });
  return [date, ...holidays(day)].join(', ');
}

/**
 * The full lunar date under a day heading or in the details, and the holidays: "Âm lịch: 5/10 Đinh Dậu",
 * in English "Lunar month 10, day 5, year Đinh Dậu" (a bare "5/10" reads as a solar date). The can-chi
 * name ends the line in every language, marked Vietnamese so that English speech does not mangle it
 * (WCAG 3.1.2, issue 26 §6).
 */
export function fullLunar(day: Day): TemplateResult {
  const { day: d, month: m, leap, year } = lunarOf(day);
  const date = leap
    ? msg(str`Âm lịch: ${d}/${m} nhuận`, { id: 'training-calendar.lunar-full-leap' })
    : msg(str`Âm lịch: ${d}/${m}`, { id: 'training-calendar.lunar-full' });
  return html`<span part="lunar" class="lunar-full">${date} <span lang="vi">${yearName(year)}</span></span>
    ${holidayParts(day)}`;
}
