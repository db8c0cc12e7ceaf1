import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { FeedController } from '../feed/controller.js';
import type { FeedResult } from '../feed/loader.js';
import { DEFAULT_MAX_AGE, DEFAULT_TIMEOUT } from '../feed/loader.js';
import { PwElement } from './pw-element.js';
import { errorState, loadingLabel, staleNote, stateStyles } from './states.js';

/**
 * Base of the widgets that show a feed. Subclasses render content and a
 * skeleton; this class owns the loading, error and stale states.
 *
 * Light-DOM children are fallback content: they show until the element is
 * defined, stay if the script never loads, and come back in the error state.
 */
export class FeedElement extends PwElement {
  static override styles = [...PwElement.styles, stateStyles];

  /** Feed URL (JSON Feed). `{lang}` is replaced by the current locale. */
  @property() src?: string;

  /** Milliseconds before a request is abandoned. */
  @property({ type: Number }) timeout = DEFAULT_TIMEOUT;

  /** Seconds a cached copy counts as fresh; older copies show at once and refresh in the background. */
  @property({ type: Number, attribute: 'max-age' }) maxAge = DEFAULT_MAX_AGE;

  protected readonly feed = new FeedController(this, { params: () => this.feedParams() });

  /** Extra `{placeholder}` values for `src`. */
  protected feedParams(): Record<string, string> {
    return {};
  }

  /**
   * Renders the feed state: skeleton while loading, error with retry, or
   * `content` (preceded by the stale note when a refresh failed).
   */
  protected renderFeed(content: (result: FeedResult) => unknown, skeleton: () => TemplateResult): unknown {
    const result = this.feed.result;
    if (result) return [result.stale ? staleNote(() => this.feed.retry()) : nothing, content(result)];
    if (this.feed.error || (this.src && !this.feed.url)) return errorState(() => this.feed.retry());
    if (this.feed.pending) return [loadingLabel(), skeleton()];
    return html`<slot></slot>`;
  }
}
