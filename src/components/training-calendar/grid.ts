/**
 * Pure date-grid helpers for the month view and its keyboard model
 * (WAI-ARIA APG date grid): which day a key moves to, and the visible range.
 */
import {
  addDays,
  addMonths,
  dayFields,
  daysBetween,
  daysInMonth,
  endOfWeek,
  makeDay,
  monthWeeks,
  parseDay,
  startOfWeek,
  type Day,
} from '../../shared/dates.js';

export type CalendarView = 'month' | 'list' | 'week';
export const VIEWS: readonly CalendarView[] = ['month', 'list', 'week'];

/** The day a key moves the cursor to, or undefined for keys the grid does not handle. */
export function dayForKey(day: Day, key: string, shift = false): Day | undefined {
  switch (key) {
    case 'ArrowLeft':
      return addDays(day, -1);
    case 'ArrowRight':
      return addDays(day, 1);
    case 'ArrowUp':
      return addDays(day, -7);
    case 'ArrowDown':
      return addDays(day, 7);
    case 'Home':
      return startOfWeek(day);
    case 'End':
      return endOfWeek(day);
    case 'PageUp':
      return addMonths(day, shift ? -12 : -1);
    case 'PageDown':
      return addMonths(day, shift ? 12 : 1);
    default:
      return undefined;
  }
}

/** `YYYY-MM` → its first day; `YYYY-MM-DD` → that day; else undefined. */
export const parseMonth = (value: string | null | undefined): Day | undefined => {
  const v = value?.trim();
  if (!v) return undefined;
  return /^\d{4}-\d{2}$/.test(v) ? parseDay(`${v}-01`) : parseDay(v);
};

/** Year and month of a day. */
export const monthOf = (day: Day): { year: number; month: number } => {
  const { year, month } = dayFields(day);
  return { year, month };
};

/** The weeks shown for the month containing `day`. */
export const gridWeeks = (day: Day): Day[][] => {
  const { year, month } = monthOf(day);
  return monthWeeks(year, month);
};

/**
 * The first and last day a view shows around the cursor (list: a year ahead). The month's from its
 * first and last days, not from `gridWeeks`: the feed URL asks for it before anything is drawn.
 */
export function visibleRange(view: CalendarView, cursor: Day): { from: Day; to: Day } {
  if (view === 'week') return { from: startOfWeek(cursor), to: endOfWeek(cursor) };
  if (view === 'list') return { from: cursor, to: addDays(addMonths(cursor, 12), -1) };
  const { year, month } = monthOf(cursor);
  return { from: startOfWeek(makeDay(year, month, 1)), to: endOfWeek(makeDay(year, month, daysInMonth(year, month))) };
}

/** The number of week rows of the month grid around `day` (4–6). */
export const weekCount = (day: Day): number => {
  const { from, to } = visibleRange('month', day);
  return (daysBetween(from, to) + 1) / 7;
};

/** The first day of the cursor's month. */
export const monthStart = (day: Day): Day => makeDay(monthOf(day).year, monthOf(day).month, 1);

/** The day a calendar opens on for its `month` attribute: that day, or the month's first day; a bare month holding today opens on today. */
export function openingDay(month: string | undefined, now: Day): Day {
  const start = parseMonth(month);
  if (!start) return now;
  return /^\s*\d{4}-\d{2}\s*$/.test(month!) && monthStart(now) === start ? now : start;
}

/** Where the list view starts: today in the current month, else the month's first day. */
export const listStart = (day: Day, now: Day): Day => (monthStart(day) === monthStart(now) ? now : monthStart(day));
