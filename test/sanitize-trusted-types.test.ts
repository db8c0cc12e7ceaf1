/**
 * The sanitizer and the full article under an enforced Trusted Types policy
 * (`require-trusted-types-for 'script'`), on both sanitizer paths. This file
 * turns enforcement on for its whole page, so it runs alone.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sanitizeHtml } from '../src/shared/sanitize.js';
import { safeUrl } from '../src/shared/url.js';
import '../src/components/article-card/define.js';
import { resetShared, until } from './helpers/feeds.js';
import { expectClean } from './helpers/clean-dom.js';

const meta = document.createElement('meta');
meta.httpEquiv = 'Content-Security-Policy';
meta.content = "require-trusted-types-for 'script'";
document.head.append(meta);

const SEED = new URL('/test/fixtures/news-seed.vi.json', location.href).href;
const HOSTILE = new URL('/test/fixtures/hostile-news.json', location.href).href;

describe('sanitizer under Trusted Types', () => {
  // A precondition, not a test of the library: without enforcement the test below proves nothing.
  before(() => {
    const div = document.createElement('div');
    expect(() => {
      div.innerHTML = '<b>x</b>';
    }, 'Trusted Types enforced on this page').to.throw();
  });
  beforeEach(resetShared);

  it('sanitizes and renders the full article', async () => {
    const fragment = await sanitizeHtml('<p>Xin <b>chào</b><img src="images/news-1.svg" onerror="x()"></p>', {
      baseUrl: HOSTILE,
      safeUrl,
    });
    expect(fragment.querySelector('b')!.textContent).to.equal('chào');
    expect(fragment.querySelector('img')!.hasAttribute('onerror')).to.equal(false);
    const el = await fixture(html`<pw-article-card variant="full" src=${SEED}></pw-article-card>`);
    await until(() => el.shadowRoot!.querySelectorAll('[part~="body"] figure').length === 2, 5000, 'body');
    const hostile = await fixture(
      html`<pw-article-card variant="full" item-id="hostile-1" src=${HOSTILE}></pw-article-card>`,
    );
    await until(() => hostile.shadowRoot!.querySelector('[part~="body"]:not(.body-skeleton)'), 5000, 'hostile body');
    expectClean(hostile.shadowRoot!);
  });
});
