/**
 * Issue 7, hostile content: the attack corpus in every field of every element,
 * on both sanitizer paths. Nothing may execute, the page may not navigate, and
 * no dangerous node, handler attribute or script URL may survive anywhere in
 * the widgets' shadow DOM.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { RawItem } from '../../src/feed/types.js';
import { feedOf, resetShared, serveFeed, sleep, uniqueId, until } from '../helpers/feeds.js';
import { deepElements } from '../helpers/dom.js';

declare global {
  interface Window {
    __pwPwned?: string;
  }
}

const DANGEROUS_TAGS = new Set([
  'script',
  'iframe',
  'object',
  'embed',
  'base',
  'meta',
  'frame',
  'applet',
  'form',
  'link',
]);
const URL_ATTRS = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'srcset', 'background'];
const BAD_SCHEME = /^\s*(javascript|vbscript|data|blob|file):/i;

function findDanger(host: Element): string[] {
  const problems: string[] = [];
  for (const el of deepElements(host)) {
    if (!el.getRootNode || !(el.getRootNode() instanceof ShadowRoot)) continue;
    const tag = el.localName;
    if (DANGEROUS_TAGS.has(tag)) problems.push(`<${tag}>`);
    for (const attr of el.attributes) {
      if (/^on/i.test(attr.name)) problems.push(`<${tag} ${attr.name}>`);
      // The calendar's own .ics download is a generated data:text/calendar link: inert, not feed HTML.
      const ownDownload = tag === 'a' && el.hasAttribute('download') && /^data:text\/calendar[;,]/.test(attr.value);
      if (URL_ATTRS.includes(attr.name.toLowerCase()) && BAD_SCHEME.test(attr.value) && !ownDownload) {
        problems.push(`<${tag} ${attr.name}="${attr.value.slice(0, 40)}">`);
      }
      if (attr.name === 'style' && /url\s*\(|expression\s*\(/i.test(attr.value)) problems.push(`<${tag} style=url()>`);
    }
  }
  return problems;
}

const corpus = (await (await fetch('/test/fixtures/hostile/payloads.json')).json()) as {
  html: string[];
  urls: string[];
};
const urls = corpus.urls;
const all = [...corpus.html, ...urls];

/** One item per payload, with the payload (or a hostile URL) in every field. */
function hostileItems(): RawItem[] {
  return all.map((p, i) => {
    const bad = urls[i % urls.length];
    return {
      id: `hostile-${i}`,
      url: bad,
      external_url: bad,
      title: p,
      summary: p,
      content_text: p,
      content_html: `<p>${i}</p>${p}`,
      image: bad,
      banner_image: bad,
      date_published: `2017-11-${String(1 + (i % 28)).padStart(2, '0')}T08:00:00+07:00`,
      authors: [{ name: p, url: bad }],
      tags: [p, 'Tập huấn'],
      _pw: {
        image_alt: p,
        translations: { en: { url: bad, title: p } },
        event: {
          start: `2017-11-${String(1 + (i % 28)).padStart(2, '0')}T07:30:00+07:00`,
          end: `2017-11-${String(1 + (i % 28)).padStart(2, '0')}T11:00:00+07:00`,
          location: { name: p, address: p },
          online_url: bad,
          organizer: { name: p, url: bad },
          audience: p,
          registration: { url: bad, deadline: '2017-11-20T17:00:00+07:00', capacity: 10 },
        },
      },
    } as RawItem;
  });
}

/** The whole article body in one item: every HTML payload at once. */
const bodyItem = (): RawItem => ({
  id: 'hostile-body',
  title: corpus.html[0],
  summary: corpus.html[1],
  content_html: corpus.html.join('\n<p>Đoạn văn</p>\n'),
  date_published: '2017-11-30T08:00:00+07:00',
  authors: [{ name: corpus.html[2] }],
});

async function renderAll() {
  const url = await serveFeed(uniqueId('hostile'), feedOf([bodyItem(), ...hostileItems()]));
  const page = await fixture(html`<div>
    <pw-news-list src=${url} page-size="100"></pw-news-list>
    <pw-article-card src=${url} item-id="hostile-body" variant="full"></pw-article-card>
    ${all.slice(0, 8).map((_, i) => html`<pw-article-card src=${url} item-id=${`hostile-${i}`} variant="full"></pw-article-card>`)}
    <pw-article-card src=${url} item-id="hostile-3"></pw-article-card>
    <pw-training-calendar src=${url} view="list" month="2017-11" page-size="100"></pw-training-calendar>
    <pw-training-calendar src=${url} view="month" month="2017-11"></pw-training-calendar>
    <pw-training-calendar src=${url} view="week" month="2017-11"></pw-training-calendar>
    ${urls.map((u, i) => html`<pw-share-bar url=${u} share-title=${all[i]} text=${all[i + 1]} label=${all[i + 2]}></pw-share-bar>`)}
    <pw-language-switcher label=${corpus.html[0]} href-vi=${urls[0]} href-en=${urls[1]}></pw-language-switcher>
  </div>`);
  const article = page.querySelector('pw-article-card[item-id=hostile-body]')!;
  await until(
    () => article.shadowRoot!.querySelector('[part=body]')?.textContent?.includes('Đoạn văn'),
    8000,
    'article body',
  );
  const list = page.querySelector('pw-training-calendar[view=list]')!;
  await until(() => list.shadowRoot!.querySelector('[part~=event]'), 8000, 'calendar events');
  return page;
}

/** Opens the details of every event in the list view, so the details fields render too. */
async function openEveryEvent(page: Element) {
  const cal = page.querySelector('pw-training-calendar[view=list]')!;
  const count = cal.shadowRoot!.querySelectorAll('[part~=event]').length;
  expect(count).to.be.greaterThan(10);
  const problems: string[] = [];
  for (let i = 0; i < count; i++) {
    const button = cal.shadowRoot!.querySelectorAll<HTMLElement>('[part~=event]')[i];
    button!.click();
    await until(() => cal.shadowRoot!.querySelector('[part~=details]'), 3000, 'details');
    problems.push(...findDanger(cal));
    (cal.shadowRoot!.querySelector('[part~=close]') as HTMLElement | null)?.click();
    await sleep(0);
  }
  return problems;
}

describe('the hostile-content checker', () => {
  it('catches handlers, script URLs and dangerous elements in nested shadow roots', async () => {
    const host = await fixture(html`<div></div>`);
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    const root = inner.attachShadow({ mode: 'open' });
    const img = document.createElement('img');
    img.setAttribute('onerror', 'x');
    const a = document.createElement('a');
    a.setAttribute('href', ' JavaScript:x');
    root.append(img, a, document.createElement('iframe'));
    expect(findDanger(host)).to.deep.equal(['<img onerror>', '<a href=" JavaScript:x">', '<iframe>']);
  });
});

{
  describe('hostile content in every field of every element', function () {
    this.timeout(60000);
    beforeEach(() => {
      resetShared();
      delete window.__pwPwned;
    });

    it('executes nothing, never navigates, and leaves nothing dangerous in the shadow DOM', async () => {
      const href = location.href;
      const page = await renderAll();
      const problems = [...findDanger(page), ...(await openEveryEvent(page))];
      // Give image error handlers and animations a moment to fire if anything slipped through.
      await sleep(300);
      expect(window.__pwPwned, 'a payload executed').to.equal(undefined);
      expect(location.href).to.equal(href);
      expect([...new Set(problems)]).to.deep.equal([]);
      // The text of the payloads is shown as text, not lost.
      const list = page.querySelector('pw-news-list')!;
      expect(list.shadowRoot!.textContent).to.contain('onerror');
      // DOM clobbering: page globals are intact.
      expect(typeof document.getElementById).to.equal('function');
      expect(document.cookie).to.be.a('string');
      expect(window.location.href).to.equal(href);
    });
  });
}
