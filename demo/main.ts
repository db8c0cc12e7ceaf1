/**
 * The demo article page. The widgets do the real work; this script only
 * - defines every element (`../src/index.ts`),
 * - follows `?item=…`, `?lang=…` and `?month=…` (the sample feed's item links
 *   point here, so the news list opens articles in this same page),
 * - translates the page's own chrome (header, breadcrumb, footer) when the
 *   reader switches language, the way a CMS template would.
 */
import '../src/index.js';
import { getLocale, isLocale, onLocaleChange, setLocale } from '../src/locale/index.js';
import { formatLongDay, today } from '../src/internal/dates.js';

const params = new URLSearchParams(location.search);
const lang = params.get('lang');
if (lang && isLocale(lang)) setLocale(lang, { persist: false });

const article = document.querySelector('pw-article-card');
const itemId = params.get('item');
if (article && itemId) article.setAttribute('item-id', itemId);

const calendar = document.querySelector('pw-training-calendar');
const month = params.get('month');
if (calendar && month && /^\d{4}-\d{2}$/.test(month)) calendar.setAttribute('month', month);

// ------------------------------------------------------- page chrome in vi/en

const viText = new Map<Element, string>();
const viLabel = new Map<Element, string>();
for (const el of document.querySelectorAll('[data-en]')) viText.set(el, el.textContent ?? '');
for (const el of document.querySelectorAll('[data-en-aria-label]')) viLabel.set(el, el.getAttribute('aria-label') ?? '');

let articleTitle: Record<string, string> = {};

function translateChrome(locale: string): void {
  const en = locale === 'en';
  for (const [el, vi] of viText) el.textContent = en ? (el.getAttribute('data-en') ?? vi) : vi;
  for (const [el, vi] of viLabel) el.setAttribute('aria-label', en ? (el.getAttribute('data-en-aria-label') ?? vi) : vi);
  document.documentElement.lang = locale;
  const todayEl = document.getElementById('today');
  if (todayEl) todayEl.textContent = formatLongDay(today(), locale);
  const site = en ? 'Long An Provincial Web Portal' : 'Cổng thông tin điện tử tỉnh Long An';
  const title = articleTitle[locale];
  if (title) {
    document.title = `${title} - ${site}`;
    document.querySelector('meta[property="og:title"]')?.setAttribute('content', title);
  }
}

// The share bar shares the article being shown, under its own title.
article?.addEventListener('pw-feed-load', (e) => {
  const { feed } = e.detail;
  const id = article.getAttribute('item-id');
  const item = feed.items.find((i) => i.id === id) ?? feed.items[0];
  if (!item) return;
  const locale = item.language ?? feed.language ?? getLocale();
  articleTitle = { ...articleTitle, [locale]: item.title };
  translateChrome(getLocale());
});

onLocaleChange(({ locale }) => translateChrome(locale));
translateChrome(getLocale());
