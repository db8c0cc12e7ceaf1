/**
 * The month grid (`role="grid"`) and its keyboard model (WAI-ARIA APG date grid).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { dayFields, formatLongDay, weekdayNames, type Day } from '../../../shared/dates.js';
import { eventsOn, type EventIndex } from '../event-index.js';
import { dayForKey, gridWeeks, monthOf } from '../grid.js';
import { countLabel } from '../labels.js';
import { eventButton, type ViewContext } from './common.js';

/** Enter or Space on a cell: opens its event, or the day's details when it has several. */
function openDay(ctx: ViewContext, day: Day, opener: HTMLElement): void {
  const { index } = ctx;
  if (!index) return;
  const events = eventsOn(index, day, ctx.pass);
  if (!events.length) return;
  if (events.length === 1) ctx.openEvent(events[0]!, opener);
  else ctx.show({ kind: 'day', day }, opener);
}

/** Keyboard handling of the grid: arrows, Home/End, PageUp/PageDown move the cursor; Enter/Space open. */
export function onMonthKeydown(e: KeyboardEvent, ctx: ViewContext): void {
  const cell = (e.target as HTMLElement).closest<HTMLElement>('[data-day]');
  if (!cell || e.target !== cell) return;
  const day = cell.dataset.day as Day;
  if (e.key === 'Enter' || e.key === ' ') {
    e.preventDefault();
    openDay(ctx, day, cell);
    return;
  }
  const next = dayForKey(day, e.key, e.shiftKey);
  if (!next) return;
  e.preventDefault();
  ctx.moveTo(next, true);
}

export function renderMonth(ctx: ViewContext, index: EventIndex, cursor: Day, maxEvents: number): TemplateResult {
  const { locale, pass, today: now } = ctx;
  const { month } = monthOf(cursor);
  const long = weekdayNames(locale, 'long');
  const short = weekdayNames(locale, locale.dates.gridWeekday);
  const max = Math.max(0, Math.floor(maxEvents));
  const onCellClick = (e: MouseEvent, day: Day) => {
    if ((e.target as HTMLElement).closest('button')) return;
    ctx.moveTo(day, true);
  };
  return html`<table part="grid" class="grid" role="grid" aria-labelledby="heading" @keydown=${(e: KeyboardEvent) => onMonthKeydown(e, ctx)}>
    <thead>
      <tr>${long.map(
        (name, i) => html`<th part="weekday" scope="col" class="weekday">
        <span aria-hidden="true">${short[i]}</span><span class="visually-hidden">${name}</span></th>`,
      )}</tr>
    </thead>
    <tbody>
      ${gridWeeks(cursor).map(
        (week) => html`<tr>
        ${week.map((day) => {
          const events = eventsOn(index, day, pass);
          const fields = dayFields(day);
          const outside = fields.month !== month;
          const isToday = day === now;
          const parts = [
            'day',
            isToday ? 'today' : '',
            events.length ? 'has-events' : '',
            outside ? 'outside-month' : '',
          ]
            .filter(Boolean)
            .join(' ');
          const label = [
            formatLongDay(day, locale),
            ctx.lunar?.cellLabel(day),
            events.length ? countLabel(events.length) : '',
          ]
            .filter(Boolean)
            .join(', ');
          const shown = events.slice(0, max);
          const hidden = events.length - shown.length;
          return html`<td
            role="gridcell"
            part=${parts}
            class="day ${outside ? 'outside' : ''} ${isToday ? 'is-today' : ''}"
            data-day=${day}
            tabindex=${day === cursor ? '0' : '-1'}
            aria-current=${isToday ? 'date' : nothing}
            @click=${(e: MouseEvent) => onCellClick(e, day)}
          >
            <span class="visually-hidden day-label">${label}</span>
            <span class="num" aria-hidden="true">${fields.day}</span>
            ${ctx.lunar?.cellLunar(day) ?? nothing}
            ${shown.length ? html`<ul class="cell-events">${shown.map((ev) => html`<li>${eventButton(ctx, ev, day, { short: true, tabbable: false })}</li>`)}</ul>` : nothing}
            ${
              hidden > 0
                ? html`<button type="button" part="more" class="more" tabindex="-1"
                  aria-label=${msg(str`Xem thêm ${hidden} sự kiện`, { id: 'training-calendar.more-label' })}
                  @click=${(e: MouseEvent) => ctx.show({ kind: 'day', day }, e.currentTarget as HTMLElement)}
                >+${hidden}</button>`
                : nothing
            }
          </td>`;
        })}
      </tr>`,
      )}
    </tbody>
  </table>`;
}
