/**
 * Issue 22: a feed with five ids of 900,000 characters and a page whose `item-id` is not in it froze the
 * page for 2–12 s (the "did you mean" hint compared the id with every id) and printed a 5.4 MB warning.
 * The parser caps ids, the hint's work and the warning are bounded, and the hint waits for an idle moment.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/article-card/define.js';
import { feedOf, item, resetShared, serveFeed, uniqueId, until } from '../helpers/feeds.js';
import { sr, text } from '../helpers/dom.js';

describe('hostile ids (issue 22)', () => {
  let warnings: string[];
  const warn = console.warn;
  beforeEach(() => {
    resetShared();
    warnings = [];
    console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  });
  afterEach(() => {
    console.warn = warn;
  });

  it('five ids of 900,000 characters and a missing item-id: no long freeze, a short warning', async () => {
    const huge = (n: number) => `${n}`.padEnd(900_000, 'x');
    const items = [1, 2, 3, 4, 5].map((n) =>
      item(huge(n), { url: `https://www.longan.gov.vn/tin/${n}`, title: `Tin ${n}` }),
    );
    const src = await serveFeed(uniqueId('huge-ids'), feedOf(items));
    // Let the test's own 4.5 MB of strings be collected first: that pause is not the widget's.
    // WebKit has no requestIdleCallback.
    await new Promise((resolve) =>
      typeof requestIdleCallback === 'function' ? requestIdleCallback(resolve) : setTimeout(resolve, 50),
    );
    const longest = { ms: 0 };
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longest.ms = Math.max(longest.ms, entry.duration);
    });
    observer.observe({ type: 'longtask' });
    const start = performance.now();
    const el = await fixture(
      html`<pw-article-card src=${src} item-id="tin-99"><a href="/tin">Tin</a></pw-article-card>`,
    );
    await until(() => sr(el).querySelector('[part~="empty"]'), 10_000, 'the not-found message');
    const firstContent = performance.now() - start;
    await until(() => warnings.some((w) => w.includes('item-id="tin-99"')), 10_000, 'the item-id warning');
    observer.disconnect();

    expect(text(sr(el).querySelector('[part~="empty"]'))).to.equal('Không tìm thấy bài viết.');
    // Unfixed: one task of 2.9 s here (the issue saw 2–12 s). Reading 4.5 MB of JSON is most of what is left.
    expect(firstContent, 'time to first content (ms)').to.be.below(2000);
    expect(longest.ms, 'longest task (ms)').to.be.below(500);
    const hint = warnings.find((w) => w.includes('item-id="tin-99"'))!;
    expect(hint).to.match(/such as "https:\/\/www\.longan\.gov\.vn\/tin\/\d"(, "[^"]+"){2}\./);
    expect(hint.length, 'the hint warning').to.be.below(1000);
    // The parser's notes name each dropped id by its fallback, never by the id itself.
    expect(warnings.filter((w) => /items\[\d\]\.id.*longer than 500 characters/.test(w))).to.have.length(5);
    expect(warnings.join('').length, 'all warnings together').to.be.below(5000);
  });
});
