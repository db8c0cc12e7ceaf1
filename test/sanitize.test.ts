import { expect } from '@open-wc/testing';
import { sanitizeHtml } from '../src/shared/sanitize.js';
import { safeUrl } from '../src/shared/url.js';
import { expectClean, expectNoClobbering, imagesSettled } from './helpers/clean-dom.js';

const BASE = new URL('/test/fixtures/hostile-news.json', location.href).href;
const FIXTURES = new URL('/test/fixtures/', location.href).href;

let corpus = '';
before(async () => {
  const feed = await (await fetch(BASE)).json();
  corpus = feed.items[0].content_html;
});

/** Sanitizes into a connected container, so images load and any handler would fire. */
async function render(html: string, options: Partial<Parameters<typeof sanitizeHtml>[1]> = {}): Promise<HTMLElement> {
  const fragment = await sanitizeHtml(html, { baseUrl: BASE, safeUrl, ...options });
  const div = document.createElement('div');
  div.append(fragment);
  document.body.append(div);
  return div;
}

describe('sanitizer', () => {
  beforeEach(() => {
    delete window.__pwned;
  });
  afterEach(() => {
    document.querySelectorAll('body > div').forEach((d) => d.remove());
  });

  it('never calls Element.setHTML, whose configured form crashes Chromium 156', async () => {
    const proto = Element.prototype as unknown as Record<string, unknown>;
    const descriptor = Object.getOwnPropertyDescriptor(proto, 'setHTML');
    let calls = 0;
    Object.defineProperty(proto, 'setHTML', {
      configurable: true,
      value() {
        calls++;
      },
    });
    try {
      const div = await render('<p onfinish="x()">Thông báo<script>x()</script></p>');
      expect(div.innerHTML).to.equal('<p>Thông báo</p>');
      expect(calls).to.equal(0);
    } finally {
      if (descriptor) Object.defineProperty(proto, 'setHTML', descriptor);
      else delete proto.setHTML;
    }
  });

  for (const [what, wrap, options] of [
    ['a link with a refused scheme', (inner: string) => `<a href="ftp://example.org/x">${inner}</a>`, {}],
    ['a shifted heading', (inner: string) => `<h1>${inner}</h1>`, { minHeadingLevel: 3 }],
  ] as const) {
    it(`unwraps ${what} around 150,000 children without overflowing the stack`, async () => {
      const div = await render(wrap('<wbr>'.repeat(150_000) + 'cuối'), options);
      expect(div.querySelectorAll('wbr').length).to.equal(150_000);
      expect(div.textContent).to.equal('cuối');
      expect(div.querySelector('a')).to.equal(null);
      if ('minHeadingLevel' in options) expect(div.querySelector('h3')!.childNodes.length).to.equal(150_001);
    });
  }

  describe('allowlist and URL policy', () => {
    it('neutralizes the hostile corpus: nothing runs, nothing dangerous remains', async () => {
      const div = await render(corpus);
      await imagesSettled(div);
      expect(window.__pwned).to.equal(undefined);
      expectClean(div);
      expectNoClobbering(div);
      expect(div.querySelectorAll('img').length).to.be.greaterThan(0);
      // Text survives unknown wrappers.
      expect(div.textContent).to.contain('phần tử lạ');
      expect(div.textContent).to.contain('Đoạn văn');
      expect(div.textContent).to.contain('đoạn có style');
      // Nothing from <script>, <style> or <template> leaks as text either.
      expect(div.textContent).not.to.contain('__pwned');
      expect(div.textContent).not.to.contain(':host');
    });

    it('resolves relative URLs against the feed and applies the URL policy', async () => {
      const div = await render(
        '<p><a href="tin-khac.html">rel</a> <a href="https://other.example/x">ext</a> <a href="mailto:a@example.org">mail</a>' +
          ' <a href="tel:+8412345">tel</a> <a href="javascript:alert(1)">js</a> <a href="/abs">abs</a></p>' +
          '<img src="images/news-1.svg" alt="ảnh" width="640" height="360"><img src="data:image/png;base64,AAAA"><img src="ftp://x/y.png">',
      );
      const links = [...div.querySelectorAll('a')];
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
        `${FIXTURES}tin-khac.html`,
        'https://other.example/x',
        'mailto:a@example.org',
        new URL('/abs', location.href).href,
      ]);
      // tel: and javascript: links are unwrapped: their text stays, the link goes.
      expect(div.textContent).to.contain('tel');
      expect(div.textContent).to.contain('js');
      const [rel, ext, mail] = links;
      expect(rel!.hasAttribute('target')).to.equal(false);
      expect(ext!.getAttribute('target')).to.equal('_blank');
      expect(ext!.getAttribute('rel')).to.equal('noopener noreferrer');
      expect(mail!.hasAttribute('target')).to.equal(false);
      const imgs = div.querySelectorAll('img');
      expect(imgs.length).to.equal(1);
      expect(imgs[0]!.getAttribute('src')).to.equal(`${FIXTURES}images/news-1.svg`);
      expect(imgs[0]!.getAttribute('loading')).to.equal('lazy');
      expect(imgs[0]!.getAttribute('decoding')).to.equal('async');
      expect(imgs[0]!.getAttribute('width')).to.equal('640');
      expect(imgs[0]!.getAttribute('alt')).to.equal('ảnh');
    });

    it('honours a custom target for external links', async () => {
      const div = await render('<a href="https://other.example/">x</a>', { externalTarget: '_top' });
      expect(div.querySelector('a')!.getAttribute('target')).to.equal('_top');
    });

    it('keeps article structure: figures, captions, lists, tables, quotes, emphasis', async () => {
      const html =
        '<figure><img src="images/tap-huan-1.svg" alt="a"><figcaption>Chú thích <em>ảnh</em></figcaption></figure>' +
        '<ul><li>một</li></ul><ol start="3"><li>ba</li></ol><table><caption>Bảng</caption><thead><tr><th scope="col">A</th></tr></thead>' +
        '<tbody><tr><td colspan="2">1</td></tr></tbody></table><blockquote><p>Trích</p></blockquote><p><strong>đậm</strong> <i>nghiêng</i> <sub>2</sub></p><h3>Mục</h3>';
      const div = await render(html);
      for (const sel of [
        'figure > img',
        'figure > figcaption > em',
        'ul > li',
        'ol[start="3"] > li',
        'table caption',
        'th[scope="col"]',
        'td[colspan="2"]',
        'blockquote > p',
        'strong',
        'i',
        'sub',
        'h3',
      ]) {
        expect(div.querySelector(sel), sel).to.exist;
      }
      expect(div.querySelector('figcaption')!.textContent).to.equal('Chú thích ảnh');
    });

    it('moves body headings below the article title', async () => {
      const div = await render('<h1>a</h1><h2>b</h2><h6>c</h6>', { minHeadingLevel: 3 });
      expect([...div.children].map((h) => h.localName)).to.deep.equal(['h3', 'h4', 'h6']);
      const same = await render('<h4>a</h4>', { minHeadingLevel: 3 });
      expect(same.firstElementChild!.localName).to.equal('h4');
    });

    it('drops unsafe numeric attributes and empty input', async () => {
      const div = await render('<img src="images/news-1.svg" width="100%" height="50"><td rowspan="x">');
      const img = div.querySelector('img')!;
      expect(img.hasAttribute('width')).to.equal(false);
      expect(img.getAttribute('height')).to.equal('50');
      expect(img.getAttribute('alt')).to.equal('');
      const empty = await render('');
      expect(empty.childNodes.length).to.equal(0);
    });
  });

  it('neutralizes each payload of the shared hardening corpus, one by one', async () => {
    const { html: payloads } = (await (await fetch('/test/fixtures/hostile/payloads.json')).json()) as {
      html: string[];
    };
    expect(payloads.length).to.be.greaterThan(10);
    for (const payload of payloads) {
      const div = await render(payload);
      await imagesSettled(div);
      expectClean(div);
      expectNoClobbering(div);
    }
    await new Promise((r) => setTimeout(r, 50));
    expect((window as unknown as { __pwPwned?: unknown }).__pwPwned).to.equal(undefined);
    expect(window.__pwned).to.equal(undefined);
  });
});
