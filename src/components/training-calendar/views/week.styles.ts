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
  /* ---------- week, narrow (issue 16 §5, SC 1.4.10): at 320 px / 400% zoom the five columns
     were 1–2 characters wide, so each row stacks: day, session, event, place, people. */
  @container (max-width: 30em) {
    .week thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    .week,
    .week tbody,
    .week tr,
    .week th,
    .week td {
      display: block;
      width: auto;
    }
    .week th,
    .week td {
      border-block-width: 0;
    }
    .week .week-day {
      margin-block-start: 0.75em;
      border-block-width: 1px;
      background: var(--_bg-muted);
    }
    .week .week-session {
      color: var(--_text-muted);
    }
    .week td.none {
      padding: 0;
    }
    .week tbody tr:last-child > :last-child {
      border-block-end-width: 1px;
    }
  }
`;
