/**
 * The month grid (`role="grid"`) and its keyboard model (WAI-ARIA APG date grid).
 */
import { html, isServer, type TemplateResult } from 'lit';
import type { Day } from '../../../shared/dates.js';
import { eventsOn, type EventIndex } from '../event-index.js';
import { dayForKey } from '../grid.js';
import type { ViewContext } from './common.js';
import { monthGrid, onGridClick, serverMonthGrid } from './month-body.js';

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
  const max = Math.max(0, Math.floor(maxEvents));
  // The server renderer runs no directives: it writes the same cells as markup.
  if (isServer)
    return html`<table part="grid" class="grid" role="grid" aria-labelledby="heading">${serverMonthGrid(ctx, index, cursor, max)}</table>`;
  // Clicks on cells and their buttons are handled here, once, rather than by a listener per cell and event.
  return html`<table part="grid" class="grid" role="grid" aria-labelledby="heading"
    @keydown=${(e: KeyboardEvent) => onMonthKeydown(e, ctx)} @click=${(e: MouseEvent) => onGridClick(e, ctx)}
    ${monthGrid(ctx, index, cursor, max)}></table>`;
}
