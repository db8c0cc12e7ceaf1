/**
 * A minimal feed widget used only by the foundation tests: it proves the base
 * classes, loader and locale store work before any real element exists.
 */
import { html } from 'lit';
import { msg } from '@lit/localize';
import { FeedElement } from '../../src/base/feed-element.js';
import { formatDateTime } from '../../src/shared/dates.js';
import { skeletonLine } from '../../src/base/states.js';

export class PwTestFeed extends FeedElement {
  override render() {
    return this.renderFeed(
      ({ feed }) => html`<ul part="base">
        ${feed.items.map(
          (i) => html`<li part="item">
            <span class="title">${i.title}</span>
            <span class="date">${i.datePublished ? formatDateTime(i.datePublished, this.localeInfo) : ''}</span>
          </li>`,
        )}
      </ul>`,
      () => skeletonLine(100, '120px'),
    );
  }
}
PwTestFeed.define('pw-test-feed');

declare global {
  interface HTMLElementTagNameMap {
    'pw-test-feed': PwTestFeed;
  }
}

/** The "Retry" label in the current locale, for assertions. */
export const retryLabel = () => msg('Thử lại', { id: 'state.retry' });
