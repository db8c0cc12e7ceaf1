import { css } from 'lit';

/** Week view table. Part of `trainingCalendarStyles`. */
export const weekStyles = css`
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
`;
