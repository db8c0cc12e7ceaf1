/**
 * Every element's examples (src/components/<name>/<name>.examples.ts), mounted in the browser tests
 * with the same feeds Storybook uses:
 * `feeds/…` from demo/feeds and `fixtures/…` from test/fixtures, and the feed states reproduced by the
 * test server (test/server/feed-server.mjs).
 */
import { fixture } from '@open-wc/testing';
import { build, type ElementExamples, type Example } from '../../stories/support/example.js';
import { articleCard } from '../../src/components/article-card/article-card.examples.js';
import { languageSwitcher } from '../../src/components/language-switcher/language-switcher.examples.js';
import { newsList } from '../../src/components/news-list/news-list.examples.js';
import { shareBar } from '../../src/components/share-bar/share-bar.examples.js';
import { trainingCalendar } from '../../src/components/training-calendar/training-calendar.examples.js';
import { setLocale } from '../../src/locale/store.js';
import { serveFeed, setFeedState, uniqueId, until } from './feeds.js';
import { seedCache } from './loader.js';
import { part } from './parts.js';

/** Every element's examples, read by the example tests and the accessibility sweep. */
export const allExamples = [newsList, articleCard, trainingCalendar, languageSwitcher, shareBar];

/** Where the test server serves an example feed (not through URL, which would escape `{lang}`). */
const feedUrl = (feed: string): string =>
  location.origin + feed.replace(/^feeds\//, '/demo/feeds/').replace(/^fixtures\//, '/test/fixtures/');

/**
 * A day-old cached copy of `feed` under a new URL whose refreshes answer 503. Call
 * learnCacheLayout() in a before() hook first.
 */
async function staleUrl(feed: string): Promise<string> {
  const url = feedUrl(feed);
  // Served from elsewhere, so relative image paths are made absolute first.
  const text = (await (await fetch(url)).text()).replaceAll('"images/', `"${new URL('images/', url).href}`);
  const id = uniqueId('stale');
  const served = await serveFeed(id, text);
  await setFeedState(id, 'down');
  seedCache(served, text, Date.now() - 86_400_000);
  return served;
}

async function srcOf(set: ElementExamples, ex: Example): Promise<string | undefined> {
  const feed = ex.feed ?? set.feed;
  if (ex.state === 'loading') return new URL(`/__feed/hang?${uniqueId()}`, location.href).href;
  if (ex.state === 'error') return new URL(`/__feed/status/503?${uniqueId()}`, location.href).href;
  if (!feed) return undefined;
  return ex.state === 'stale' ? staleUrl(feed) : feedUrl(feed);
}

/**
 * Renders the example `name` of `set` in its locale and theme, waits for its `ready` part, and
 * returns the element.
 */
export async function mountExample(set: ElementExamples, name: string): Promise<HTMLElement> {
  const ex = set.examples[name];
  if (!ex) throw new Error(`No example ${name} of ${set.tag}`);
  setLocale(ex.locale ?? 'vi', { persist: false });
  const src = await srcOf(set, ex);
  const attrs = { ...set.defaults, ...ex.attrs, ...(src ? { src } : {}), ...(ex.theme ? { theme: ex.theme } : {}) };
  const wrap = await fixture<HTMLDivElement>(build(set.tag, attrs, ex.frame ?? set.frame, ex.content ?? set.content));
  const el = wrap.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
  await el.updateComplete;
  if (ex.ready) await until(() => part(el, ex.ready!), 8000, `${set.tag} ${name}: part ${ex.ready}`);
  await el.updateComplete;
  return el;
}
