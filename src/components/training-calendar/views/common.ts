/**
 * What the views share: the context they render with and the event button
 * drawn in the month grid, the list, the week table and the day details.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatTime, formatTimeRange, type DateLocale, type Day } from '../../../shared/dates.js';
import type { LocaleInfo } from '../../../locale/locales.js';
import { sessionOn, type CalendarEvent, type EventIndex, type EventPredicate } from '../event-index.js';
import { sessionLabel, statusLabel } from '../labels.js';
import { size } from '../../../base/states.js';
import { weekCount, type CalendarView } from '../grid.js';

/** The lazy `lunar.js` module (a type only: importing it here would bundle it). */
export type LunarView = typeof import('../lunar.js');

/** What the details dialog shows: an event (opened from a day's list when `fromDay`), or a day's events. */
export type Details = { kind: 'event'; ev: CalendarEvent; fromDay?: Day } | { kind: 'day'; day: Day };

/** The element's state and callbacks the views and the dialog render with (one per render). */
export interface ViewContext {
  /** Present once the feed is there. */
  index?: EventIndex;
  /** The current locale's row: dates, names and code. */
  locale: LocaleInfo;
  /** The feed's language, for its text (titles, places, organisers); an item's own `language` wins. */
  feedLang?: string;
  /** The period heading's level; day headings and the details title are one below. */
  level: number;
  zone: string;
  today: Day;
  /** The filters' predicate. */
  pass?: EventPredicate;
  /** Opens an event's details (`fromDay`: from that day's list) and fires `pw-event-open`. */
  openEvent(ev: CalendarEvent, opener?: HTMLElement, fromDay?: Day): void;
  /** Shows `details` in the dialog; focus returns to `opener` on close. */
  show(details: Details, opener?: HTMLElement): void;
  /** Moves the cursor to `day` (and focuses its cell when `focus`). */
  moveTo(day: Day, focus: boolean): void;
  /** Lunar dates and holidays: the lazy module, once `lunar` is set and it has loaded. */
  lunar?: LunarView;
}

/** The time shown for `ev` on `day`: `07:30 – 11:00`, or "Cả ngày". */
export function timeOn(ev: CalendarEvent, day: Day, locale: DateLocale, zone: string, short = false): string {
  if (sessionOn(ev, day) === 'all-day') return sessionLabel('all-day');
  const { start, end } = ev.event;
  return short ? formatTime(start, locale, zone) : formatTimeRange(start, end, locale, zone);
}

/** The language of `ev`'s text (WCAG 3.1.2): the item's, else the feed's; interface strings stay outside it. */
export const langOf = (ctx: ViewContext, ev: CalendarEvent) => ev.item.language ?? ctx.feedLang ?? nothing;

export function eventParts(ev: CalendarEvent): string {
  const s = ev.event.status;
  return `event${s === 'cancelled' ? ' event-cancelled' : s === 'postponed' ? ' event-postponed' : ''}`;
}

/**
 * An event in the list, the week table and the day's details. It opens the event's details; from the
 * day's details (`fromDay`) the event's details lead back to that day.
 */
export function eventButton(ctx: ViewContext, ev: CalendarEvent, day: Day, fromDay?: Day): TemplateResult {
  const status = statusLabel(ev);
  return html`<button
    type="button"
    part=${eventParts(ev)}
    class="event status-${ev.event.status}"
    @click=${(e: MouseEvent) => ctx.openEvent(ev, fromDay ? undefined : (e.currentTarget as HTMLElement), fromDay)}
  >
    <span class="time">${timeOn(ev, day, ctx.locale, ctx.zone)}</span>
    <span class="title" lang=${langOf(ctx, ev)}>${ev.item.title}</span>
    ${status ? html`<span part="status" class="status">${status}</span>` : nothing}
  </button>`;
}

/**
 * The loading placeholder: for the month, the grid's own height (4–6 rows plus the weekday header), so
 * nothing jumps when it arrives. Set through CSSOM (`size()`): a style attribute would break under a strict CSP.
 */
export function calendarSkeleton(view: CalendarView, day: Day): TemplateResult {
  const height = view === 'month' ? `calc(var(--_cell-height) * ${weekCount(day)} + 2.2em)` : '';
  return html`<div class="skeleton-view skeleton-${view}" ${size('', height)} aria-hidden="true"><span class="skeleton"></span></div>`;
}
