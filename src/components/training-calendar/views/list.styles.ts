import { css } from 'lit';

/** List view: days, sessions, places and "load more". Part of `trainingCalendarStyles`. */
export const listStyles = css`
  /* ---------- list */
  .list-day {
    margin-block-end: 1em;
  }
  /* Bold also when a deep host leaves them no heading level (p, not h7). */
  .list-date,
  .session {
    font-weight: 700;
    line-height: 1.35;
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
`;
