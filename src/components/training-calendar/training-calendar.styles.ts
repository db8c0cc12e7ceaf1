import { css } from 'lit';
import { detailsStyles } from './details.styles.js';
import { toolbarStyles } from './toolbar.styles.js';
import { listStyles } from './views/list.styles.js';
import { monthStyles } from './views/month.styles.js';
import { weekStyles } from './views/week.styles.js';

/** The calendar's styles, one sheet; each part sits next to the code that renders it. */
export const trainingCalendarStyles = css`

  :host {
    --_cell-height: var(--pw-training-calendar-cell-height, 6.5em);
    --_today: var(--pw-training-calendar-today-background, var(--pw-training-calendar-today, color-mix(in srgb, var(--_accent) 12%, var(--_bg))));
    --_event-bg: var(--pw-training-calendar-event-background, var(--pw-training-calendar-event-bg, color-mix(in srgb, var(--_accent) 10%, var(--_bg))));
    --_cancelled: var(--pw-training-calendar-cancelled-color, var(--pw-training-calendar-cancelled, var(--_danger)));
    container-type: inline-size;
  }
  .base {
    background: var(--_bg);
    color: var(--_text);
  }
  ${toolbarStyles}
  ${monthStyles}
  .cell-events,
  .list-events {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .event {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.4em;
    width: 100%;
    margin: 0 0 2px;
    padding: 0.1em 0.3em;
    border: 0;
    border-inline-start: 3px solid var(--_accent);
    border-radius: 3px;
    background: var(--_event-bg);
    color: var(--_text);
    text-align: start;
    line-height: 1.5;
    cursor: pointer;
  }
  .cell-events .event {
    font-size: 0.8125em;
  }
  .cell-events .event .title {
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    flex: 1 1 0;
    min-width: 0;
  }
  .event .time {
    font-variant-numeric: tabular-nums;
    color: var(--_text-muted);
  }
  .event.status-cancelled {
    border-inline-start-color: var(--_cancelled);
  }
  .event.status-cancelled .title {
    text-decoration: line-through;
  }
  .event.status-postponed {
    border-inline-start-style: dashed;
    border-inline-start-color: var(--_warning);
  }
  .status {
    font-weight: 700;
    font-size: 0.875em;
  }
  /* The grid's events are already 0.8125em: their badge keeps that size (13 px, not 11.4; issue 26 §5). */
  .cell-events .status {
    font-size: 1em;
  }
  .status-cancelled .status,
  p.status-cancelled {
    color: var(--_cancelled);
  }
  .status-postponed .status,
  p.status-postponed {
    color: var(--_warning);
  }
  .more {
    padding: 0 0.3em;
    border: 0;
    background: none;
    color: var(--_accent);
    font-size: 0.8125em;
    font-weight: 700;
    cursor: pointer;
    text-decoration: underline;
  }
  ${listStyles}
  ${weekStyles}
  ${detailsStyles}
  /* ---------- skeleton: the size of the final view */
  .skeleton-view .skeleton {
    height: 100%;
  }
  .skeleton-month {
    height: calc(var(--_cell-height) * 5 + 2em);
  }
  .skeleton-week {
    height: 24em;
  }
  .skeleton-list {
    height: 18em;
  }
  .print-list {
    display: none;
  }
  @container (max-width: 420px) {
    .facts {
      grid-template-columns: 1fr;
    }
    .facts dt,
    .facts dd {
      grid-column: 1;
    }
  }
  @media (forced-colors: active) {
    .event,
    .view-button[aria-pressed='true'] {
      border: 1px solid CanvasText;
    }
    .day.is-today {
      outline: 2px solid Highlight;
    }
  }
  /* Forced colours flatten backgrounds: the selected view and the outside-month days keep a look of their own (issue 16 §5). */
  @media (forced-colors: active) {
    .view-button[aria-pressed='true'] {
      forced-color-adjust: none;
      border-color: Highlight;
      background: Highlight;
      color: HighlightText;
    }
    .day.outside {
      color: GrayText;
      border-style: dashed;
    }
  }
  .lunar-line,
  .lunar-full {
    display: block;
    font-size: 0.875em;
    color: var(--_text-muted);
  }
  .holiday {
    display: block;
    color: var(--_danger);
  }
  /* Small in a month cell (12 px); under a day in the list, week and details, the lunar line's size
     (it was 0.75 of that, 10.5 px; issue 26 §5). */
  .holidays .holiday {
    font-size: 0.75em;
  }
  @media print {
    .toolbar .nav,
    .toolbar .views,
    .filters,
    .grid,
    .week,
    .load-more,
    .details {
      display: none !important;
    }
    .print-list {
      display: block;
    }
    .event {
      border: 0;
      background: none;
      padding: 0;
    }
    .list-day {
      break-inside: avoid;
    }
  }
`;
