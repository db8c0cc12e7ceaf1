import type { ElementExamples } from '../../../stories/support/example.js';

/** Examples of `pw-news-list`. */
export const newsList: ElementExamples = {
  tag: 'pw-news-list',
  feed: 'feeds/portal.{lang}.json',
  frame: 'max-width:52rem',
  // The no-JavaScript fallback a CMS page keeps inside the element.
  content: '<a href="https://www.longan.gov.vn/">Tin tức trên Cổng thông tin điện tử tỉnh Long An</a>',
  defaults: { 'page-size': 6, layout: 'list' },
  examples: {
    Default: { description: 'The demo portal feed, Vietnamese edition.', ready: 'item' },
    English: {
      description: 'The same list in English: the `{lang}` feed is refetched and every string is translated.',
      locale: 'en',
      ready: 'item',
    },
    Grid: {
      description: 'A responsive grid; cards stack their image above the text.',
      attrs: { layout: 'grid' },
      frame: 'max-width:72rem',
      ready: 'item',
    },
    TagFilter: {
      description: 'Only items tagged “dân vận”, whatever the case or diacritics.',
      feed: 'fixtures/news-list.vi.json',
      attrs: { tag: 'dan van' },
      ready: 'item',
    },
    Paginated: {
      description: 'A paginated feed: “Xem thêm” loads `next_url` pages and focuses the first new item.',
      feed: 'fixtures/news-page-1.json',
      attrs: { 'page-size': 3 },
      ready: 'load-more',
    },
    Compact: {
      description: 'Titles and summaries only.',
      attrs: { 'hide-image': true, 'hide-summary': true, 'hide-tags': true, 'page-size': 8 },
      ready: 'item',
    },
    Loading: {
      description: 'Skeletons reserve the space of `page-size` cards while the feed loads.',
      state: 'loading',
    },
    LoadingEnglish: { description: 'Loading, in English.', state: 'loading', locale: 'en' },
    Error: {
      description: 'The feed could not be loaded: a short message and a retry button; the fallback link stays.',
      state: 'error',
      ready: 'error',
    },
    ErrorEnglish: { description: 'The error state in English.', state: 'error', locale: 'en', ready: 'error' },
    Empty: { description: 'A feed with no items.', feed: 'fixtures/news-empty.json', ready: 'empty' },
    EmptyEnglish: { description: 'Empty, in English.', feed: 'fixtures/news-empty.json', locale: 'en', ready: 'empty' },
    Stale: {
      description: 'A cached copy whose refresh failed: the content stays, with a note and a reload button.',
      feed: 'fixtures/news-list.vi.json',
      state: 'stale',
      ready: 'stale',
    },
    StaleEnglish: {
      description: 'Stale, in English.',
      feed: 'fixtures/news-list.vi.json',
      state: 'stale',
      locale: 'en',
      ready: 'stale',
    },
    HostileFeed: {
      description:
        'Hostile and broken items: markup shows as text, bad URLs are dropped, huge strings wrap in a narrow column.',
      feed: 'fixtures/hostile-news.json',
      frame: 'max-width:20rem',
      ready: 'item',
    },
    Dark: { description: 'Dark scheme.', theme: 'dark', ready: 'item' },
    LongTitles: {
      description:
        'Long Vietnamese titles, unbroken strings and stacked diacritics wrap without overflow or clipped marks.',
      feed: 'fixtures/long-titles.vi.json',
      frame: 'max-width:20rem',
      ready: 'item',
    },
  },
};
