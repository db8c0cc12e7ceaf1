import type { ElementExamples } from '../../../stories/support/example.js';

const CARD = { variant: 'card' };

/** Examples of `pw-article-card`. */
export const articleCard: ElementExamples = {
  tag: 'pw-article-card',
  feed: 'feeds/portal.{lang}.json',
  frame: 'max-width:48rem',
  defaults: { 'item-id': 'tap-huan-quy-che-dan-chu-2017', variant: 'full' },
  examples: {
    Full: { description: 'The seed article from the portal, in full.', ready: 'body' },
    FullEnglish: {
      description: 'The same article in English, with the link back to the Vietnamese version.',
      locale: 'en',
      ready: 'body',
    },
    Card: {
      description: 'The article as a card, as in the news list.',
      attrs: CARD,
      frame: 'max-width:40rem',
      ready: 'title',
    },
    CardEnglish: {
      description: 'The card in English.',
      attrs: CARD,
      frame: 'max-width:40rem',
      locale: 'en',
      ready: 'title',
    },
    Newest: {
      description: 'Without `item-id`: the newest item.',
      attrs: { ...CARD, 'item-id': '' },
      frame: 'max-width:40rem',
      ready: 'title',
    },
    CardNarrow: {
      description: 'A card in a narrow sidebar: the image stacks above the text.',
      attrs: CARD,
      frame: 'max-width:18rem',
      ready: 'title',
    },
    Loading: { description: "Skeletons reserve the article's space while the feed loads.", state: 'loading' },
    LoadingEnglish: { description: 'Loading, in English.', state: 'loading', locale: 'en' },
    LoadingCard: { description: 'A card loading.', state: 'loading', attrs: CARD, frame: 'max-width:40rem' },
    Error: { description: 'The feed could not be loaded.', state: 'error', ready: 'error' },
    ErrorEnglish: { description: 'The error state in English.', state: 'error', locale: 'en', ready: 'error' },
    Empty: {
      description: 'A feed with no items.',
      feed: 'fixtures/news-empty.json',
      attrs: { 'item-id': '' },
      ready: 'empty',
    },
    EmptyEnglish: {
      description: 'Empty, in English.',
      feed: 'fixtures/news-empty.json',
      attrs: { 'item-id': '' },
      locale: 'en',
      ready: 'empty',
    },
    NotFound: {
      description: 'An `item-id` the feed does not have.',
      attrs: { 'item-id': 'khong-co-bai-nay' },
      ready: 'empty',
    },
    NotFoundEnglish: {
      description: 'Not found, in English.',
      attrs: { 'item-id': 'khong-co-bai-nay' },
      locale: 'en',
      ready: 'empty',
    },
    Stale: {
      description: 'A cached copy whose refresh failed.',
      feed: 'fixtures/news-seed.vi.json',
      state: 'stale',
      ready: 'stale',
    },
    StaleEnglish: {
      description: 'Stale, in English.',
      feed: 'fixtures/news-seed.vi.json',
      state: 'stale',
      locale: 'en',
      ready: 'stale',
    },
    HostileBody: {
      description:
        'A hostile body: scripts, handlers, iframes, forms, styles and javascript: links are all gone; the text stays.',
      feed: 'fixtures/hostile-news.json',
      attrs: { 'item-id': 'hostile-1' },
      ready: 'body',
    },
    Dark: { description: 'Dark scheme.', theme: 'dark', ready: 'body' },
    LongTitle: {
      description: 'A long Vietnamese title and an unbroken string, in a narrow column.',
      feed: 'fixtures/long-titles.vi.json',
      attrs: { 'item-id': 'long-1' },
      frame: 'max-width:20rem',
      ready: 'title',
    },
    LongTitleCard: {
      description: 'A long title on a card in a narrow column.',
      feed: 'fixtures/long-titles.vi.json',
      attrs: { ...CARD, 'item-id': 'long-2' },
      frame: 'max-width:18rem',
      ready: 'title',
    },
  },
};
