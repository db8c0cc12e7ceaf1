/**
 * Issue 16 §4: the demo page reserves the widgets' space only while scripts run.
 * Without JavaScript (a sandboxed frame) the fallback content keeps its own size;
 * with the class that demo/scripting.js sets, the reservations are back.
 */
import { expect } from '@open-wc/testing';

async function demoFrame(sandbox: string | null): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  if (sandbox !== null) frame.setAttribute('sandbox', sandbox);
  frame.style.cssText = 'width: 1280px; height: 900px; border: 0';
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  frame.src = '/demo/index.html';
  document.body.append(frame);
  await loaded;
  return frame;
}

const height = (doc: Document, sel: string) => doc.querySelector(sel)!.getBoundingClientRect().height;
/** The height of an element's light-DOM content (its fallback). */
const contentHeight = (doc: Document, sel: string) =>
  [...doc.querySelector(sel)!.children].reduce((sum, c) => sum + c.getBoundingClientRect().height, 0);

describe('demo page without JavaScript', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('shows the fallback content at its own size, with no reserved blocks', async () => {
    frame = await demoFrame('allow-same-origin');
    const doc = frame.contentDocument!;
    expect(doc.documentElement.classList.contains('js')).to.be.false;
    expect(customElementsOf(frame).get('pw-article-card')).to.be.undefined;
    for (const sel of ['pw-article-card', 'pw-news-list', 'pw-training-calendar']) {
      // flow-root keeps the fallback's margins inside the element: allow for them.
      expect(height(doc, sel) - contentHeight(doc, sel), `${sel} reserves no space`).to.be.lessThan(40);
    }
    expect(height(doc, 'pw-article-card')).to.be.lessThan(600);
    expect(height(doc, '.sidebar')).to.be.lessThan(400);
    expect(height(doc, 'pw-training-calendar')).to.be.lessThan(200);

    // The same page while scripts run (html.js): the boxes are reserved.
    doc.documentElement.classList.add('js');
    expect(height(doc, 'pw-article-card')).to.be.at.least(900);
    expect(height(doc, 'pw-training-calendar')).to.be.at.least(785);
    expect(height(doc, 'pw-news-list')).to.be.greaterThan(1000);
  });

  it('marks the page as scripted before the body is parsed', async () => {
    const page = new DOMParser().parseFromString(await (await fetch('/demo/index.html')).text(), 'text/html');
    const first = page.head.querySelector('script')!;
    expect(first.getAttribute('src'), 'the first script in <head> is scripting.js').to.equal('./scripting.js');
    expect(first.type, 'classic, so it blocks the parser').to.equal('');
    frame = document.createElement('iframe');
    const loaded = new Promise((r) => frame!.addEventListener('load', r, { once: true }));
    frame.srcdoc = '<script src="/demo/scripting.js"></script><p>x</p>';
    document.body.append(frame);
    await loaded;
    expect(frame.contentDocument!.documentElement.classList.contains('js')).to.be.true;
  });
});

function customElementsOf(frame: HTMLIFrameElement): CustomElementRegistry {
  return (frame.contentWindow as Window & typeof globalThis).customElements;
}
