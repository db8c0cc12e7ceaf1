import { css } from 'lit';
import { newsCardStyles } from '../shared/news-card.styles.js';

export const newsListStyles = [
  css`
    :host {
      --_card-image-ratio: var(--pw-news-list-image-ratio, 16 / 9);
      --_card-image-width: var(--pw-news-list-image-width, 34%);
      --_card-title-size: var(--pw-news-list-title-size, 1.125em);
      --_card-title-color: var(--pw-news-list-title-color, var(--_text));
      --_card-summary-lines: var(--pw-news-list-summary-lines, 4);
      --_card-title-lines: var(--pw-news-list-title-lines, 3);
      --_card-bg: var(--pw-news-list-card-background, transparent);
      --_card-padding: var(--pw-news-list-card-padding, 0);
      --_gap: var(--pw-news-list-gap, var(--_space));
    }
    .base {
      min-width: 0;
      max-width: 100%;
      overflow-wrap: anywhere;
    }
    .items {
      display: grid;
      gap: var(--_gap);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .layout-list .item + .item {
      padding-top: var(--_gap);
      border-top: 1px solid var(--_border);
    }
    .layout-grid .items {
      grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--pw-news-list-columns-min, 16em)), 1fr));
    }
    .layout-grid {
      --_card-bg: var(--pw-news-list-card-background, var(--_bg-muted));
      --_card-padding: var(--pw-news-list-card-padding, 0.75em);
    }
    .item {
      /* Each card adapts to its own width: image beside the text when wide, above it when narrow. */
      container: pw-card / inline-size;
      min-width: 0;
    }
    .layout-grid .card {
      grid-template-columns: minmax(0, 1fr);
    }
    .more-row {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: center;
      gap: 0.5em 1em;
      margin-top: var(--_gap);
    }
    .more {
      min-height: 44px;
      padding: 0.4em 1.4em;
      border: 1px solid var(--_accent);
      border-radius: var(--_radius);
      background: transparent;
      color: var(--_accent);
      font-weight: 600;
      cursor: pointer;
    }
    .more:hover {
      background: var(--_accent);
      color: var(--_accent-text);
    }
    .more[aria-disabled='true'] {
      cursor: progress;
      opacity: 0.75;
    }
    .more-error {
      margin: 0;
      color: var(--_danger);
    }
    @media (forced-colors: active) {
      .more {
        border-color: ButtonText;
      }
    }
  `,
  newsCardStyles,
];
