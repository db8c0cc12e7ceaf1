import { expect } from '@open-wc/testing';
import { dompurifyLoads, hasNativeSanitizer, sanitizeHtml, sanitizerPath } from '../src/internal/sanitize.js';
import { expectClean, expectNoClobbering, imagesSettled, withoutSetHTML } from './helpers/clean-dom.js';

const BASE = new URL('/test/fixtures/hostile-news.json', location.href).href;
const FIXTURES = new URL('/test/fixtures/', location.href).href;

let corpus = '';
before(async () => {
  const feed = await (await fetch(BASE)).json();
  corpus = feed.items[0].content_html;
});

/** Sanitizes into a connected container, so images load and any handler would fire. */
async function render(html: string, options: Partial<Parameters<typeof sanitizeHtml>[1]> = {}): Promise<HTMLElement> {
  const fragment = await sanitizeHtml(html, { baseUrl: BASE, ...options });
  const div = document.createElement('div');
  div.append(fragment);
  document.body.append(div);
  return div;
}

const paths = [
  // The browser's own path: native setHTML where it exists (Chromium), DOMPurify elsewhere (WebKit today).
  { name: 'default', run: <T>(fn: () => Promise<T>) => fn(), expected: hasNativeSanitizer() ? 'native' : 'dompurify' },
  { name: 'DOMPurify fallback', run: withoutSetHTML, expected: 'dompurify' },
] as const;

describe('sanitizer', () => {
  beforeEach(() => {
    delete window.__pwned;
  });
  afterEach(() => {
    document.querySelectorAll('body > div').forEach((d) => d.remove());
  });

  it('uses the native Sanitizer API where the browser has one', async () => {
    const native = typeof (Element.prototype as unknown as { setHTML?: unknown }).setHTML === 'function';
    expect(hasNativeSanitizer()).to.equal(native);
    await render('<p>x</p>');
    expect(sanitizerPath()).to.equal(native ? 'native' : 'dompurify');
  });

  it('loads DOMPurify lazily, only when setHTML is missing, and only once', async () => {
    const before = dompurifyLoads();
    await render('<p>x</p>');
    if (hasNativeSanitizer()) expect(dompurifyLoads()).to.equal(before);
    await withoutSetHTML(async () => {
      expect(hasNativeSanitizer()).to.equal(false);
      await render('<p>a</p>');
      expect(sanitizerPath()).to.equal('dompurify');
      await render('<p>b</p>');
    });
    expect(dompurifyLoads()).to.be.at.most(before + 1);
    expect(dompurifyLoads()).to.be.at.least(1);
    // The chunk is a separate module, requested by a dynamic import.
    const requested = performance.getEntriesByType('resource').map((e) => e.name);
    expect(requested.some((n) => /dompurify/i.test(n))).to.equal(true);
    // setHTML is back afterwards (where the browser has it).
    expect(hasNativeSanitizer()).to.equal(typeof (Element.prototype as unknown as { setHTML?: unknown }).setHTML === 'function');
  });

  it('falls back to DOMPurify when this browser rejects the setHTML configuration', async () => {
    const proto = Element.prototype as unknown as Record<string, unknown>;
    // Also covers browsers without setHTML (WebKit): an early implementation is simulated either way.
    const descriptor = Object.getOwnPropertyDescriptor(proto, 'setHTML');
    Object.defineProperty(proto, 'setHTML', {
      configurable: true,
      value() {
        throw new TypeError('Invalid Sanitizer configuration');
      },
    });
    try {
      const div = await render('<p onclick="x()">Xin chào<script>x()</script></p>');
      expect(sanitizerPath()).to.equal('dompurify');
      expect(div.innerHTML).to.equal('<p>Xin chào</p>');
    } finally {
      if (descriptor) Object.defineProperty(proto, 'setHTML', descriptor);
      else delete proto.setHTML;
    }
  });

  for (const path of paths) {
    describe(`on the ${path.name} path`, () => {
      it('neutralizes the hostile corpus: nothing runs, nothing dangerous remains', async () => {
        const div = await path.run(() => render(corpus));
        expect(sanitizerPath()).to.equal(path.expected);
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
        const div = await path.run(() =>
          render(
            '<p><a href="tin-khac.html">rel</a> <a href="https://other.example/x">ext</a> <a href="mailto:a@example.org">mail</a>' +
              ' <a href="tel:+8412345">tel</a> <a href="javascript:alert(1)">js</a> <a href="/abs">abs</a></p>' +
              '<img src="images/news-1.svg" alt="ảnh" width="640" height="360"><img src="data:image/png;base64,AAAA"><img src="ftp://x/y.png">',
          ),
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
        expect(rel.hasAttribute('target')).to.equal(false);
        expect(ext.getAttribute('target')).to.equal('_blank');
        expect(ext.getAttribute('rel')).to.equal('noopener noreferrer');
        expect(mail.hasAttribute('target')).to.equal(false);
        const imgs = div.querySelectorAll('img');
        expect(imgs.length).to.equal(1);
        expect(imgs[0].getAttribute('src')).to.equal(`${FIXTURES}images/news-1.svg`);
        expect(imgs[0].getAttribute('loading')).to.equal('lazy');
        expect(imgs[0].getAttribute('decoding')).to.equal('async');
        expect(imgs[0].getAttribute('width')).to.equal('640');
        expect(imgs[0].getAttribute('alt')).to.equal('ảnh');
      });

      it('honours a custom target for external links', async () => {
        const div = await path.run(() => render('<a href="https://other.example/">x</a>', { externalTarget: '_top' }));
        expect(div.querySelector('a')!.getAttribute('target')).to.equal('_top');
      });

      it('keeps article structure: figures, captions, lists, tables, quotes, emphasis', async () => {
        const html =
          '<figure><img src="images/tap-huan-1.svg" alt="a"><figcaption>Chú thích <em>ảnh</em></figcaption></figure>' +
          '<ul><li>một</li></ul><ol start="3"><li>ba</li></ol><table><caption>Bảng</caption><thead><tr><th scope="col">A</th></tr></thead>' +
          '<tbody><tr><td colspan="2">1</td></tr></tbody></table><blockquote><p>Trích</p></blockquote><p><strong>đậm</strong> <i>nghiêng</i> <sub>2</sub></p><h3>Mục</h3>';
        const div = await path.run(() => render(html));
        for (const sel of ['figure > img', 'figure > figcaption > em', 'ul > li', 'ol[start="3"] > li', 'table caption', 'th[scope="col"]',
          'td[colspan="2"]', 'blockquote > p', 'strong', 'i', 'sub', 'h3']) {
          expect(div.querySelector(sel), sel).to.exist;
        }
        expect(div.querySelector('figcaption')!.textContent).to.equal('Chú thích ảnh');
      });

      it('moves body headings below the article title', async () => {
        const div = await path.run(() => render('<h1>a</h1><h2>b</h2><h6>c</h6>', { minHeadingLevel: 3 }));
        expect([...div.children].map((h) => h.localName)).to.deep.equal(['h3', 'h4', 'h6']);
        const same = await path.run(() => render('<h4>a</h4>', { minHeadingLevel: 3 }));
        expect(same.firstElementChild!.localName).to.equal('h4');
      });

      it('drops unsafe numeric attributes and empty input', async () => {
        const div = await path.run(() => render('<img src="images/news-1.svg" width="100%" height="50"><td rowspan="x">'));
        const img = div.querySelector('img')!;
        expect(img.hasAttribute('width')).to.equal(false);
        expect(img.getAttribute('height')).to.equal('50');
        expect(img.getAttribute('alt')).to.equal('');
        const empty = await path.run(() => render(''));
        expect(empty.childNodes.length).to.equal(0);
      });
    });
  }

  it('neutralizes each payload of the shared hardening corpus, one by one, on both paths', async () => {
    const { html: payloads } = (await (await fetch('/test/fixtures/hostile/payloads.json')).json()) as { html: string[] };
    expect(payloads.length).to.be.greaterThan(10);
    for (const run of [<T,>(fn: () => Promise<T>) => fn(), withoutSetHTML]) {
      for (const payload of payloads) {
        const div = await run(() => render(payload));
        await imagesSettled(div);
        expectClean(div);
        expectNoClobbering(div);
      }
    }
    await new Promise((r) => setTimeout(r, 50));
    expect((window as unknown as { __pwPwned?: unknown }).__pwPwned).to.equal(undefined);
    expect(window.__pwned).to.equal(undefined);
  });

  it('gives the same clean output on both paths', async () => {
    const html =
      '<p onclick="x()" style="color:red">Xin <b>chào</b> <a href="a.html" target="_self">liên kết</a></p><custom-el>lạ</custom-el>' +
      '<figure><img src="images/news-1.svg" alt="ảnh"><figcaption>Chú thích</figcaption></figure><script>x()</script>';
    const native = (await render(html)).innerHTML;
    const purified = (await withoutSetHTML(() => render(html))).innerHTML;
    expect(purified).to.equal(native);
    expect(native).to.contain('<b>chào</b>');
  });
});
