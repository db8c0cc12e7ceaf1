import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { FeedController } from './feed-controller.js';
import { primeFeed, type FeedResult } from '../feed/loader.js';
import { PRERENDER_DATA, type PrerenderData } from '../shared/prerender.js';
import { PwElement } from './pw-element.js';
import { clampLevel, contextHeadingLevel } from './heading.js';
import { errorState, loadingLabel, staleNote, stateStyles } from './states.js';

/**
 * Base of the widgets that show a feed. Subclasses render content and a
 * skeleton; this class owns the loading, error and stale states.
 *
 * Light-DOM children are fallback content: they show until the element is
 * defined, stay if the script never loads, and come back in the error state.
 *
 * @slot - Fallback content, such as a link to the portal's page: shown before the widget loads, if scripts fail, and under the error message.
 * @fires {CustomEvent<FeedLoadDetail>} pw-feed-load - Feed content arrived: `{url, feed, fetchedAt, fromCache, stale}`.
 * @fires {CustomEvent<FeedErrorDetail>} pw-feed-error - The feed could not be loaded and nothing is shown: `{url, error}` where `error.kind` says why.
 * @csspart error - The error message box.
 * @csspart retry - The "Thử lại" (retry) button in the error box.
 * @csspart empty - The empty-state message.
 * @csspart stale - The "may be out of date" note shown when a refresh failed.
 */
export class FeedElement extends PwElement {
  static override styles = [...PwElement.styles, stateStyles];

  static override get properties(): PropertyDeclarations {
    return {
      src: {},
      timeout: { type: Number },
      maxAge: { type: Number, attribute: 'max-age' },
      headingLevel: { type: Number, attribute: 'heading-level' },
    };
  }

  /** Feed URL (JSON Feed). `{lang}` is replaced by the current locale. */
  src?: string;

  /** Milliseconds before a request is abandoned (the loader's default, 10 s). */
  timeout = 10000;

  /** Seconds a cached copy counts as fresh (the loader's default, 5 min); older copies show at once and refresh in the background. */
  maxAge = 300;

  /**
   * Level of the widget's top heading, 1–6. Default: one below the nearest heading
   * before the element in the page (h2 after an h1, h4 inside an h3 section), or 2 when there is none.
   */
  headingLevel?: number;

  /** The default level, found once per connection (the page's headings rarely move). */
  private pageLevel?: number;

  override connectedCallback(): void {
    // Before the controller starts its request: the pre-rendered feed makes that request unneeded.
    if (!this.hasUpdated) this.adoptPrerenderedFeed();
    super.connectedCallback();
    this.pageLevel = undefined;
  }

  /**
   * A pre-rendered element carries the feed it was rendered from and when that was fetched: it goes
   * into the loader's memory, so the first render shows the same content, and no request is made
   * while it is fresh (`max-age`). Only when it was rendered for this `src` and language.
   */
  private adoptPrerenderedFeed(): void {
    const script = this.shadowRoot?.querySelector(`script[${PRERENDER_DATA}]`);
    const url = script && this.feed.url;
    if (!url) return;
    try {
      const data = JSON.parse(script.textContent ?? '') as PrerenderData;
      if (data.src === this.src && data.lang === this.locale && typeof data.t === 'number')
        primeFeed(url, data.feed, data.t);
    } catch {
      /* a damaged pre-render: the feed is fetched as usual */
    }
  }

  /** The top heading level in use: `heading-level`, else the one that fits the page. */
  protected get level(): number {
    return clampLevel(this.headingLevel, 0) || (this.pageLevel ??= contextHeadingLevel(this));
  }

  protected readonly feed = new FeedController(this, { params: () => this.feedParams() });

  /** Without `src` there is nothing to load: say so rather than show the fallback forever. */
  protected override diagnose(changed: PropertyValues, first = false): void {
    super.diagnose(changed, first);
    if (first && !this.src) this.warnOnce('src', 'src');
  }

  /** Extra `{placeholder}` values for `src`. */
  protected feedParams(): Record<string, string> {
    return {};
  }

  /**
   * True while there is no feed to show or wait for (no `src`): the element shows only its fallback
   * content. Widgets with controls around the feed (the calendar's toolbar) render nothing else then.
   */
  protected get showsFallback(): boolean {
    return !this.feed.result && !this.feed.error && !this.feed.pending && !this.src;
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
