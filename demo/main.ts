/**
 * The demo article page. The widgets do the real work; this script only
 * - defines every element (`../src/index.ts`),
 * - follows `?item=…`, `?lang=…` and `?month=…` (the sample feed's item links
 *   point here, so the news list opens articles in this same page),
 * - translates the page's own chrome (header, breadcrumb, footer) when the
 *   reader switches language, the way a CMS template would.
 */
import '../src/index.js';
import { getLocale, isLocale, localeInfo, setLocale } from '../src/locale/index.js';
import { formatLongDay, today } from '../src/shared/dates.js';
import { translatePage } from './chrome.js';

const params = new URLSearchParams(location.search);
const lang = params.get('lang');
if (lang && isLocale(lang)) setLocale(lang, { persist: false });

const article = document.querySelector('pw-article-card');
const itemId = params.get('item');
if (article && itemId) article.setAttribute('item-id', itemId);

const calendar = document.querySelector('pw-training-calendar');
const month = params.get('month');
if (calendar && month && /^\d{4}-\d{2}$/.test(month)) calendar.setAttribute('month', month);

/** Titles of the shown article, per locale, from the feed. */
const titles: Record<string, string> = {};

function updateTitle(locale: string): void {
  const site = locale === 'en' ? 'Long An Provincial Web Portal' : 'Cổng thông tin điện tử tỉnh Long An';
  const title = titles[locale];
  if (!title) return;
  // The share bar shares the article being shown, under its own title.
  document.title = `${title} - ${site}`;
  document.querySelector('meta[property="og:title"]')?.setAttribute('content', title);
}

article?.addEventListener('pw-feed-load', (e) => {
  const { feed } = e.detail;
  const id = article.getAttribute('item-id');
  const item = feed.items.find((i) => i.id === id) ?? feed.items[0];
  if (!item) return;
  titles[item.language ?? feed.language ?? getLocale()] = item.title;
  updateTitle(getLocale());
  // The breadcrumb ends with the article's topic: its first tag after "Tin tức"/"News".
  const crumb = document.getElementById('crumb-topic');
  const topic = item.tags.find((t) => !/^(tin tức|news)$/i.test(t)) ?? item.tags[0];
  if (crumb && topic) crumb.textContent = topic;
});

translatePage((locale) => {
  const todayEl = document.getElementById('today');
  if (todayEl) todayEl.textContent = formatLongDay(today(), localeInfo(locale));
  updateTitle(locale);
});
