/**
 * Issue 24: the red-team corpus through `provincial-widgets render`. The server renders feed content
 * with the widgets' own code (text is escaped, URLs pass the URL policy); the page is then opened
 * without script and with the widgets' script. Nothing may run, and no dangerous node, handler
 * attribute or script URL may be in any shadow root, before or after the script adopts the page.
 */
import { expect } from '@open-wc/testing';
import type { RawItem } from '../../src/feed/types.js';
import { feedOf, resetShared, serveFeed, sleep, uniqueId, until } from '../helpers/feeds.js';
import { adopted, closePages, openPage, pageWith, prerender } from '../helpers/prerender.js';

const corpus = (await (await fetch('/test/fixtures/hostile/payloads.json')).json()) as {
  html: string[];
  urls: string[];
};
const all = [...corpus.html, ...corpus.urls];

const items: RawItem[] = all.map((p, i) => {
  const bad = corpus.urls[i % corpus.urls.length];
  const day = `2017-11-${String(1 + (i % 28)).padStart(2, '0')}`;
  return {
    id: `hostile-${i}`,
    url: bad,
    title: p,
    summary: p,
    content_html: `<p>${i}</p>${p}`,
    image: bad,
    date_published: `${day}T08:00:00+07:00`,
    authors: [{ name: p, url: bad }],
    tags: [p],
    _pw: {
      image_alt: p,
      translations: { en: { url: bad, title: p } },
      event: {
        start: `${day}T07:30:00+07:00`,
        end: `${day}T11:00:00+07:00`,
        location: { name: p, address: p },
        online_url: bad,
        organizer: { name: p, url: bad },
        audience: p,
      },
    },
  } as RawItem;
});

const DANGEROUS = new Set(['script', 'iframe', 'object', 'embed', 'base', 'meta', 'frame', 'form', 'link']);

/** Dangerous things in the frame's shadow roots (the pre-render's data script excepted). */
function danger(doc: Document): string[] {
  const problems: string[] = [];
  const visit = (root: ParentNode) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) visit(el.shadowRoot);
      if (!(el.getRootNode() instanceof (doc.defaultView as typeof window).ShadowRoot)) continue;
      if (DANGEROUS.has(el.localName) && !el.hasAttribute('data-pw-prerender')) problems.push(`<${el.localName}>`);
      for (const a of el.attributes) {
        if (/^on/i.test(a.name)) problems.push(`<${el.localName} ${a.name}>`);
        if (/^(href|src|srcset|action|formaction)$/.test(a.name) && /^\s*(javascript|vbscript|data):/i.test(a.value))
          problems.push(`<${el.localName} ${a.name}="${a.value.slice(0, 30)}">`);
      }
    }
  };
  visit(doc);
  return problems;
}

describe('hostile feeds through render', () => {
  beforeEach(resetShared);
  afterEach(closePages);

  it('execute nothing and leave nothing dangerous, with or without script', async () => {
    const feed = feedOf(items);
    const src = await serveFeed(uniqueId('hostile'), feed);
    const body = `<pw-news-list src="${src}" page-size="100"></pw-news-list>
      ${all
        .slice(0, 6)
        .map((_, i) => `<pw-article-card src="${src}" item-id="hostile-${i}" variant="full"></pw-article-card>`)
        .join('')}
      <pw-article-card src="${src}" item-id="hostile-3"></pw-article-card>
      <pw-training-calendar src="${src}" view="month" month="2017-11" lunar></pw-training-calendar>
      <pw-training-calendar src="${src}" view="week" month="2017-11"></pw-training-calendar>
      <pw-training-calendar src="${src}" view="list" month="2017-11"></pw-training-calendar>`;
    const rendered = await prerender(pageWith(body), { feeds: { [src]: feed } });
    expect(rendered.status, rendered.stderr).to.equal(0);
    const off = await openPage(rendered.url, { scripts: false });
    expect(danger(off.contentDocument!)).to.deep.equal([]);
    expect(off.contentDocument!.querySelectorAll('pw-news-list')[0]!.shadowRoot!.textContent).to.contain('onerror');
    const on = await openPage(rendered.url);
    await adopted(on);
    const win = on.contentWindow as Window & { __pwPwned?: string };
    // The full articles' bodies go through the sanitizer in the browser: wait for them.
    const article = on.contentDocument!.querySelector('pw-article-card[variant=full]')!;
    await until(() => article.shadowRoot!.querySelector('[part=body]'), 8000, 'article body');
    await sleep(300);
    expect(win.__pwPwned).to.equal(undefined);
    expect(danger(on.contentDocument!)).to.deep.equal([]);
    expect(on.contentWindow!.location.pathname).to.equal(new URL(rendered.url, location.href).pathname);
  });
});
