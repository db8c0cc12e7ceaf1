/**
 * The training calendar's strings used by more than one view (or by the
 * element and a view). The ids are the XLIFF ids: keep them unchanged.
 */
import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { addTranslations } from '../../locale/locales.js';
import { translations } from '../../locale/generated/strings/training-calendar.js';
import { dayStart, formatDate, formatMonth, type DateLocale, type Day } from '../../shared/dates.js';
import {
  eventsBetween,
  type CalendarEvent,
  type EventIndex,
  type EventPredicate,
  type Session,
} from './event-index.js';
import { monthOf, type CalendarView } from './grid.js';

// The calendar's (its views' and lazy panels' too) strings in every locale, registered once, before its first render.
addTranslations(translations);

/** "Đã hủy" / "Hoãn" / "Đã dời lịch" for an event's status, or undefined. */
export function statusLabel(ev: CalendarEvent): string | undefined {
  switch (ev.event.status) {
    case 'cancelled':
      return msg('Đã hủy', { id: 'training-calendar.cancelled' });
    case 'postponed':
      return msg('Hoãn', { id: 'training-calendar.postponed' });
    case 'rescheduled':
      return msg('Đã dời lịch', { id: 'training-calendar.rescheduled' });
    default:
      return undefined;
  }
}

/**
 * " (mở trong thẻ mới)" after the text of a link that opens a new tab: said to assistive technology,
 * not shown (issue 26 §6).
 */
export const newTabHint = (): TemplateResult =>
  html` <span class="visually-hidden">${msg('(mở trong thẻ mới)', { id: 'training-calendar.new-tab' })}</span>`;

export function sessionLabel(s: Session): string {
  if (s === 'morning') return msg('Sáng', { id: 'training-calendar.morning' });
  if (s === 'afternoon') return msg('Chiều', { id: 'training-calendar.afternoon' });
  return msg('Cả ngày', { id: 'training-calendar.all-day' });
}

/** The filters' result: "1 trong 10 sự kiện" / "1 of 10 events". */
export function resultLabel(shown: number, total: number): string {
  return total === 1
    ? msg(str`${shown} trong ${total} sự kiện`, { id: 'training-calendar.result-count-one' })
    : msg(str`${shown} trong ${total} sự kiện`, { id: 'training-calendar.result-count' });
}

/** The filters' result for the shown period; empty without filters (the live region stays in the page). */
export function resultCount(
  index: EventIndex | undefined,
  pass: EventPredicate | undefined,
  range: { from: Day; to: Day },
): string {
  if (!pass || !index) return '';
  const all = eventsBetween(index, range.from, range.to);
  return resultLabel(all.filter(pass).length, all.length);
}

export function countLabel(n: number): string {
  return n === 1
    ? msg('1 sự kiện', { id: 'training-calendar.count-one' })
    : msg(str`${n} sự kiện`, { id: 'training-calendar.count' });
}

/** The toolbar's heading for the shown period: "Tháng 11 năm 2017", "Tuần 20/11/2017 – 26/11/2017", … */
export function periodHeading(
  view: CalendarView,
  range: { from: Day; to: Day },
  listFrom: Day,
  day: Day,
  locale: DateLocale,
): string {
  if (view === 'week') {
    const a = formatDate(dayStart(range.from), locale);
    const b = formatDate(dayStart(range.to), locale);
    return msg(str`Tuần ${a} – ${b}`, { id: 'training-calendar.week-heading' });
  }
  if (view === 'list') {
    const from = formatDate(dayStart(listFrom), locale);
    return msg(str`Lịch tập huấn từ ${from}`, { id: 'training-calendar.list-heading' });
  }
  const { year, month } = monthOf(day);
  return formatMonth(year, month, locale);
}
