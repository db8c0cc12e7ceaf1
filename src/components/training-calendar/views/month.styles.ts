import { css } from 'lit';

/** Month grid: weekday headings and day cells. Part of `trainingCalendarStyles`. */
export const monthStyles = css`
  /* ---------- month grid */
  /* Separate borders: WebKit counts half of a collapsed outer border as overflow (1 px of page scroll on a phone). */
  .grid {
    width: 100%;
    border-collapse: separate;
    border-spacing: 0;
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
    border: 0 solid var(--_border);
    border-inline-end-width: 1px;
    border-block-end-width: 1px;
    vertical-align: top;
    cursor: pointer;
  }
  .day:first-child {
    border-inline-start-width: 1px;
  }
  .grid tbody tr:first-child .day {
    border-block-start-width: 1px;
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
  /* With lunar: the lunar date at the cell's top end, holidays under the day number. */
  .lunar {
    float: inline-end;
    font-size: 0.75em;
    color: var(--_text-muted);
  }
  .holidays {
    display: block;
  }
  /* The day cell's ring is inset: no halo over the neighbouring cells (issue 16 §5). */
  .day:focus {
    box-shadow: none;
  }
`;
