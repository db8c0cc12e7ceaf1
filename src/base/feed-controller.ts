import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { TaskController } from './task-controller.js';
import { getLocale } from '../locale/store.js';
import type { PwEventMap } from './events.js';
import { FeedError, isFeedError } from '../feed/errors.js';
import { expandSrc } from '../feed/expand.js';
import { loadFeed, peekFeed, refreshFeed, subscribeFeed, type FeedResult } from '../feed/loader.js';

export interface FeedHost extends ReactiveControllerHost, HTMLElement {
  src?: string | null;
  timeout: number;
  maxAge: number;
}

export interface FeedControllerOptions {
  /** Extra `{placeholder}` values for `src`, such as a calendar's `{from}` and `{to}`. */
  params?: () => Record<string, string>;
}

/**
 * A widget's view of its feed, built on a {@link TaskController}. The task's argument is the
 * expanded URL, so a locale switch on a `{lang}` feed refetches by itself.
 * The shared loader notifies it when a background refresh lands or fails.
 */
export class FeedController implements ReactiveController {
  readonly task: TaskController<[string | undefined, number, number], FeedResult | undefined>;
  private unsubscribe?: () => void;
  private subscribedUrl?: string;
  private lastAnnounced?: FeedResult;
  private lastErrorUrl?: string;
  private warnedSrc?: string;
  /** The last expansion of `src`: `url` is read several times per update. */
  private expanded?: { key: string; url: string | undefined };

  constructor(
    private readonly host: FeedHost,
    private readonly options: FeedControllerOptions = {},
  ) {
    host.addController(this);
    this.task = new TaskController(
      host,
      async ([url, timeout, maxAge], signal) => {
        this.follow(url);
        if (!url) return undefined;
        try {
          const result = await loadFeed(url, { signal, timeout, maxAge: maxAge });
          this.announce(url, result);
          return result;
        } catch (err) {
          if (!signal.aborted) this.fail(url, err);
          throw err;
        }
      },
      () => [this.url, this.host.timeout, this.host.maxAge],
    );
  }

  /** The absolute feed URL after expanding placeholders, or undefined when `src` is unusable. */
  get url(): string | undefined {
    const src = this.host.src;
    if (!src) return undefined;
    const params = { lang: getLocale(), ...this.options.params?.() };
    const key = `${src}\n${document.baseURI}\n${JSON.stringify(params)}`;
    if (this.expanded?.key === key) return this.expanded.url;
    const url = expandSrc(src, params);
    this.expanded = { key, url };
    if (!url && this.warnedSrc !== src) {
      this.warnedSrc = src;
      console.warn(`provincial-widgets: <${this.host.localName}> src "${src}" is not an http(s) URL; ignored.`);
    }
    return url;
  }

  /**
   * The content to show: the task's value, or the previous value while the same URL refreshes.
   * Before a run settles, content already in memory (a pre-render, a saved copy) shows at once:
   * the first frame is the content, not a skeleton.
   */
  get result(): FeedResult | undefined {
    const v = this.task.value;
    const url = this.url;
    if (v && v.feed.url === url) return v;
    return url && this.task.state !== 'error' ? peekFeed(url) : undefined;
  }

  get pending(): boolean {
    return this.task.state === 'pending' || (this.task.state === 'initial' && !!this.url);
  }

  get error(): FeedError | undefined {
    return this.task.state === 'error' && isFeedError(this.task.error) ? this.task.error : undefined;
  }

  /** Tries again after an error, or refreshes stale content (subscribers re-run when it lands). */
  retry(): void {
    const url = this.url;
    if (!url) return;
    this.lastErrorUrl = undefined;
    if (this.task.state === 'error') void this.task.run();
    else refreshFeed(url, { timeout: this.host.timeout }).catch(() => {});
  }

  /**
   * Starts the request when the element connects, not at its first update (which on a phone comes
   * tens of milliseconds later): the task runs at once, and the first update finds it running.
   */
  hostConnected(): void {
    if (this.subscribedUrl === undefined && (this.task.state !== 'initial' || this.url)) void this.task.run();
  }

  hostDisconnected(): void {
    this.follow(undefined);
    // Aborting releases this widget's claim; the loader cancels the request if no one else waits.
    this.task.abort();
  }

  private follow(url: string | undefined) {
    if (url === this.subscribedUrl) return;
    this.unsubscribe?.();
    // A run in progress already waits for what the loader announces (its waiters settle after the
    // listeners): re-running would render the loading state once more and the content one hop later.
    this.unsubscribe = url
      ? subscribeFeed(url, () => this.task.state !== 'pending' && void this.task.run())
      : undefined;
    this.subscribedUrl = url;
  }

  private announce(url: string, result: FeedResult) {
    this.lastErrorUrl = undefined;
    if (this.lastAnnounced?.feed === result.feed && this.lastAnnounced.stale === result.stale) return;
    this.lastAnnounced = result;
    this.dispatch('pw-feed-load', { url, ...result });
  }

  private fail(url: string, err: unknown) {
    if (this.lastErrorUrl === url) return;
    this.lastErrorUrl = url;
    const error = isFeedError(err) ? err : new FeedError('network', url);
    this.dispatch('pw-feed-error', { url, error });
  }

  private dispatch<K extends keyof PwEventMap>(type: K, detail: PwEventMap[K]) {
    this.host.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}
