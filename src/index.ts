/**
 * provincial-widgets: every element, defined on import, plus the public API.
 *
 * Importing this module defines `pw-news-list`, `pw-article-card`,
 * `pw-training-calendar`, `pw-language-switcher` and `pw-share-bar` (each
 * definition is guarded, so a second copy of the library never throws).
 * To pay only for one element, import its own entry instead, for example
 * `provincial-widgets/pw-share-bar.js`.
 *
 * This is also the entry of the self-contained CDN bundles
 * (dist/cdn/provincial-widgets.js and .iife.js), which expose the same exports.
 */
import './locale/localize.js';

export { PwNewsList } from './components/news-list/define.js';
export { PwArticleCard } from './components/article-card/define.js';
export { PwTrainingCalendar } from './components/training-calendar/define.js';
export { PwLanguageSwitcher } from './components/language-switcher/define.js';
export { PwShareBar } from './components/share-bar/define.js';

export type { LocaleSwitchDetail } from './components/language-switcher/define.js';
export type { ShareStartDetail, ShareDetail, ShareTarget, ShareData } from './components/share-bar/define.js';
export type {
  CalendarView,
  EventOpenDetail,
  CalendarEventOpenDetail,
  CalendarNavigateDetail,
} from './components/training-calendar/training-calendar.js';

// Base classes, for sites that build their own widget on the same core.
export { PwElement } from './base/pw-element.js';
export { FeedElement } from './base/feed-element.js';

// The page-wide locale store.
export { getLocale, setLocale, onLocaleChange, savedLocale, LOCALE_STORAGE_KEY } from './locale/store.js';
export type { LocaleChangeDetail, SetLocaleOptions } from './locale/store.js';
export { LOCALES, SOURCE_LOCALE, isLocale, matchLocale, localeInfo, registerLocale } from './locale/locales.js';
export type { Locale, LocaleInfo, LocaleDefinition, LocaleTemplates } from './locale/locales.js';
export type { DateLocale, DatePatterns, DateNames } from './shared/dates.js';

// The shared feed loader and the feed contract.
export { loadFeed, refreshFeed, subscribeFeed, clearFeedCache } from './feed/loader.js';
export type { LoadOptions, FeedResult } from './feed/loader.js';
export { parseFeedText, parseFeedJson } from './feed/parse.js';
export type { FeedProblem, ParseResult } from './feed/parse.js';
export { FeedError, isFeedError } from './feed/errors.js';
export type { FeedErrorKind } from './feed/errors.js';
export type * from './feed/types.js';

// Events.
export type { PwEventMap, PwEvent, FeedLoadDetail, FeedErrorDetail } from './base/events.js';
