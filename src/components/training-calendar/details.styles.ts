import { css } from 'lit';

/** The details dialog: one event or one day. Part of `trainingCalendarStyles`. */
export const detailsStyles = css`
  /* ---------- details */
  .details {
    width: min(40em, calc(100vw - 2em));
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
    /* Its own ratio: the host's line height is a length (at least 1.6em of the body size), too tight at 1.5em. */
    line-height: 1.6;
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
`;
