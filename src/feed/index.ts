/** The feed contract, parser and shared loader, for pages and tools that use feeds directly. */
export { parseFeedText, parseFeedJson } from './parse.js';
export type { FeedProblem, ParseResult } from './parse.js';
export { loadFeed, refreshFeed, subscribeFeed, clearFeedCache } from './loader.js';
export type { LoadOptions, FeedResult } from './loader.js';
export { FeedError, isFeedError } from './errors.js';
export type { FeedErrorKind } from './errors.js';
export { expandSrc } from './expand.js';
export type * from './types.js';
