import { css } from 'lit';
import { newsCardStyles } from '../shared/news-card.styles.js';

const articleStyles = css`
  :host {
    --_card-image-ratio: var(--pw-article-card-image-ratio, 16 / 9);
    --_card-image-width: var(--pw-article-card-image-width, 34%);
    --_card-title-size: var(--pw-article-card-title-size, 1.125em);
    --_card-title-color: var(--pw-article-card-title-color, var(--_text));
    --_card-summary-lines: var(--pw-article-card-summary-lines, 4);
    --_card-title-lines: var(--pw-article-card-title-lines, 3);
    --_caption: var(--pw-article-card-caption-color, var(--_text-muted));
  }
  .base {
    min-width: 0;
    max-width: 100%;
    overflow-wrap: anywhere;
  }
  .variant-card {
    container: pw-card / inline-size;
  }

  /* ------------------------------------------------------------ full article */
  .variant-full {
    max-width: var(--pw-article-card-max-width, 48em);
  }
  .variant-full > * + * {
    margin-top: 0.9em;
  }
  .dateline {
    margin: 0;
    color: var(--_text-muted);
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
  }
  .variant-full .title {
    margin-block: 0.25em 0;
    font-size: var(--pw-article-card-title-size, 1.75em);
    line-height: 1.35;
    color: var(--pw-article-card-title-color, var(--_text));
  }
  .variant-full .lead {
    margin: 0.6em 0 0;
    font-weight: var(--pw-article-card-lead-weight, 600);
  }
  .banner {
    display: block;
    width: 100%;
    height: auto;
    border-radius: var(--_radius);
  }
  .body {
    line-height: 1.7;
  }
  .body > :first-child {
    margin-top: 0;
  }
  .body p,
  .body ul,
  .body ol,
  .body dl,
  .body blockquote,
  .body pre,
  .body figure,
  .body table {
    margin: 0 0 1em;
  }
  .body :is(h1, h2, h3, h4, h5, h6) {
    margin: 1.4em 0 0.5em;
    line-height: 1.35;
  }
  .body img {
    display: block;
    max-width: 100%;
    /* With width/height attributes, this keeps the image's aspect ratio and reserves its space. */
    height: auto;
    margin-inline: auto;
  }
  .body figure {
    margin-inline: 0;
  }
  .body figcaption {
    margin-top: 0.4em;
    color: var(--_caption);
    font-size: 0.9em;
    font-style: italic;
    text-align: center;
  }
  .body blockquote {
    margin-inline: 0;
    padding-inline-start: 1em;
    border-inline-start: 4px solid var(--_border);
    color: var(--_text-muted);
  }
  .body pre {
    overflow-x: auto;
    padding: 0.75em;
    border-radius: var(--_radius);
    background: var(--_bg-muted);
    white-space: pre-wrap;
  }
  .body table {
    display: block;
    max-width: 100%;
    overflow-x: auto;
    border-collapse: collapse;
  }
  .body th,
  .body td {
    padding: 0.35em 0.6em;
    border: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  .body a {
    overflow-wrap: anywhere;
  }
  .byline {
    margin-top: 1.2em;
    font-weight: 700;
    text-align: end;
  }
  .variant-full .tags {
    margin-top: 1em;
  }
  .translations {
    padding-top: 0.75em;
    border-top: 1px solid var(--_border);
    font-size: 0.9375em;
  }
  .translation {
    margin-inline-start: 0.35em;
  }
  .body-skeleton {
    display: grid;
    gap: 0.6em;
  }
  .skeleton-para .skeleton {
    height: 1em;
  }
  .full-skeleton .title {
    display: grid;
    gap: 0.5em;
  }
  .body-error {
    color: var(--_text-muted);
    font-style: italic;
  }

  /* ------------------------------------------------------------ print */
  @media print {
    :host {
      --_text: #000;
      --_text-muted: #333;
      --_caption: #333;
      --_accent: #000;
      --_border: #999;
      color: #000;
      background: none;
      font-size: 11pt;
    }
    .variant-full {
      max-width: none;
    }
    .body a[href^='http']::after {
      content: ' (' attr(href) ')';
      font-size: 0.85em;
      overflow-wrap: anywhere;
    }
    .body figure,
    .body img,
    .body table,
    .body blockquote {
      break-inside: avoid;
    }
    .body :is(h1, h2, h3, h4, h5, h6),
    .title {
      break-after: avoid;
    }
    .body p {
      orphans: 3;
      widows: 3;
    }
    .translations,
    .stale-note,
    .state button,
    .skeleton {
      display: none;
    }
    .tag {
      border-color: #999;
    }
  }
`;

export const articleCardStyles = [newsCardStyles, articleStyles];
