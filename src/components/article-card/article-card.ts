import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { Task } from '@lit/task';
import { FeedElement } from '../../base/feed-element.js';
import { emptyState, skeletonLine } from '../../base/states.js';
import { formatDateTime, isoString } from '../../shared/dates.js';
import { paragraphs } from '../../shared/text.js';
import { safeUrl } from '../../shared/url.js';
import { sanitizeHtml } from '../../shared/sanitize.js';
import { LOCALES } from '../../locale/locales.js';
import type { Feed, FeedItem } from '../../feed/types.js';
import {
  cardSkeleton, clampLevel, heading, newsCard, sortNewestFirst, tagList, untitled,
} from '../news-list/news-card.js';
import { articleCardStyles } from './article-card.styles.js';

type BodyArgs = [html: string | undefined, base: string | undefined, minHeading: number, target: string | undefined];

/**
 * One article from a JSON Feed: a news card, or the whole article the way the
 * portal's article page shows it (date, title, lead, body with figures and
 * captions, author, tags, link to the other language's version).
 *
 * The body (`content_html`) goes through the sanitizer only: DOMPurify, loaded
 * on demand as a separate chunk, then the project's allowlist. Nothing from
 * the feed runs.
 *
 * @tag pw-article-card
 * @summary A single article from a feed, as a card or in full.
 *
 * @slot - Fallback content: shown before the element is defined and in the error state.
 *
 * @csspart base - The wrapper (`<article>` in the full variant); carries `lang`.
 * @csspart item - The card (card variant).
 * @csspart image - The card image, or the full article's banner image.
 * @csspart date - The publication date and time.
 * @csspart title - The title heading.
 * @csspart summary - The summary (the lead, in the full variant).
 * @csspart body - The article body (full variant).
 * @csspart byline - The author line (full variant).
 * @csspart tags - The tag list.
 * @csspart translations - Links to the article in other languages (full variant).
 * @csspart empty - The empty / not-found message.
 * @csspart error - The error state.
 * @csspart retry - The error state's retry button.
 * @csspart stale - The note shown when a refresh failed.
 *
 * @cssprop --pw-article-card-max-width - Measure of the full article. Default `48em`.
 * @cssprop --pw-article-card-title-size - Title font size. Default `1.125em` (card), `1.75em` (full).
 * @cssprop --pw-article-card-title-color - Title colour. Default the text colour.
 * @cssprop --pw-article-card-lead-weight - Font weight of the lead. Default `600`.
 * @cssprop --pw-article-card-image-ratio - Card image aspect ratio. Default `16 / 9`.
 * @cssprop --pw-article-card-image-width - Card image column width. Default `34%`.
 * @cssprop --pw-article-card-title-lines - Card title lines reserved; longer titles are clamped. Default `3`.
 * @cssprop --pw-article-card-summary-lines - Card summary lines before clamping (`none` for all). Default `4`.
 * @cssprop --pw-article-card-caption-color - Figure caption colour. Default the muted text colour.
 *
 * @fires pw-feed-load - The feed loaded (from the core's FeedController).
 * @fires pw-feed-error - The feed could not be loaded (from the core's FeedController).
 */
export class PwArticleCard extends FeedElement {
  static override styles = [...FeedElement.styles, ...articleCardStyles];

  /** The item's `id`. Without it, the newest item is shown. */
  @property({ attribute: 'item-id' }) itemId?: string;

  /** `card` (default): a news card. `full`: the whole article. */
  @property({ reflect: true }) variant: 'card' | 'full' = 'card';

  /** Level of the title heading, 1–6. Default 3 for a card, 2 for the full article. Body headings are placed below it. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel?: number;

  /** `target` for the card's title link and for links to other sites in the body (default `_blank` there). */
  @property() target?: string;

  /** Hide the image. */
  @property({ type: Boolean, attribute: 'hide-image' }) hideImage = false;

  /** Hide the date. */
  @property({ type: Boolean, attribute: 'hide-date' }) hideDate = false;

  /** Hide the summary (in the full variant: the lead). */
  @property({ type: Boolean, attribute: 'hide-summary' }) hideSummary = false;

  /** Hide the tags. */
  @property({ type: Boolean, attribute: 'hide-tags' }) hideTags = false;

  /** The sanitized body, kept as one element so re-renders (a locale switch, say) never rebuild it. */
  private readonly body = new Task<BodyArgs, HTMLElement | undefined>(this, {
    task: async ([source, base, minHeading, target]) => {
      if (!source || !base) return undefined;
      const fragment = await sanitizeHtml(source, { baseUrl: base, minHeadingLevel: minHeading, externalTarget: target });
      const el = document.createElement('div');
      el.setAttribute('part', 'body');
      el.className = 'body';
      el.append(fragment);
      return el;
    },
    args: (): BodyArgs => {
      const result = this.variant === 'full' ? this.feed.result : undefined;
      const item = result ? this.pick(result.feed) : undefined;
      return [item?.contentHtml, result?.feed.url, Math.min(6, this.level + 1), this.target || undefined];
    },
  });

  private get level(): number {
    return clampLevel(this.headingLevel, this.variant === 'full' ? 2 : 3);
  }

  /** The item to show: `item-id`, else the newest. */
  private pick(feed: Feed): FeedItem | undefined {
    if (this.itemId) return feed.items.find((i) => i.id === this.itemId);
    return sortNewestFirst(feed.items)[0];
  }

  override render() {
    return this.renderFeed(
      ({ feed }) => {
        const item = this.pick(feed);
        if (!item) {
          return html`<div part="base" class="base" lang=${this.locale}>
            ${emptyState(
              this.itemId && feed.items.length
                ? msg('Không tìm thấy bài viết.', { id: 'article.not-found' })
                : msg('Chưa có tin bài', { id: 'article.empty' }),
            )}
          </div>`;
        }
        const lang = item.language ?? feed.language ?? this.locale;
        return this.variant === 'full' ? this.renderFull(item, feed, lang) : this.renderCard(item, lang);
      },
      () => (this.variant === 'full' ? this.renderFullSkeleton() : this.renderCardSkeleton()),
    );
  }

  private renderCard(item: FeedItem, lang: string) {
    return html`<div part="base item" class="base variant-card" lang=${lang}>
      ${newsCard(item, {
        locale: this.locale,
        headingLevel: this.level,
        target: this.target || undefined,
        hideImage: this.hideImage,
        hideDate: this.hideDate,
        hideSummary: this.hideSummary,
        hideTags: this.hideTags,
      })}
    </div>`;
  }

  private renderFull(item: FeedItem, feed: Feed, lang: string) {
    const date = item.datePublished;
    const banner = this.hideImage ? undefined : item.bannerImage;
    return html`<article part="base" class="base variant-full" lang=${lang} aria-labelledby="title">
      ${date && !this.hideDate
        ? html`<p class="dateline"><time part="date" class="date" datetime=${isoString(date)}>${formatDateTime(date, this.locale)}</time></p>`
        : nothing}
      ${heading(this.level, { part: 'title', cls: 'title', id: 'title' }, item.title || untitled())}
      ${item.summary && !this.hideSummary ? html`<p part="summary" class="lead">${item.summary}</p>` : nothing}
      ${banner
        ? html`<img part="image" class="banner" src=${banner} alt=${item.imageAlt ?? ''} loading="lazy" decoding="async" />`
        : nothing}
      ${this.renderBody(item)}
      ${this.renderByline(item)}
      ${this.hideTags ? nothing : tagList(item.tags)}
      ${this.renderTranslations(item, feed, lang)}
    </article>`;
  }

  private renderBody(item: FeedItem): unknown {
    const text = () =>
      item.contentText
        ? html`<div part="body" class="body">${paragraphs(item.contentText).map((p) => html`<p>${p}</p>`)}</div>`
        : nothing;
    if (!item.contentHtml) return text();
    return this.body.render({
      initial: () => this.bodySkeleton(),
      pending: () => this.bodySkeleton(),
      complete: (el) => el ?? text(),
      error: () => {
        if (item.contentText) return text();
        return html`<p class="body-error">${msg('Không hiển thị được nội dung bài viết.', { id: 'article.body-error' })}</p>`;
      },
    });
  }

  private bodySkeleton(): TemplateResult {
    return html`<div class="body body-skeleton" aria-hidden="true">
      ${[100, 97, 99, 62].map((w) => html`<div class="skeleton-para">${skeletonLine(w)}</div>`)}
    </div>`;
  }

  private renderByline(item: FeedItem) {
    if (!item.authors.length) return nothing;
    return html`<p part="byline" class="byline">
      <span class="visually-hidden">${msg('Tác giả:', { id: 'article.author' })} </span>${item.authors.map(
        (a, i) => html`${i ? ', ' : ''}${a.url ? html`<a href=${a.url} rel="author">${a.name}</a>` : a.name}`,
      )}
    </p>`;
  }

  private renderTranslations(item: FeedItem, feed: Feed, lang: string) {
    const own = lang.toLowerCase().split('-')[0];
    const links = Object.entries(item.translations).filter(([code]) => code.toLowerCase().split('-')[0] !== own);
    if (!links.length) return nothing;
    return html`<p part="translations" class="translations" lang=${this.locale}>
      <span class="translations-label">${msg('Bài viết này bằng ngôn ngữ khác:', { id: 'article.translations' })}</span>
      ${links.map(([code, t]) => {
        const href = safeUrl(t.url, feed.url, 'http');
        const name = LOCALES.find((l) => l.code === code.toLowerCase().split('-')[0])?.nativeName ?? code;
        return href
          ? html`<a class="translation" href=${href} hreflang=${code} lang=${code}>${name}${t.title ? html`: ${t.title}` : nothing}</a>`
          : nothing;
      })}
    </p>`;
  }

  private renderCardSkeleton() {
    return html`<div part="base" class="base variant-card" lang=${this.locale}>
      ${cardSkeleton({ hideImage: this.hideImage, hideDate: this.hideDate, hideSummary: this.hideSummary, hideTags: this.hideTags })}
    </div>`;
  }

  private renderFullSkeleton() {
    return html`<div part="base" class="base variant-full full-skeleton" lang=${this.locale} aria-hidden="true">
      <p class="dateline">${skeletonLine(22, '0.9em')}</p>
      <div class="title skeleton-text">${skeletonLine(95, '1.3em')}${skeletonLine(70, '1.3em')}</div>
      ${this.hideSummary ? nothing : html`<div class="lead skeleton-text">${skeletonLine(100)}${skeletonLine(100)}${skeletonLine(55)}</div>`}
      ${this.bodySkeleton()}
    </div>`;
  }
}
