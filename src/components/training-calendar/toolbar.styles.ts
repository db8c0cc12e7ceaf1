import { css } from 'lit';

/** Toolbar: navigation, view buttons, search and filters. Part of `trainingCalendarStyles`. */
export const toolbarStyles = css`
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
  /* In a narrow sidebar the buttons wrap as a whole, not inside a word ("Thá/ng", issue 26 §5): the
     host's overflow-wrap:anywhere (for long feed text) is not for labels. */
  .views {
    flex-wrap: wrap;
  }
  .view-button {
    overflow-wrap: normal;
    white-space: nowrap;
  }
  .heading {
    flex: 1 1 12em;
    margin: 0;
    font-size: 1.25em;
  }
  .nav-button,
  .view-button,
  .subscribe-button,
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
    color: var(--_text-muted);
  }
  /* The caption is small; the control keeps the widget size (not 1rem: that follows the host's root). */
  .filters label > span {
    font-size: 0.875em;
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
    width: 100%;
    max-width: 100%;
  }
  /* ---------- result count (issue 16 §5) */
  .result-count {
    flex-basis: 100%;
    margin: 0;
    font-size: 0.875em;
  }
  /* ---------- control boundaries (issue 16 §5, SC 1.4.11): the border colour was 1.45:1
     (light) and 1.73:1 (dark) against the surface; the muted text colour keeps 3:1 */
  .filters input,
  .filters select {
    border-color: var(--_text-muted);
  }
  /* Inset rings on the search box and selects: WebKit draws no box-shadow (halo) on a native select. */
  .filters input:focus-visible,
  .filters select:focus-visible {
    outline-offset: -3px;
  }
  .subscribe-panel ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.25em;
    margin: 0.5em 0 0;
    padding: 0;
    list-style: none;
  }
  .subscribe-field input {
    width: 100%;
  }
`;
