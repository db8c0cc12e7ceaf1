import { css } from 'lit';

/** The details dialog: one event or one day. Part of `trainingCalendarStyles`. */
export const detailsStyles = css`
  /* ---------- details */
  .details {
    /* Percentages of the viewport (the modal's containing block), not vw/vh: under a host's
       body{zoom:1.1} viewport units are zoomed too, and the box grew past the screen (issue 26 §5). */
    inline-size: min(40em, calc(100% - 2em));
    max-block-size: calc(100% - 2em);
    overflow: auto;
    overscroll-behavior: contain;
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
    padding: 1.25em;
  }
  .details-title {
    /* Clear of the close button, focus ring included. */
    margin: 0 2.5em 0.4em 0;
    font-size: 1.25em;
  }
  .details-title.cancelled {
    text-decoration: line-through;
  }
  /* Sticky at the dialog's top, so it stays in reach while the details scroll inside (issue 26 §5). */
  .close {
    position: sticky;
    z-index: 1;
    inset-block-start: 0;
    float: inline-end;
    /* 0.5em of the body size from the dialog's corner: the body's 1.25em padding less 0.5em of this 1.5em size. */
    margin-block-start: -0.5em;
    margin-inline-end: -0.5em;
    min-width: 44px;
    min-height: 44px;
    border: 0;
    border-radius: var(--_radius);
    background: var(--_bg);
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
  /* Labels in the first column, values in the second: a label's second value (the time's lunar date)
     takes the next row under the first, rather than shifting every later pair by a cell (issue 26 §2). */
  .facts dt {
    grid-column: 1;
    font-weight: 600;
    color: var(--_text-muted);
  }
  .facts dd {
    grid-column: 2;
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
