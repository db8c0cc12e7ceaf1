/**
 * One news card, shared by `pw-news-list` and `pw-article-card variant="card"`.
 * Text only through Lit bindings: a card never renders `content_html`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { addTranslations } from '../../locale/locales.js';
import { translations } from '../../locale/generated/strings/news.js';
import type { FeedItem } from '../../feed/types.js';
import { formatDateTime, isoString, type DateLocale } from '../../shared/dates.js';
import { foldForSearch, htmlText, truncateWords } from '../../shared/text.js';
import { heading } from '../../base/heading.js';

// The news cards' and list's strings in every locale, registered once, before its first render.
addTranslations(translations);

/** Characters of `content_text` shown when an item has no summary. */
export const SUMMARY_FALLBACK_CHARS = 220;

export interface CardOptions {
  /** The locale's row (LocaleInfo): the interface language, for dates and labels. */
  locale: DateLocale;
  /** The feed's language; an item's own `language` wins. Set on the feed's text only (WCAG 3.1.2). */
  feedLang?: string;
  /** Level of the title heading, 1–6. */
  headingLevel: number;
  /** `target` for the title link; a link with any target gets `rel="noopener noreferrer"`. */
  target?: string;
  hideImage?: boolean;
  hideDate?: boolean;
  hideSummary?: boolean;
  hideTags?: boolean;
}

/** Newest first by `date_published`; undated items last, in feed order. */
export function sortNewestFirst(items: readonly FeedItem[]): FeedItem[] {
  return [...items].sort((a, b) => {
    const ta = a.datePublished?.getTime();
    const tb = b.datePublished?.getTime();
    if (ta !== undefined && tb !== undefined && ta !== tb) return tb - ta;
    if (ta === undefined && tb !== undefined) return 1;
    if (tb === undefined && ta !== undefined) return -1;
    return a.index - b.index;
  });
}

/** Items carrying `tag`, ignoring case and diacritics. */
export function filterByTag(items: readonly FeedItem[], tag: string | undefined | null): FeedItem[] {
  const want = tag ? foldForSearch(tag) : '';
  if (!want) return [...items];
  return items.filter((i) => i.tags.some((t) => foldForSearch(t) === want));
}

/** The link a card's title points to. */
export const itemLink = (item: FeedItem): string | undefined => item.url ?? item.externalUrl;

/** Characters of text shown as the title of an item that has none. */
export const TITLE_FALLBACK_CHARS = 90;

/** The card's summary: `summary`, else `content_text` cut at a word boundary (unless it already is the title). Never `content_html`. */
export const cardSummary = (item: FeedItem): string | undefined =>
  item.summary ??
  (item.contentText && item.title ? truncateWords(item.contentText, SUMMARY_FALLBACK_CHARS) : undefined);

export const untitled = (): string => msg('(Không có tiêu đề)', { id: 'news.untitled' });

/**
 * The title, else the first words of the item's text (micro-blog posts have
 * none): `content_text`, or the text of `content_html`, shown as plain text.
 */
export const cardTitle = (item: FeedItem): string =>
  item.title ||
  truncateWords(item.contentText || (item.contentHtml ? htmlText(item.contentHtml) : ''), TITLE_FALLBACK_CHARS) ||
  untitled();

function hideBrokenImage(e: Event) {
  (e.target as HTMLElement).closest('.media')?.classList.add('media-broken');
}

/** The tags, each in the content language `lang`; the list's name is an interface string. */
export function tagList(tags: readonly string[], lang?: string): TemplateResult | typeof nothing {
  if (!tags.length) return nothing;
  return html`<ul part="tags" class="tags" aria-label=${msg('Thẻ', { id: 'news.tags' })}>
    ${tags.map((t) => html`<li class="tag" lang=${lang ?? nothing}>${t}</li>`)}
  </ul>`;
}

/** A card's content, for a wrapper that carries `part="item"` (an `<li>`, or the article card's base). */
export function newsCard(item: FeedItem, o: CardOptions): TemplateResult {
  const href = itemLink(item);
  const image = o.hideImage ? undefined : (item.image ?? item.bannerImage);
  const summary = o.hideSummary ? undefined : cardSummary(item);
  const title = cardTitle(item);
  const date = item.datePublished;
  const target = o.target && href ? o.target : undefined;
  const lang = item.language ?? o.feedLang;
  return html`
    <article class="card ${image ? 'has-image' : 'no-image'}" data-id=${item.id}>
      ${
        image
          ? html`<div class="media">
            <img part="image" class="image" src=${image} alt=${item.imageAlt ?? ''} lang=${lang ?? nothing} loading="lazy" decoding="async"
              @error=${hideBrokenImage} />
          </div>`
          : nothing
      }
      <div class="text">
        ${heading(
          o.headingLevel,
          // The feed's title or text is in the feed's language; the "(no title)" fallback is an interface string.
          { part: 'title', cls: 'title', lang: title === untitled() ? undefined : lang },
          !href
            ? html`<span class="title-text" tabindex="-1">${title}</span>`
            : target
              ? // Any target can open a new browsing context (`_new`, a named frame): never hand it `window.opener`.
                html`<a class="title-link" href=${href} target=${target} rel="noopener noreferrer">${title}</a>`
              : html`<a class="title-link" href=${href}>${title}</a>`,
        )}
        ${
          date && !o.hideDate
            ? html`<time part="date" class="date" datetime=${isoString(date)}>${formatDateTime(date, o.locale)}</time>`
            : nothing
        }
        ${summary ? html`<p part="summary" class="summary" lang=${lang ?? nothing}>${summary}</p>` : nothing}
        ${o.hideTags ? nothing : tagList(item.tags, lang)}
      </div>
    </article>
  `;
}

/**
 * A placeholder with the card's final geometry: same image ratio, same line boxes.
 * One static template with a single binding (the class): the hidden blocks are
 * `display: none` and the line sizes come from the card styles, so ten skeleton
 * cards cost ten clones rather than a hundred template parts and style writes.
 */
export function cardSkeleton(
  o: Pick<CardOptions, 'hideImage' | 'hideDate' | 'hideSummary' | 'hideTags'>,
): TemplateResult {
  const cls =
    (o.hideImage ? 'no-image' : 'has-image') +
    (o.hideDate ? ' no-date' : '') +
    (o.hideSummary ? ' no-summary' : '') +
    (o.hideTags ? ' no-tags' : '');
  return html`<div class="card card-skeleton ${cls}" aria-hidden="true"><div class="media skeleton"></div><div class="text"><div class="title skeleton-text"><span class="skeleton"></span><span class="skeleton"></span></div><div class="date skeleton-text"><span class="skeleton"></span></div><div class="summary skeleton-text"><span class="skeleton"></span><span class="skeleton"></span><span class="skeleton"></span></div><div class="tags skeleton-text"><span class="skeleton"></span></div></div></div>`;
}
