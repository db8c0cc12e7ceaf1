import type { FeedError } from '../feed/errors.js';
import type { FeedResult } from '../feed/loader.js';

/**
 * Every event a widget fires, by name. Components add their own through
 * module augmentation (`declare module '…/base/events.js'`), and the
 * global `HTMLElementEventMap` is derived from it, so `addEventListener`
 * is typed for webmasters using TypeScript.
 */
export interface PwEventMap {
  /** Feed content arrived (from the network, or from the cache on a repeat visit). */
  'pw-feed-load': FeedLoadDetail;
  /** The feed could not be loaded and there is nothing to show. */
  'pw-feed-error': FeedErrorDetail;
}

export interface FeedLoadDetail extends FeedResult {
  url: string;
}

export interface FeedErrorDetail {
  url: string;
  error: FeedError;
}

export type PwEvent<K extends keyof PwEventMap> = CustomEvent<PwEventMap[K]>;

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends PwEventMapAsEvents {}
}

type PwEventMapAsEvents = { [K in keyof PwEventMap]: PwEvent<K> };
