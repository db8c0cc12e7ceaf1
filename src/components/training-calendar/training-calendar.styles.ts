import { css } from 'lit';

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
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    margin-block-end: 0.75em;
  }
  .nav,
  .views {
    display: flex;
    gap: 0.25em;
  }
  .heading {
    flex: 1 1 12em;
    margin: 0;
    font-size: 1.25em;
  }
  .nav-button,
  .view-button,
  .load-more {
    min-width: 44px;
    min-height: 44px;
    padding: 0.3em 0.8em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    cursor: pointer;
  }
  .view-button[aria-pressed='true'] {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_accent-text);
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    flex-basis: 100%;
  }
  .filters label {
    display: flex;
    flex: 1 1 12em;
    flex-direction: column;
    min-width: 0;
    max-width: 22em;
    font-size: 0.875em;
    color: var(--_text-muted);
  }
  .filters input,
  .filters select {
    min-height: 44px;
    padding: 0.3em 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    font: inherit;
    font-size: 1rem;
    width: 100%;
    max-width: 100%;
  }
  /* ---------- month grid */
  .grid {
    width: 100%;
    border-collapse: collapse;
    table-layout: fixed;
  }
  .weekday {
    padding: 0.25em;
    font-weight: 600;
    font-size: 0.875em;
    color: var(--_text-muted);
    text-align: center;
  }
  .day {
    height: var(--_cell-height);
    padding: 0.2em;
    border: 1px solid var(--_border);
    vertical-align: top;
    cursor: pointer;
  }
  .day:focus-visible,
  .day:focus {
    outline: 3px solid var(--_focus);
    outline-offset: -3px;
  }
  .day.outside {
    background: var(--_bg-muted);
    color: var(--_text-muted);
  }
  .day.is-today {
    background: var(--_today);
  }
  .day.is-today .num {
    display: inline-block;
    min-width: 1.8em;
    border-radius: 999px;
    background: var(--_accent);
    color: var(--_accent-text);
    text-align: center;
    font-weight: 700;
  }
  .num {
    font-size: 0.875em;
  }
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
  /* ---------- list */
  .list-day {
    margin-block-end: 1em;
  }
  .list-date {
    margin: 0 0 0.25em;
    padding-block-end: 0.2em;
    border-block-end: 1px solid var(--_border);
    font-size: 1.05em;
  }
  .session {
    margin: 0.4em 0 0.2em;
    font-size: 0.9em;
    color: var(--_text-muted);
  }
  .list .event,
  .details .event {
    padding: 0.4em 0.6em;
    min-height: 44px;
  }
  .place {
    margin: 0 0 0.5em;
    padding-inline-start: 0.9em;
    font-size: 0.875em;
    color: var(--_text-muted);
  }
  .load-more {
    width: 100%;
  }
  /* ---------- week */
  .week {
    width: 100%;
    border-collapse: collapse;
  }
  .week th,
  .week td {
    padding: 0.35em 0.5em;
    border: 1px solid var(--_border);
    vertical-align: top;
    text-align: start;
  }
  .week thead th {
    background: var(--_bg-muted);
  }
  .week-day {
    width: 10em;
  }
  .week-session,
  .week thead th:nth-child(2) {
    width: 5.5em;
    white-space: nowrap;
    overflow-wrap: normal;
  }
  .week tr.is-today > * {
    background: var(--_today);
  }
  /* ---------- details */
  .details {
    width: min(40rem, calc(100vw - 2em));
    max-height: calc(100vh - 2em);
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
  }
  .details::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  .details-body {
    position: relative;
    padding: 1.25em;
  }
  .details-title {
    margin: 0 2.5em 0.4em 0;
    font-size: 1.25em;
  }
  .details-title.cancelled {
    text-decoration: line-through;
  }
  .close {
    position: absolute;
    inset-block-start: 0.5em;
    inset-inline-end: 0.5em;
    min-width: 44px;
    min-height: 44px;
    border: 0;
    background: none;
    color: var(--_text);
    font-size: 1.5em;
    cursor: pointer;
  }
  .facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25em 1em;
    margin: 0.5em 0;
  }
  .facts dt {
    font-weight: 600;
    color: var(--_text-muted);
  }
  .facts dd {
    margin: 0;
  }
  .facts dd > span,
  .facts dd > strong,
  .facts dd > a {
    display: block;
  }
  .closed {
    color: var(--_danger);
  }
  .description p {
    margin: 0 0 0.6em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
    margin-block-start: 0.75em;
  }
  .actions a {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
  }
  .ics {
    padding: 0 0.9em;
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_accent-text);
    text-decoration: none;
  }
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
