import { expect } from '@open-wc/testing';
import { htmlText } from '../src/shared/text.js';

/**
 * htmlText turns feed HTML into an excerpt's words (the news card without a summary, the parser's
 * fallback title). Hostile markup must not make it quadratic: it runs on the reader's main thread.
 */
describe('htmlText', () => {
  it('drops the text of hidden elements, whatever the case and spacing of their closing tag', () => {
    expect(htmlText('<p>Tập huấn</p><script>alert(1)</script><STYLE>p{}</STYLE ><p>Long An</p>')).to.equal(
      'Tập huấn Long An',
    );
    expect(htmlText('a<svg><title>x</title></svg>b<noscript>n</noscript>c')).to.equal('a b c');
  });

  it('keeps going after a look-alike closing tag and hides what an element left open hides', () => {
    expect(htmlText('a<script>x</scriptx>y</script>b')).to.equal('a b');
    expect(htmlText('visible<script>never closed <p>hidden</p>')).to.equal('visible');
  });

  it('is linear on an opening tag repeated without ">" or a closing tag', () => {
    // 200,000 characters each: the old backtracking regex took ~280 ms on 20,000, and 100 times that here.
    const hostile = ['<script '.repeat(25_000), '<style>'.repeat(28_000), '<script>x</scrip'.repeat(12_500)];
    for (const h of hostile) {
      const t0 = performance.now();
      expect(htmlText(`<p>Tin</p>${h}`, 200_000)).to.equal('Tin');
      const ms = performance.now() - t0;
      expect(ms, `${ms.toFixed(0)} ms for ${h.slice(0, 9)}…`).to.be.below(250);
    }
  });
});
