import { html, nothing, type PropertyValues } from 'lit';
import { msg } from '@lit/localize';
import { FeedElement } from '../../base/feed-element.js';
import { emptyState } from '../../base/states.js';
import { loadFeed } from '../../feed/loader.js';
import type { Feed, FeedItem } from '../../feed/types.js';
import { cardSkeleton, filterByTag, newsCard, sortNewestFirst, type CardOptions } from '../shared/news-card.js';
import { newsListStyles } from './news-list.styles.js';

interface Pages {
  /** The first page these extra pages continue. */
  first: Feed;
  /** Items from pages 2…n, each page sorted on its own and appended. */
  items: FeedItem[];
  /** The next page still to load, if any. */
  nextUrl?: string;
  /** Page URLs already loaded, so a `next_url` loop ends. */
  visited: Set<string>;
}

/**
 * The province's latest news as a list or a responsive grid of cards.
 *
 * Items are shown newest first (`date_published`); undated items come last in
 * feed order. "Xem thêm" reveals `page-size` more items, loading the feed's
 * `next_url` page when the loaded ones run out, and moves focus to the first
 * newly shown item.
 *
 * Renamed in 0.2 (the old names work, with a one-time console note, until 0.3):
 * `limit`, `hide-images`, `hide-dates`, `hide-summaries` and `hide-more` are
 * `page-size`, `hide-image`, `hide-date`, `hide-summary` and `hide-load-more`
 * (as on `<pw-article-card>` and `<pw-training-calendar>`), and the part `more`
 * is `load-more` (as in the calendar, where `more` is the "+N" button).
 *
 * @tag pw-news-list
 * @summary News cards from a JSON Feed, with "more news" and every loading state.
 *
 * @slot - Fallback content: shown before the element is defined and in the error state (e.g. a plain link to the portal).
 *
 * @csspart base - The wrapper; its `lang` is the interface language (feed text carries the feed's or item's own).
 * @csspart list - The `<ul>` of items.
 * @csspart item - One item (`<li>`).
 * @csspart image - An item's image.
 * @csspart date - An item's date.
 * @csspart title - An item's title heading.
 * @csspart summary - An item's summary.
 * @csspart tags - An item's tag list.
 * @csspart load-more - The "Xem thêm" (more news) button.
 * @csspart empty - The empty-state message.
 * @csspart error - The error state.
 * @csspart retry - The error state's retry button.
 * @csspart stale - The note shown when a refresh failed.
 *
 * @cssprop --pw-news-list-gap - Space between items. Default `var(--pw-space, 1em)`.
 * @cssprop --pw-news-list-columns-min - Minimum card width in the grid layout. Default `16em`.
 * @cssprop --pw-news-list-image-ratio - Image aspect ratio. Default `16 / 9`.
 * @cssprop --pw-news-list-image-width - Image column width in the list layout. Default `34%`.
 * @cssprop --pw-news-list-title-size - Title font size. Default `1.125em`.
 * @cssprop --pw-news-list-title-color - Title link colour. Default the text colour.
 * @cssprop --pw-news-list-title-lines - Lines reserved for a title; longer titles are clamped. Default `3`.
 * @cssprop --pw-news-list-summary-lines - Lines of summary before it is clamped (`none` to show all). Default `4`.
 * @cssprop --pw-news-list-card-background - Card background. Default transparent (list), muted surface (grid).
 * @cssprop --pw-news-list-card-padding - Card padding. Default `0` (list), `0.75em` (grid).
 *
 * @fires pw-feed-load - The feed loaded (from the core's FeedController).
 * @fires pw-feed-error - The feed could not be loaded (from the core's FeedController).
 */
export class PwNewsList extends FeedElement {
  static override styles = [...FeedElement.styles, ...newsListStyles];

  static override get properties() {
    return {
      pageSize: { type: Number, attribute: 'page-size' },
      layout: { reflect: true },
      tag: {},
      headingLevel: { type: Number, attribute: 'heading-level' },
      target: {},
      hideImage: { type: Boolean, attribute: 'hide-image' },
      hideDate: { type: Boolean, attribute: 'hide-date' },
      hideSummary: { type: Boolean, attribute: 'hide-summary' },
      hideTags: { type: Boolean, attribute: 'hide-tags' },
      hideLoadMore: { type: Boolean, attribute: 'hide-load-more' },
      extra: { state: true, attribute: false },
      pages: { state: true, attribute: false },
      loadingMore: { state: true, attribute: false },
      moreFailed: { state: true, attribute: false },
    };
  }

  /** This element's names renamed in 0.2 (issue 12), kept working until 0.3. */
  static override renamed = {
    attributes: {
      'hide-images': 'hide-image',
      'hide-dates': 'hide-date',
      'hide-summaries': 'hide-summary',
      'hide-more': 'hide-load-more',
      limit: 'page-size',
    },
    parts: { more: 'load-more' },
  };

  /** Allowed values of `layout`. */
  static override enums = { layout: ['list', 'grid'] };

  /** How many items to show, and how many more each "Xem thêm" reveals (1–100). */
  pageSize = 6;

  /** `list` (default) or `grid` (responsive columns). */
  layout: 'list' | 'grid' = 'list';

  /** Show only items with this tag; case and diacritics are ignored ("dan van" matches "Dân vận"). */
  tag?: string;

  /**
   * Level of the item title headings, 1–6. Default: one below the nearest heading
   * before the element in the page, or 2 when there is none.
   */
  override headingLevel?: number;

  /** `target` for item links, e.g. `_blank` or `_top` inside an iframe. */
  target?: string;

  /** Hide item images. */
  hideImage = false;

  /** Hide item dates. */
  hideDate = false;

  /** Hide item summaries. */
  hideSummary = false;

  /** Hide item tags. */
  hideTags = false;

  /** Hide the "Xem thêm" button. */
  hideLoadMore = false;

  /** @deprecated Use `pageSize` (attribute `page-size`); works until 0.3. */
  declare limit: number;
  /** @deprecated Use `hideImage` (attribute `hide-image`); works until 0.3. */
  declare hideImages: boolean;
  /** @deprecated Use `hideDate` (attribute `hide-date`); works until 0.3. */
  declare hideDates: boolean;
  /** @deprecated Use `hideSummary` (attribute `hide-summary`); works until 0.3. */
  declare hideSummaries: boolean;
  /** @deprecated Use `hideLoadMore` (attribute `hide-load-more`); works until 0.3. */
  declare hideMore: boolean;

  /** Items shown beyond `page-size` after "more". */
  private extra = 0;
  private pages?: Pages;
  private loadingMore = false;
  private moreFailed = false;
  /** Index of the first item to focus after the next render. */
  private focusIndex?: number;
  private moreAbort?: AbortController;

  private get step(): number {
    const n = Math.floor(Number(this.pageSize));
    return Number.isFinite(n) && n > 0 ? Math.min(n, 100) : 6;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.moreAbort?.abort();
    this.loadingMore = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('tag') || changed.has('pageSize') || changed.has('src')) this.resetPaging();
    const feed = this.feed.result?.feed;
    if (this.pages && feed && this.pages.first !== feed) {
      // A background refresh of the same URL keeps what the reader revealed (items are de-duplicated);
      // another URL (a locale switch on a {lang} feed) starts over.
      if (feed.url === this.pages.first.url) this.pages = { ...this.pages, first: feed };
      else this.resetPaging();
    } else if (this.pages && !feed && !this.feed.pending) {
      this.resetPaging();
    }
  }

  private resetPaging() {
    this.extra = 0;
    this.pages = undefined;
    this.moreFailed = false;
    this.loadingMore = false;
    this.moreAbort?.abort();
  }

  /**
   * The first page sorted and filtered, computed once per feed object and tag:
   * re-renders (a "more" click, a locale change, an unrelated property) reuse it,
   * so a render costs what it shows, not the feed's size.
   */
  private sorted?: { feed: Feed; tag?: string; items: FeedItem[] };

  private firstPage(feed: Feed): FeedItem[] {
    const memo = this.sorted;
    if (memo?.feed === feed && memo.tag === this.tag) return memo.items;
    const items = filterByTag(sortNewestFirst(feed.items), this.tag);
    this.sorted = { feed, tag: this.tag, items };
    return items;
  }

  /** The items to choose from: the first page, then any further pages in order. */
  private allItems(feed: Feed): { items: FeedItem[]; nextUrl?: string } {
    const first = this.firstPage(feed);
    if (!this.pages || this.pages.first !== feed) return { items: first, nextUrl: feed.nextUrl };
    const seen = new Set(first.map((i) => i.id));
    return {
      items: [...first, ...this.pages.items.filter((i) => !seen.has(i.id))],
      nextUrl: this.pages.nextUrl,
    };
  }

  private cardOptions(feed: Feed): CardOptions {
    return {
      locale: this.localeInfo,
      feedLang: feed.language,
      headingLevel: this.level,
      target: this.target || undefined,
      hideImage: this.hideImage,
      hideDate: this.hideDate,
      hideSummary: this.hideSummary,
      hideTags: this.hideTags,
    };
  }

  private get layoutName(): string {
    return this.layout === 'grid' ? 'grid' : 'list';
  }

  override render() {
    return this.renderFeed(
      ({ feed }) => this.renderList(feed),
      () => this.renderSkeleton(),
    );
  }

  private renderList(feed: Feed) {
    const { items, nextUrl } = this.allItems(feed);
    const shown = items.slice(0, this.step + this.extra);
    const canMore = !this.hideLoadMore && (items.length > shown.length || !!nextUrl);
    const options = this.cardOptions(feed);
    // The base is in the interface language; feed text carries the feed's (or item's) own.
    return html`<div part="base" class="base layout-${this.layoutName}" lang=${this.locale}>
      ${
        shown.length
          ? html`<ul part="list" class="items">
            ${shown.map((item) => html`<li part="item" class="item">${newsCard(item, options)}</li>`)}
          </ul>`
          : emptyState(msg('Chưa có tin bài', { id: 'news.empty' }))
      }
      ${
        canMore || this.moreFailed
          ? html`<div class="more-row">
            ${
              this.moreFailed
                ? html`<p class="more-error" role="alert">${msg('Không tải được thêm tin.', { id: 'news.more-error' })}</p>`
                : nothing
            }
            ${
              canMore
                ? html`<button part="load-more more" class="more" type="button" aria-disabled=${this.loadingMore ? 'true' : 'false'}
                  @click=${() => this.showMore(items.length, shown.length, nextUrl)}>
                  ${this.loadingMore ? msg('Đang tải…', { id: 'news.loading-more' }) : msg('Xem thêm', { id: 'news.more' })}
                </button>`
                : nothing
            }
            <span class="visually-hidden" role="status">${this.loadingMore ? msg('Đang tải…', { id: 'news.loading-more' }) : ''}</span>
          </div>`
          : nothing
      }
    </div>`;
  }

  private renderSkeleton() {
    const card = cardSkeleton(this);
    // `page-size` cards with the loaded cards' geometry, and the "more" row: the list does not grow when the feed arrives.
    return html`<div part="base" class="base layout-${this.layoutName}" lang=${this.locale}>
      <ul class="items skeleton-items" aria-hidden="true">
        ${Array.from({ length: this.step }, () => html`<li class="item">${card}</li>`)}
      </ul>
      ${this.hideLoadMore ? nothing : html`<div class="more-row" aria-hidden="true"><span class="skeleton more-skeleton"></span></div>`}
    </div>`;
  }

  /** Reveals the next `page-size` items, loading the next page when needed, then focuses the first new one. */
  private async showMore(available: number, shown: number, nextUrl?: string) {
    if (this.loadingMore) return;
    this.moreFailed = false;
    if (available <= shown && nextUrl) {
      const first = this.feed.result?.feed;
      if (!first) return;
      this.loadingMore = true;
      const abort = new AbortController();
      this.moreAbort = abort;
      try {
        const pages: Pages = this.pages
          ? { ...this.pages, visited: new Set(this.pages.visited) }
          : { first, items: [], visited: new Set([first.url]) };
        const known = new Set([...first.items, ...pages.items].map((i) => i.id));
        let url: string | undefined = nextUrl;
        let added = 0;
        // A filtered list may find nothing new on a page: keep going, up to 5 pages per click.
        for (let n = 0; url && !added && n < 5; n++) {
          pages.visited.add(url);
          const { feed: page } = await loadFeed(url, {
            signal: abort.signal,
            timeout: this.timeout,
            maxAge: this.maxAge,
          });
          if (abort.signal.aborted || this.feed.result?.feed !== first) return;
          const fresh = filterByTag(sortNewestFirst(page.items), this.tag).filter((i) => !known.has(i.id));
          fresh.forEach((i) => known.add(i.id));
          added += fresh.length;
          // A next_url that points back to a page already seen ends the chain.
          url = page.nextUrl && !pages.visited.has(page.nextUrl) ? page.nextUrl : undefined;
          pages.items = [...pages.items, ...fresh];
          pages.nextUrl = url;
          this.pages = { ...pages };
        }
      } catch {
        if (abort.signal.aborted) return;
        this.moreFailed = true;
        return;
      } finally {
        if (this.moreAbort === abort) this.loadingMore = false;
      }
    }
    this.extra += this.step;
    this.focusIndex = shown;
    await this.updateComplete;
    this.focusNew();
  }

  private focusNew() {
    const index = this.focusIndex;
    this.focusIndex = undefined;
    if (index === undefined) return;
    const items = this.renderRoot.querySelectorAll<HTMLElement>('li.item');
    const title = (li?: HTMLElement) => li?.querySelector<HTMLElement>('.title-link, .title-text');
    if (items[index]) {
      title(items[index])?.focus();
    } else {
      // Nothing new after all (the last page was empty): stay on the button, or the last item when it is gone.
      (this.renderRoot.querySelector<HTMLElement>('.more') ?? title(items[items.length - 1]))?.focus();
    }
  }
}
