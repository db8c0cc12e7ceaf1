import { css } from 'lit';

/**
 * Card styles shared by `pw-news-list` and `pw-article-card variant="card"`.
 * Each element maps its own `--pw-<element>-*` properties onto the private
 * `--_card-*` ones used here.
 */
export const newsCardStyles = css`
  .card {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    grid-template-columns: minmax(0, var(--_card-image-width, 34%)) minmax(0, 1fr);
    align-items: start;
    /* A card as tall as its grid row (height 100%) keeps its rows at their content size: a neighbour's
       wrapped tags must not push this card's text down. */
    align-content: start;
    min-width: 0;
    height: 100%;
    padding: var(--_card-padding, 0);
    border: var(--_card-border, 0);
    border-radius: var(--_radius);
    background: var(--_card-bg, transparent);
    color: var(--_text);
  }
  .card.no-image {
    grid-template-columns: minmax(0, 1fr);
  }
  .text {
    display: flex;
    flex-direction: column;
    gap: 0.35em;
    min-width: 0;
  }
  .media {
    position: relative;
    aspect-ratio: var(--_card-image-ratio, 16 / 9);
    overflow: hidden;
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_skeleton);
  }
  .image {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }
  .media-broken .image {
    visibility: hidden;
  }
  .title {
    margin: 0;
    font-size: var(--_card-title-size, 1.125em);
    font-weight: 700;
    /* Stacked diacritics need room (at least 1.3 for headings); 1.5 is WCAG 1.4.12's text spacing, which a
       reader's tool cannot set through the shadow root, and a larger page line height (1lh, the parent's)
       still reaches the title. */
    line-height: 1.5;
    line-height: max(1.5em, 1lh);
    overflow-wrap: anywhere;
    order: 2;
  }
  .title-link {
    color: var(--_card-title-color, var(--_text));
    text-decoration: none;
  }
  .title-link:hover,
  .title-link:focus-visible {
    color: var(--_accent);
    text-decoration: underline;
  }
  .title-text:focus {
    outline: none;
  }
  .title-text:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .date {
    order: 1;
    color: var(--_text-muted);
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
  }
  .summary {
    order: 3;
    margin: 0;
    color: var(--_text-muted);
    line-height: 1.6;
    line-height: max(1.6em, 1lh);
    overflow-wrap: anywhere;
  }
  /*
   * Clamped in lines of the text's own line height, whatever a spacing tool sets. The padding above the
   * first line keeps its stacked marks (ẫ, ệ) unclipped; there is none below the last line, so the clip
   * box ends on a line boundary and no sliver of the next, hidden line shows.
   */
  .summary {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--_card-summary-lines, 4);
    overflow: hidden;
    padding-block: 0.2em 0;
  }
  .tags {
    order: 4;
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em;
    margin: 0.2em 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.8125em;
  }
  .tag {
    padding: 0.1em 0.6em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    color: var(--_text-muted);
    overflow-wrap: anywhere;
  }
  .skeleton-text {
    display: grid;
    gap: 0.5em;
  }
  /*
   * Card geometry: the title takes at most --_card-title-lines lines (clamped as the
   * summary is), the date one line, the summary at most
   * --_card-summary-lines lines, the tags one row (more rows wrap and grow the card).
   * The skeleton reserves the maximum, so a loaded card is never taller than its
   * skeleton; a short title or summary leaves no blank gap under it (the card is
   * shorter instead). Items without a date, summary, tags or image are shorter too.
   */
  .card .title {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--_card-title-lines, 3);
    overflow: hidden;
    padding-block: 0.15em 0;
  }
  .card .date {
    line-height: 1.5;
    min-height: 1.5em;
  }
  /* border-box: the lines (1lh: the block's own line height, as the clamp counts them) plus the padding */
  .card-skeleton .title {
    min-height: calc(var(--_card-title-lines, 3) * 1lh + 0.15em);
  }
  .card-skeleton .summary {
    min-height: calc(var(--_card-summary-lines, 4) * 1lh + 0.2em);
  }
  .card .tags {
    min-height: calc(1.7em + 2px);
  }
  .card .tag {
    line-height: 1.5;
  }
  /* The skeleton's line sizes (width, height), and the blocks a hide-* attribute removes. */
  .skeleton-text .skeleton {
    height: 1em;
  }
  .title .skeleton {
    width: 92%;
    height: 1.1em;
  }
  .date .skeleton {
    width: 35%;
    height: 0.9em;
  }
  .tags .skeleton {
    width: 30%;
    height: 1.5em;
  }
  .skeleton + .skeleton {
    width: 96%;
  }
  .title .skeleton + .skeleton {
    width: 60%;
  }
  .skeleton + .skeleton + .skeleton {
    width: 70%;
  }
  .no-image .media,
  .no-date .date,
  .no-summary .summary,
  .no-tags .tags {
    display: none;
  }
  .more-skeleton {
    width: 8em;
    height: 44px;
  }
  /* Narrow containers (a sidebar, a grid cell, a phone) stack the image above the text. */
  @container pw-card (max-width: 30em) {
    .card {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  @media (forced-colors: active) {
    .tag {
      border-color: CanvasText;
    }
  }
`;
