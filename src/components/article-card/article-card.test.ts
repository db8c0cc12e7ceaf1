import { expect, fixture, html } from '@open-wc/testing';
import './define.js';
import type { PwArticleCard } from './article-card.js';
import { setLocale } from '../../locale/store.js';
import {
  feedOf,
  item,
  requestCount,
  resetShared,
  serveFeed,
  setFeedState,
  uniqueId,
  until,
} from '../../../test/helpers/feeds.js';
import { expectClean, expectNoClobbering, imagesSettled } from '../../../test/helpers/clean-dom.js';
import { fixtureUrl as fx, sr } from '../../../test/helpers/dom.js';
import { part } from '../../../test/helpers/parts.js';

const SEED = fx('news-seed.vi.json');
const SEED_LANG = `${location.origin}/test/fixtures/news-seed.{lang}.json`;
const LIST = fx('news-list.vi.json');
const HOSTILE = fx('hostile-news.json');

const CAPTION_1 =
  'Phó Vụ trưởng Vụ Dân vận các cơ quan Nhà nước (Ban Dân vận Trung ương) – Vũ Anh Tuấn thông tin một số vấn đề cơ bản về dân chủ, quy chế dân chủ ở cơ sở, quan điểm của Đảng về thực hiện dân chủ';
const CAPTION_2 = 'Cán bộ dự lớp tập huấn';
const TITLE = 'Tập huấn quy chế dân chủ khối cơ quan hành chính Nhà nước và đơn vị sự nghiệp công lập năm 2017';

async function article(src: string, attrs: Record<string, string> = {}) {
  const el = await fixture<PwArticleCard>(html`<pw-article-card src=${src}></pw-article-card>`);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  return el;
}

/** Waits for the full article with its sanitized body (or the card). */
async function ready(el: PwArticleCard) {
  await until(() => part(el, 'title') && !sr(el).querySelector('.body-skeleton, .card-skeleton'), 5000, 'article');
  await el.updateComplete;
  return el;
}

describe('pw-article-card', () => {
  beforeEach(() => {
    resetShared();
    delete window.__pwned;
  });

  describe('full variant', () => {
    it('reproduces the seed article page', async () => {
      const el = await ready(await article(SEED, { variant: 'full' }));
      expect(part(el, 'base')!.localName).to.equal('article');
      expect(part(el, 'base')!.getAttribute('lang')).to.equal('vi');
      expect(part(el, 'date')!.textContent).to.equal('22/11/2017 - 11:16');
      const title = part(el, 'title')!;
      expect(title.localName).to.equal('h2');
      expect(title.textContent).to.equal(TITLE);
      expect(part(el, 'summary')!.textContent).to.match(/^Sáng 22\/11, Ban Chỉ đạo Quy chế dân chủ tỉnh Long An/);
      const body = part(el, 'body')!;
      const figures = [...body.querySelectorAll('figure')];
      expect(figures.length).to.equal(2);
      expect(figures.map((f) => f.querySelector('figcaption')!.textContent)).to.deep.equal([CAPTION_1, CAPTION_2]);
      const imgs = figures.map((f) => f.querySelector('img')!);
      expect(imgs.map((i) => i.getAttribute('src'))).to.deep.equal([
        fx('images/tap-huan-1.svg'),
        fx('images/tap-huan-2.svg'),
      ]);
      for (const img of imgs) {
        expect(img.getAttribute('loading')).to.equal('lazy');
        expect(img.getAttribute('width')).to.equal('800');
      }
      expect(body.querySelectorAll('p').length).to.equal(4);
      expect(body.textContent).to.contain('Nghị định số 04/2015/NĐ-CP');
      expect(part(el, 'byline')!.textContent).to.contain('Phong Nhã');
      expect([...part(el, 'tags')!.querySelectorAll('li')].map((t) => t.textContent)).to.deep.equal([
        'Dân vận',
        'Quy chế dân chủ',
        'Tập huấn',
      ]);
      const other = part(el, 'translations')!.querySelector<HTMLAnchorElement>('a')!;
      expect(other.href).to.equal(fx('articles/en/tap-huan-quy-che-dan-chu-2017.html'));
      expect(other.hreflang).to.equal('en');
      expect(other.lang).to.equal('en');
      expect(other.textContent).to.match(/^English: Training on grassroots democracy/);
      // The page order: date, title, lead, body, author, tags, other language.
      const order = ['date', 'title', 'summary', 'body', 'byline', 'tags', 'translations'].map((p) => part(el, p)!);
      for (let i = 1; i < order.length; i++) {
        expect(
          order[i - 1]!.compareDocumentPosition(order[i]!) & Node.DOCUMENT_POSITION_FOLLOWING,
          `${i}`,
        ).to.not.equal(0);
      }
      await imagesSettled(body);
      expect(imgs.every((i) => i.naturalWidth > 0)).to.equal(true);
      // Images keep their aspect ratio (800 × 533) at any width.
      const box = imgs[0]!.getBoundingClientRect();
      expect(Math.abs(box.width / box.height - 800 / 533)).to.be.below(0.02);
      await expect(el).to.be.accessible();
    });

    it('draws the byline, tags and translations with the body, never below its skeleton (no layout shift)', async () => {
      const el = document.createElement('pw-article-card') as PwArticleCard;
      el.setAttribute('variant', 'full');
      el.setAttribute('src', SEED);
      // Every rendered state, as the reader sees it: what follows the body must not appear while
      // the body is still a skeleton, or it jumps down when the sanitized body replaces it.
      const seen: string[] = [];
      const check = () => {
        const root = el.shadowRoot;
        if (!root?.querySelector('[part~="title"]')) return;
        const skeleton = !!root.querySelector('.body-skeleton');
        const after = ['byline', 'tags', 'translations'].filter((p) => root.querySelector(`[part~="${p}"]`));
        seen.push(`${skeleton ? 'skeleton' : 'body'}:${after.join(',')}`);
      };
      const observer = new MutationObserver(check);
      document.body.append(el);
      observer.observe(el.shadowRoot!, { childList: true, subtree: true });
      try {
        await ready(el);
        check();
      } finally {
        observer.disconnect();
        el.remove();
      }
      expect(seen.filter((s) => s.startsWith('skeleton:') && s !== 'skeleton:')).to.deep.equal([]);
      expect(seen.at(-1)).to.equal('body:byline,tags,translations');
    });

    it('sets the title heading level and places body headings below it', async () => {
      const url = await serveFeed(
        uniqueId(),
        feedOf([item('a', { content_html: '<h1>Phần một</h1><p>x</p><h2>Mục</h2>' })]),
      );
      const el = await ready(await article(url, { variant: 'full', 'heading-level': '1' }));
      expect(part(el, 'title')!.localName).to.equal('h1');
      expect([...part(el, 'body')!.querySelectorAll('h1, h2, h3')].map((h) => h.localName)).to.deep.equal(['h2', 'h3']);
      el.headingLevel = 3;
      await ready(el);
      await until(() => part(el, 'body')?.querySelector('h4'), 5000, 'shifted headings');
      expect(part(el, 'title')!.localName).to.equal('h3');
    });

    it('shows content_text as paragraphs when there is no content_html', async () => {
      const url = await serveFeed(uniqueId(), feedOf([item('a', { content_text: 'Đoạn một.\n\nĐoạn <b>hai</b>.' })]));
      const el = await ready(await article(url, { variant: 'full' }));
      expect([...part(el, 'body')!.querySelectorAll('p')].map((p) => p.textContent)).to.deep.equal([
        'Đoạn một.',
        'Đoạn <b>hai</b>.',
      ]);
      expect(part(el, 'body')!.querySelector('b')).to.equal(null);
    });

    it('titles an article without a title with the first words of the text of its content_html', async () => {
      const url = await serveFeed(
        uniqueId(),
        feedOf([
          { id: 'a', content_html: '<p>Micro-blog: <a href="https://x.gov.vn">hội nghị</a> &amp; tập huấn</p>' },
        ]),
      );
      const el = await ready(await article(url, { variant: 'full' }));
      expect(part(el, 'title')!.textContent).to.equal('Micro-blog: hội nghị & tập huấn');
    });

    it('falls back to content_text, or a note, when the body cannot be sanitized', async () => {
      const purify = (await import('dompurify')).default;
      const sanitize = purify.sanitize;
      purify.sanitize = (() => {
        throw new TypeError('blocked by a Trusted Types policy');
      }) as typeof purify.sanitize;
      try {
        {
          const url = await serveFeed(
            uniqueId(),
            feedOf([
              item('a', { content_html: '<p>HTML</p>', content_text: 'Văn bản thuần.' }),
              item('b', { content_html: '<p>HTML</p>', date_published: '2000-01-01T00:00:00+07:00' }),
            ]),
          );
          const el = await ready(await article(url, { variant: 'full', 'item-id': 'a' }));
          await until(() => part(el, 'body')?.textContent === 'Văn bản thuần.', 5000, 'text fallback');
          el.itemId = 'b';
          await until(() => sr(el).querySelector('.body-error'), 5000, 'note');
          expect(sr(el).querySelector('.body-error')!.textContent).to.equal('Không hiển thị được nội dung bài viết.');
        }
      } finally {
        purify.sanitize = sanitize;
      }
    });

    it('shows the banner image, and links to every other language', async () => {
      const url = await serveFeed(
        uniqueId(),
        feedOf([
          item('a', {
            language: 'vi',
            banner_image: '../../test/fixtures/images/news-1.svg',
            _pw: {
              image_alt: 'Ảnh bìa',
              translations: { vi: { url: 'self.html' }, en: { url: 'en.html' }, km: { url: 'km.html' } },
            },
          }),
        ]),
      );
      const el = await ready(await article(url, { variant: 'full' }));
      expect(part(el, 'image')!.getAttribute('src')).to.equal(fx('images/news-1.svg'));
      expect((part(el, 'image') as HTMLImageElement).alt).to.equal('Ảnh bìa');
      const links = [...part(el, 'translations')!.querySelectorAll('a')];
      expect(links.map((a) => a.hreflang)).to.deep.equal(['en', 'km']);
      expect(links.map((a) => a.textContent)).to.deep.equal(['English', 'km']);
    });

    it('has a print stylesheet', async () => {
      const el = await ready(await article(SEED, { variant: 'full' }));
      const rules = sr(el).adoptedStyleSheets.flatMap((s) => [...s.cssRules]);
      const print = rules.filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.media.mediaText === 'print');
      expect(print.length).to.be.greaterThan(0);
      const text = print.map((r) => r.cssText).join('\n');
      expect(text).to.contain('break-inside: avoid');
      expect(text).to.contain('attr(href)');
      expect(text).to.match(/\.translations[^{]*\{\s*display: none/);
    });
  });

  describe('which item', () => {
    it('shows the newest item without item-id, and the chosen one with it', async () => {
      const el = await ready(await article(LIST));
      expect(sr(el).querySelector('.card')!.getAttribute('data-id')).to.equal('tin-2');
      el.itemId = 'tin-4';
      await el.updateComplete;
      expect(sr(el).querySelector('.card')!.getAttribute('data-id')).to.equal('tin-4');
      el.itemId = 'khong-co';
      await el.updateComplete;
      expect(part(el, 'empty')!.textContent).to.equal('Không tìm thấy bài viết.');
      await expect(el).to.be.accessible();
    });
  });

  describe('card variant', () => {
    it('is the same card as the list: image, date, linked title, summary; no body', async () => {
      const el = await ready(await article(SEED));
      expect(part(el, 'base')!.getAttribute('part')).to.equal('base item');
      expect(part(el, 'image')!.getAttribute('src')).to.equal(fx('images/tap-huan-1.svg'));
      expect((part(el, 'image') as HTMLImageElement).alt).to.equal(CAPTION_1);
      expect(part(el, 'date')!.textContent).to.equal('22/11/2017 - 11:16');
      expect(part(el, 'title')!.localName).to.equal('h2');
      expect(part(el, 'title')!.querySelector('a')!.href).to.equal(
        fx('articles/vi/tap-huan-quy-che-dan-chu-2017.html'),
      );
      expect(part(el, 'summary')!.textContent).to.match(/^Sáng 22\/11/);
      expect(sr(el).querySelector('figure, [part="body"], [part="byline"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('renders exactly the card pw-news-list renders for the same item', async () => {
      await import('../news-list/define.js');
      const list = await fixture<HTMLElementTagNameMap['pw-news-list']>(
        html`<pw-news-list src=${SEED}></pw-news-list>`,
      );
      const card = await ready(await article(SEED));
      await until(() => sr(list).querySelector('.card'), 5000, 'list card');
      const markup = (root: Element) => root.outerHTML.replace(/<!--[^]*?-->/g, '');
      expect(markup(sr(card).querySelector('.card')!)).to.equal(markup(sr(list).querySelector('.card')!));
    });
  });

  describe('states', () => {
    for (const variant of ['card', 'full']) {
      it(`reserves the ${variant} size while loading, then shows the error with retry`, async () => {
        const el = await article(`${location.origin}/__feed/hang`, { variant });
        await until(() => sr(el).querySelector('.skeleton'), 5000, 'skeleton');
        expect(sr(el).querySelector('[role="status"]')!.textContent).to.equal('Đang tải…');
        expect(part(el, 'base')!.getBoundingClientRect().height).to.be.greaterThan(variant === 'full' ? 150 : 80);
        await expect(el).to.be.accessible();
        el.src = `${location.origin}/__feed/status/503`;
        await until(() => part(el, 'error'), 5000, 'error');
        expect(part(el, 'retry')!.textContent).to.equal('Thử lại');
        await expect(el).to.be.accessible();
      });
    }

    it('shows the empty state in both languages', async () => {
      const el = await article(fx('news-empty.json'), { variant: 'full' });
      await until(() => part(el, 'empty'), 5000, 'empty');
      expect(part(el, 'empty')!.textContent).to.equal('Chưa có tin bài');
      await expect(el).to.be.accessible();
      setLocale('en');
      await el.updateComplete;
      expect(part(el, 'empty')!.textContent).to.equal('No news yet');
    });

    it('keeps the article with a stale note when a refresh fails', async () => {
      const id = uniqueId();
      const url = await serveFeed(id, feedOf([item('a', { title: 'Bài cũ', content_html: '<p>Nội dung</p>' })]));
      await ready(await article(url, { variant: 'full' }));
      await setFeedState(id, 'down');
      const el = await fixture<PwArticleCard>(
        html`<pw-article-card variant="full" max-age="0" src=${url}></pw-article-card>`,
      );
      await until(() => part(el, 'stale'), 5000, 'stale');
      await ready(el);
      expect(part(el, 'title')!.textContent).to.equal('Bài cũ');
      expect(part(el, 'body')!.textContent).to.equal('Nội dung');
      await expect(el).to.be.accessible();
    });
  });

  describe('locale', () => {
    it('re-renders in English and refetches a {lang} feed', async () => {
      const el = await ready(await article(SEED_LANG, { variant: 'full' }));
      expect(part(el, 'title')!.textContent).to.equal(TITLE);
      setLocale('en');
      await until(() => part(el, 'title')?.textContent?.startsWith('Training'), 5000, 'English article');
      await ready(el);
      expect(part(el, 'base')!.getAttribute('lang')).to.equal('en');
      expect(part(el, 'date')!.textContent).to.equal('22 Nov 2017, 11:16');
      expect([...part(el, 'body')!.querySelectorAll('figcaption')].map((f) => f.textContent)).to.deep.equal([
        "Deputy Director of the Department of Mass Mobilisation for State Agencies (Central Mass Mobilisation Commission) Vũ Anh Tuấn presents basic issues of democracy, grassroots democracy regulations and the Party's views on exercising democracy",
        'Officials attending the training course',
      ]);
      expect(part(el, 'byline')!.textContent).to.contain('Author:');
      const other = part(el, 'translations')!;
      expect(other.textContent).to.contain('This article in other languages:');
      expect(other.querySelector('a')!.textContent).to.match(/^Tiếng Việt: Tập huấn/);
      await expect(el).to.be.accessible();
    });

    it('does not re-sanitize the body on a locale switch of a fixed feed', async () => {
      const id = uniqueId();
      const url = await serveFeed(id, feedOf([item('a', { content_html: '<p>Giữ nguyên</p>' })]));
      const el = await ready(await article(url, { variant: 'full' }));
      const body = part(el, 'body');
      setLocale('en');
      await el.updateComplete;
      expect(part(el, 'body')).to.equal(body);
      expect(await requestCount(id)).to.equal(1);
    });
  });

  describe('hostile content', () => {
    for (const [name, run] of [['DOMPurify', <T>(fn: () => Promise<T>) => fn()]] as const) {
      it(`runs nothing and keeps nothing dangerous on the ${name} path`, async () => {
        await run(async () => {
          const el = await ready(await article(HOSTILE, { variant: 'full', 'item-id': 'hostile-1' }));
          const body = part(el, 'body')!;
          await imagesSettled(sr(el));
          expect(window.__pwned).to.equal(undefined);
          expectClean(sr(el));
          expectNoClobbering(body);
          expect(part(el, 'title')!.textContent).to.contain('<script>');
          expect(part(el, 'summary')!.textContent).to.contain('<svg onload');
          expect(part(el, 'byline')!.textContent).to.contain('<img src=x');
          expect(part(el, 'byline')!.querySelector('a')).to.equal(null);
          expect(part(el, 'translations')).to.equal(null);
          // The body's own id="title" did not survive to clash with the heading's.
          expect(sr(el).querySelectorAll('#title').length).to.equal(1);
          expect(body.textContent).to.contain('Đoạn văn');
          await expect(el).to.be.accessible();
        });
      });
    }

    it('renders other hostile items, huge and empty fields included', async () => {
      const el = await ready(await article(HOSTILE, { variant: 'full', 'item-id': 'hostile-2' }));
      expect([...part(el, 'body')!.querySelectorAll('p')].map((p) => p.textContent)).to.deep.equal([
        'Dòng 1 <img src=x onerror="window.__pwned=\'text2\'">',
        'Dòng 2',
      ]);
      el.itemId = 'hostile-6';
      await ready(el);
      // No title and no text: the placeholder is all there is to show.
      expect(part(el, 'title')!.textContent).to.equal('(Không có tiêu đề)');
      await imagesSettled(sr(el));
      expect(window.__pwned).to.equal(undefined);
    });
  });
});
