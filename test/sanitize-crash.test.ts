/**
 * Issue 11.1: Chromium 156's `Element.setHTML` with a sanitizer configuration
 * crashes the whole tab on these attributes. A full article whose body holds
 * them must render its text and leave the page alive, in every browser.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/components/article-card/define.js';
import type { PwArticleCard } from '../src/components/article-card/article-card.js';
import { feedOf, item, resetShared, serveFeed, uniqueId, until } from './helpers/feeds.js';

/** The attributes, shared with bench/sanitizer-paths.mjs (which reproduces the crash). */
const { setHTMLCrashAttributes: ATTRIBUTES } = (await (await fetch('/test/fixtures/hostile/payloads.json')).json()) as {
  setHTMLCrashAttributes: string[];
};

describe('pw-article-card: event-handler attributes that crash a configured setHTML', () => {
  beforeEach(resetShared);

  for (const attr of ATTRIBUTES) {
    it(`shows a body with ${attr}="x" and the page stays alive`, async () => {
      const url = await serveFeed(
        uniqueId(),
        feedOf([item('a', { content_html: `<p ${attr}="x">Thông báo ${attr}</p><svg><animate ${attr}="x"/></svg>` })]),
      );
      const el = await fixture<PwArticleCard>(html`<pw-article-card variant="full" src=${url}></pw-article-card>`);
      const body = await until(() => el.shadowRoot!.querySelector('[part~=body]:not(.body-skeleton) p'), 5000, 'body');
      expect(body.textContent).to.equal(`Thông báo ${attr}`);
      expect(body.hasAttribute(attr)).to.equal(false);
      // The renderer still answers: a new task runs and lays out.
      await new Promise((r) => setTimeout(r, 0));
      expect(el.shadowRoot!.querySelector('[part~=body]')!.getBoundingClientRect().height).to.be.greaterThan(0);
    });
  }
});
