import { isServer, html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { translations } from '../../locale/generated/strings/article.js';
import { TaskController } from '../../base/task-controller.js';
import { FeedElement } from '../../base/feed-element.js';
import { heading } from '../../base/heading.js';
import { lazyModule } from '../../base/lazy-module.js';
import { emptyState, skeletonLine } from '../../base/states.js';
import { formatDateTime, isoString } from '../../shared/dates.js';
import { paragraphs } from '../../shared/text.js';
import { safeUrl } from '../../shared/url.js';
import { addTranslations, localeInfo, matchLocale } from '../../locale/locales.js';
import type { Feed, FeedItem } from '../../feed/types.js';
import { cardSkeleton, cardTitle, newsCard, sortNewestFirst, tagList, untitled } from '../shared/news-card.js';
import { articleCardStyles } from './article-card.styles.js';

// This element's strings in every locale, registered once, before its first render.
addTranslations(translations);

/** The sanitizer and DOMPurify: one lazy chunk, fetched only by a full article. */
const sanitizer = lazyModule(() => import('../../shared/sanitize.js'));

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
 * @slot - Fallback content: shown before the element is defined, in the error state, and under the message when `item-id` matches nothing or the feed is empty.
 *
 * @csspart base - The wrapper (`<article>` in the full variant); its `lang` is the interface language (the article's text carries its own).
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

  static override get properties() {
    return {
      itemId: { attribute: 'item-id' },
      variant: { reflect: true },
      headingLevel: { type: Number, attribute: 'heading-level' },
      target: {},
      hideImage: { type: Boolean, attribute: 'hide-image' },
      hideDate: { type: Boolean, attribute: 'hide-date' },
      hideSummary: { type: Boolean, attribute: 'hide-summary' },
      hideTags: { type: Boolean, attribute: 'hide-tags' },
    };
  }

  /** Allowed values of `variant`. */
  static override enums = { variant: ['card', 'full'] };

  /** The item's `id`. Without it, the newest item is shown. */
  itemId?: string;

  /** `card` (default): a news card. `full`: the whole article. */
  variant: 'card' | 'full' = 'card';

  /**
   * Level of the title heading, 1–6; body headings are placed below it. Default: one below
   * the nearest heading before the element in the page, or 2 when there is none.
   */
  override headingLevel?: number;

  /** `target` for the card's title link and for links to other sites in the body (default `_blank` there). */
  target?: string;

  /** Hide the image. */
  hideImage = false;

  /** Hide the date. */
  hideDate = false;

  /** Hide the summary (in the full variant: the lead). */
  hideSummary = false;

  /** Hide the tags. */
  hideTags = false;

  /** The sanitized body, kept as one element so re-renders (a locale switch, say) never rebuild it. */
  private readonly body = new TaskController<BodyArgs, HTMLElement | undefined>(
    this,
    async ([source, base, minHeading, target]) => {
      if (!source || !base) return undefined;
      const lib = await sanitizer.load(this, 'the article body');
      // The body's error state: its text version, else a short message.
      if (!lib) throw new Error('no sanitizer');
      const fragment = await lib.sanitizeHtml(source, {
        baseUrl: base,
        safeUrl,
        minHeadingLevel: minHeading,
        externalTarget: target,
      });
      const el = document.createElement('div');
      el.setAttribute('part', 'body');
      el.className = 'body';
      el.append(fragment);
      return el;
    },
    (): BodyArgs => {
      const result = this.variant === 'full' ? this.feed.result : undefined;
      const item = result ? this.pick(result.feed) : undefined;
      return [item?.contentHtml, result?.feed.url, Math.min(6, this.level + 1), this.target || undefined];
    },
  );

  override connectedCallback(): void {
    super.connectedCallback();
    // A full article nearly always has an HTML body: fetch the sanitizer's chunk alongside the feed,
    // not after it. A failure here surfaces, handled, when the body task imports it.
    if (this.variant === 'full') void sanitizer.load();
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
          const missing = this.itemId && feed.items.length;
          if (missing)
            this.warnOnce(
              'id',
              'item-id',
              this.itemId,
              feed.items.map((i) => i.id),
            );
          // The fallback (a link to the portal, say) is still better than the message alone.
          return html`<div part="base" class="base" lang=${this.locale}>
            ${emptyState(
              missing
                ? msg('Không tìm thấy bài viết.', { id: 'article.not-found' })
                : msg('Chưa có tin bài', { id: 'article.empty' }),
            )}<slot></slot>
          </div>`;
        }
        // The base is in the interface language; feed text carries the item's (or feed's) own.
        const lang = item.language ?? feed.language;
        return this.variant === 'full' ? this.renderFull(item, feed, lang) : this.renderCard(item, feed);
      },
      () => (this.variant === 'full' ? this.renderFullSkeleton() : this.renderCardSkeleton()),
    );
  }

  private renderCard(item: FeedItem, feed: Feed) {
    return html`<div part="base item" class="base variant-card" lang=${this.locale}>
      ${newsCard(item, {
        locale: this.localeInfo,
        feedLang: feed.language,
        headingLevel: this.level,
        target: this.target || undefined,
        hideImage: this.hideImage,
        hideDate: this.hideDate,
        hideSummary: this.hideSummary,
        hideTags: this.hideTags,
      })}
    </div>`;
  }

  private renderFull(item: FeedItem, feed: Feed, lang: string | undefined) {
    const l = lang ?? nothing;
    const date = item.datePublished;
    const banner = this.hideImage ? undefined : item.bannerImage;
    return html`<article part="base" class="base variant-full" lang=${this.locale} aria-labelledby="title">
      ${
        date && !this.hideDate
          ? html`<p class="dateline"><time part="date" class="date" datetime=${isoString(date)}>${formatDateTime(date, this.localeInfo)}</time></p>`
          : nothing
      }
      ${heading(this.level, { part: 'title', cls: 'title', id: 'title', lang: cardTitle(item) === untitled() ? undefined : lang }, cardTitle(item))}
      ${item.summary && !this.hideSummary ? html`<p part="summary" class="lead" lang=${l}>${item.summary}</p>` : nothing}
      ${
        banner
          ? html`<img part="image" class="banner" src=${banner} alt=${item.imageAlt ?? ''} lang=${l} loading="lazy" decoding="async" />`
          : nothing
      }
      ${this.renderBody(item, lang)}
      ${
        // What follows the body waits for it: drawn below the body's skeleton, it would jump down
        // when the body arrives (the demo's layout shift of 0.074). The server renderer (`render`) has
        // no DOM to sanitize with: it writes what the browser's first render shows, the skeleton alone.
        item.contentHtml && (isServer || this.body.state === 'pending')
          ? nothing
          : html`${this.renderByline(item, lang)}${this.hideTags ? nothing : tagList(item.tags, lang)}${this.renderTranslations(item, feed, lang ?? this.locale)}`
      }
    </article>`;
  }

  private renderBody(item: FeedItem, lang: string | undefined): unknown {
    const text = () =>
      item.contentText
        ? html`<div part="body" class="body" lang=${lang ?? nothing}>${paragraphs(item.contentText).map((p) => html`<p>${p}</p>`)}</div>`
        : nothing;
    if (!item.contentHtml) return text();
    const { state, value: el } = this.body;
    if (state === 'complete') {
      if (el && lang) el.lang = lang;
      return el ?? text();
    }
    if (state !== 'error') return this.bodySkeleton();
    if (item.contentText) return text();
    return html`<p class="body-error">${msg('Không hiển thị được nội dung bài viết.', { id: 'article.body-error' })}</p>`;
  }

  private bodySkeleton(): TemplateResult {
    return html`<div class="body body-skeleton" aria-hidden="true">
      ${[100, 97, 99, 62].map((w) => html`<div class="skeleton-para">${skeletonLine(w)}</div>`)}
    </div>`;
  }

  private renderByline(item: FeedItem, lang: string | undefined) {
    if (!item.authors.length) return nothing;
    return html`<p part="byline" class="byline">
      <span class="visually-hidden">${msg('Tác giả:', { id: 'article.author' })} </span><span lang=${lang ?? nothing}>${item.authors.map(
        (a, i) => html`${i ? ', ' : ''}${a.url ? html`<a href=${a.url} rel="author">${a.name}</a>` : a.name}`,
      )}</span>
    </p>`;
  }

  private renderTranslations(item: FeedItem, feed: Feed, lang: string) {
    const own = matchLocale(lang) ?? lang.toLowerCase();
    const links = Object.entries(item.translations).filter(
      ([code]) => (matchLocale(code) ?? code.toLowerCase()) !== own,
    );
    if (!links.length) return nothing;
    return html`<p part="translations" class="translations">
      <span class="translations-label">${msg('Bài viết này bằng ngôn ngữ khác:', { id: 'article.translations' })}</span>
      ${links.map(([code, t]) => {
        const href = safeUrl(t.url, feed.url, 'http');
        const known = matchLocale(code);
        const name = known ? localeInfo(known).nativeName : code;
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
