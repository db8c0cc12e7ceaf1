/**
 * The upcoming list (grouped by day, then session) and the printed list that
 * follows the month grid or the week table on paper.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { formatLongDay, type Day } from '../../../shared/dates.js';
import { emptyState } from '../../../base/states.js';
import { eventsBetween, sessionOn, type CalendarEvent, type EventIndex, type Session } from '../event-index.js';
import { sessionLabel } from '../labels.js';
import { heading } from '../../../base/heading.js';
import { eventButton, langOf, type ViewContext } from './common.js';

/** Events from `from` on, grouped by day (an event already running shows on `from`) then session. */
export function groupByDay(events: CalendarEvent[], from: Day): Map<Day, CalendarEvent[]> {
  const byDay = new Map<Day, CalendarEvent[]>();
  for (const ev of events) {
    const day = ev.first < from ? from : ev.first;
    let list = byDay.get(day);
    if (!list) byDay.set(day, (list = []));
    list.push(ev);
  }
  return new Map([...byDay].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function placeLine(ctx: ViewContext, ev: CalendarEvent): unknown {
  const place = ev.event.location?.name ?? ev.event.location?.address;
  return place ? html`<p class="place" lang=${langOf(ctx, ev)}>${place}</p>` : nothing;
}

/**
 * A day's or a session's label: a heading while levels last (h6 at most); deeper, plain text that names
 * the group or list it heads (`aria-labelledby`), so that days and sessions never share a level (issue 26 §6).
 */
function groupLabel(level: number, cls: string, id: string, label: string): TemplateResult {
  return level <= 6 ? heading(level, { cls }, label) : html`<p class=${cls} id=${id}>${label}</p>`;
}

function renderDayGroups(ctx: ViewContext, groups: Map<Day, CalendarEvent[]>): TemplateResult {
  const sessions: Session[] = ['all-day', 'morning', 'afternoon'];
  const dayLevel = ctx.level + 1;
  const named = (level: number, id: string) => (level > 6 ? id : nothing);
  // Headings and lists, not a <section aria-labelledby> per day: those flood the landmark list with regions.
  return html`${[...groups].map(
    ([day, events]) => html`<div class="list-day" role=${dayLevel > 6 ? 'group' : nothing}
      aria-labelledby=${named(dayLevel, `day-${day}`)}>
    ${groupLabel(dayLevel, 'list-date', `day-${day}`, formatLongDay(day, ctx.locale))}
    ${ctx.lunar ? html`<p class="lunar-line">${ctx.lunar.fullLunar(day)}</p>` : nothing}
    ${sessions.map((s) => {
      const inSession = events.filter((ev) => sessionOn(ev, day) === s);
      if (!inSession.length) return nothing;
      const id = `day-${day}-${s}`;
      return html`${groupLabel(dayLevel + 1, 'session', id, sessionLabel(s))}
        <ul class="list-events" aria-labelledby=${named(dayLevel + 1, id)}>${inSession.map(
          (ev) => html`<li>
          ${eventButton(ctx, ev, day)}
          ${placeLine(ctx, ev)}
        </li>`,
        )}</ul>`;
    })}
  </div>`,
  )}`;
}

/** The list view: events from `from` to `to`, `limit` at a time; `more(n)` shows `n`. */
export function renderList(
  ctx: ViewContext,
  index: EventIndex,
  from: Day,
  to: Day,
  limit: number,
  pageSize: number,
  more: (limit: number) => void,
): TemplateResult {
  const all = eventsBetween(index, from, to, ctx.pass);
  if (!all.length)
    return html`<div part="list" class="list">${emptyState(msg('Không có lịch tập huấn', { id: 'training-calendar.empty' }))}</div>`;
  const shown = all.slice(0, limit);
  return html`<div part="list" class="list">
    ${renderDayGroups(ctx, groupByDay(shown, from))}
    ${
      all.length > shown.length
        ? html`<button type="button" part="load-more" class="load-more"
          @click=${() => more(limit + Math.max(1, pageSize))}>
          ${msg('Xem thêm', { id: 'training-calendar.load-more' })}</button>`
        : nothing
    }
  </div>`;
}

/** The list printed under the grid or the week table: every event from `from` to `to`. */
export function renderPrintList(ctx: ViewContext, index: EventIndex, from: Day, to: Day): TemplateResult {
  const events = eventsBetween(index, from, to, ctx.pass);
  return html`<div class="print-list">
    ${events.length ? renderDayGroups(ctx, groupByDay(events, from)) : emptyState(msg('Không có lịch tập huấn', { id: 'training-calendar.empty' }))}
  </div>`;
}
