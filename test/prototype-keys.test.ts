/**
 * Names that every plain object inherits (`constructor`, `__proto__`,
 * `toString`, `hasOwnProperty`) are ordinary text when a page author or a feed
 * writes them: placeholders in `src`, share targets, language codes.
 */
import { expect, fixture } from '@open-wc/testing';
import '../src/components/news-list/define.js';
import '../src/components/article-card/define.js';
import '../src/components/share-bar/define.js';
import type { FeedLoadDetail } from '../src/base/events.js';
import { feedOf, item, requestCount, resetShared, serveFeed, uniqueId, until } from './helpers/feeds.js';
import { sr } from './helpers/dom.js';
import { part, parts } from './helpers/parts.js';

const NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];

/** The URL the element asked for, from its pw-feed-load event. */
async function requestedUrl(tag: string, src: string): Promise<string> {
  let url: string | undefined;
  const el = document.createElement(tag);
  el.addEventListener('pw-feed-load', (e) => (url = (e as CustomEvent<FeedLoadDetail>).detail.url));
  el.setAttribute('src', src);
  await fixture(el);
  return until(() => url, 5000, 'pw-feed-load');
}

describe('prototype names are not keys', () => {
  beforeEach(resetShared);

  for (const tag of ['pw-news-list', 'pw-article-card']) {
    it(`<${tag}> leaves {constructor}, {__proto__}, {toString} in src as written and still expands {lang}`, async () => {
      const id = uniqueId('proto-src');
      const base = await serveFeed(id, feedOf([item('a')]));
      const query = NAMES.map((n, i) => `p${i}={${n}}`).join('&');
      const url = await requestedUrl(tag, `${base}?${query}&lang={lang}`);
      expect(url).to.equal(`${base}?${query}&lang=vi`);
      expect(url).not.to.contain('function');
      expect(url).not.to.contain('object');
      expect(await requestCount(id)).to.equal(1);
    });
  }

  it('<pw-share-bar targets> ignores constructor, __proto__ and toString like any unknown name', async () => {
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
    try {
      const el = await fixture(
        `<pw-share-bar targets="facebook ${NAMES.join(' ')} email" url="https://www.longan.gov.vn/a" title="A"></pw-share-bar>`,
      );
      await until(() => part(el, 'target'), 5000, 'targets');
      const names = parts(el, 'target').map((t) => t.getAttribute('part'));
      expect(names).to.deep.equal(['target target-facebook', 'target target-email']);
      expect(sr(el).innerHTML).not.to.contain('native code');
      expect(warnings.join('\n')).to.contain(`ignores unknown targets: ${NAMES.join(', ')}`);
    } finally {
      console.warn = warn;
    }
  });
});
