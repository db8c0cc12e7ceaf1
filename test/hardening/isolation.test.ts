/**
 * Issue 7, isolation: hostile host CSS, and 1,000 connect/disconnect cycles
 * that must leave no timers, listeners or pending requests behind.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { feedOf, item, resetShared, serveFeed, sleep, uniqueId, until } from '../helpers/feeds.js';
import { sr } from '../helpers/dom.js';

describe('isolation: hostile host CSS', () => {
  beforeEach(resetShared);

  it('keeps the widgets readable under aggressive global rules', async () => {
    const url = await serveFeed(
      uniqueId(),
      feedOf([item('a', { title: 'Tập huấn quy chế dân chủ', summary: 'Sáng 22/11' })]),
    );
    const style = document.createElement('style');
    style.textContent = `
      html { font-size: 62.5% !important; }
      * { margin: 0; padding: 0; border: 0; vertical-align: baseline; box-sizing: content-box !important; }
      body * { font-family: 'Times New Roman', serif !important; font-size: 48px !important; line-height: 0.8 !important;
          color: red !important; letter-spacing: 4px !important; text-transform: uppercase !important;
          text-align: justify !important; font-style: italic !important; }
      a { color: red !important; text-decoration: none !important; }
      ul, li { list-style: disc !important; }
      img { max-width: none !important; }
    `;
    document.head.append(style);
    try {
      const wrap = await fixture(html`<div>
        <pw-news-list src=${url}></pw-news-list>
        <pw-share-bar url="https://www.longan.gov.vn/a"></pw-share-bar>
        <pw-language-switcher></pw-language-switcher>
      </div>`);
      const list = wrap.querySelector('pw-news-list')!;
      await until(() => sr(list).querySelector('[part~=title]'));
      for (const el of wrap.querySelectorAll('pw-news-list, pw-share-bar, pw-language-switcher')) {
        const cs = getComputedStyle(el);
        expect(parseFloat(cs.fontSize), `${el.localName} font size`).to.equal(16);
        expect(cs.fontFamily, `${el.localName} font`).to.contain('Noto Sans');
        expect(cs.fontStyle, `${el.localName} font style`).to.equal('normal');
        expect(parseFloat(cs.lineHeight) / parseFloat(cs.fontSize), `${el.localName} line height`).to.be.at.least(1.5);
        expect(cs.textTransform, `${el.localName} text-transform`).to.equal('none');
        // Letter spacing is the page's on purpose: a reader's text-spacing tool must reach the text (WCAG 1.4.12).
        expect(cs.letterSpacing, `${el.localName} letter-spacing`).to.equal('4px');
      }
      const title = sr(list).querySelector('[part~=title]')!;
      expect(getComputedStyle(title).color).not.to.equal('rgb(255, 0, 0)');
      expect(title.getBoundingClientRect().width).to.be.greaterThan(100);
    } finally {
      style.remove();
    }
  });
});

describe('isolation: lifecycle', function () {
  this.timeout(60000);
  beforeEach(resetShared);

  it('leaves no timers, listeners or pending requests after 1,000 connect/disconnect cycles', async () => {
    const feedUrl = await serveFeed(
      uniqueId(),
      feedOf([item('a', { _pw: { event: { start: '2017-11-22T07:30:00+07:00' } } })]),
      undefined,
      50,
    );
    const hang = new URL(`/__feed/hang?${uniqueId()}`, location.href).href;
    const win = window as unknown as Record<string, unknown>;
    const original = {
      setTimeout: window.setTimeout,
      clearTimeout: window.clearTimeout,
      setInterval: window.setInterval,
      clearInterval: window.clearInterval,
      fetch: window.fetch,
    };
    const real = {
      setTimeout: window.setTimeout.bind(window),
      clearTimeout: window.clearTimeout.bind(window),
      setInterval: window.setInterval.bind(window),
      clearInterval: window.clearInterval.bind(window),
      add: EventTarget.prototype.addEventListener,
      remove: EventTarget.prototype.removeEventListener,
      fetch: window.fetch.bind(window),
    };
    // The loader writes its persistent copy when the page is idle or left (pagehide): settle any
    // write an earlier test left pending, so only what the widgets leave behind counts.
    dispatchEvent(new Event('pagehide'));
    const timers = new Set<number>();
    const intervals = new Set<number>();
    const signals: AbortSignal[] = [];
    let listeners = 0;
    // Count only what the widgets register on global targets (window, document, the locale store…).
    const globalTarget = (t: EventTarget) => !(t instanceof Node) || t === document;
    win.setTimeout = ((fn: TimerHandler, ms?: number, ...a: unknown[]) => {
      const id = real.setTimeout(
        ((...x: unknown[]) => {
          timers.delete(id);
          (fn as (...y: unknown[]) => void)(...x);
        }) as TimerHandler,
        ms,
        ...a,
      );
      timers.add(id);
      return id;
    }) as typeof setTimeout;
    win.clearTimeout = ((id: number) => {
      timers.delete(id);
      real.clearTimeout(id);
    }) as typeof clearTimeout;
    win.setInterval = ((fn: TimerHandler, ms?: number) => {
      const id = real.setInterval(fn, ms);
      intervals.add(id);
      return id;
    }) as typeof setInterval;
    win.clearInterval = ((id: number) => {
      intervals.delete(id);
      real.clearInterval(id);
    }) as typeof clearInterval;
    EventTarget.prototype.addEventListener = function (
      this: EventTarget,
      ...a: Parameters<EventTarget['addEventListener']>
    ) {
      if (globalTarget(this)) listeners++;
      return real.add.apply(this, a);
    };
    EventTarget.prototype.removeEventListener = function (
      this: EventTarget,
      ...a: Parameters<EventTarget['removeEventListener']>
    ) {
      if (globalTarget(this)) listeners--;
      return real.remove.apply(this, a);
    };
    window.fetch = (input, init) => {
      if (init?.signal) signals.push(init.signal);
      return real.fetch(input, init);
    };
    try {
      const host = await fixture(html`<div></div>`);
      const els = [
        Object.assign(document.createElement('pw-news-list'), { src: hang }),
        Object.assign(document.createElement('pw-article-card'), { src: feedUrl }),
        Object.assign(document.createElement('pw-training-calendar'), { src: hang }),
        document.createElement('pw-language-switcher'),
        document.createElement('pw-share-bar'),
      ];
      const baseline = { timers: timers.size, intervals: intervals.size, listeners };
      for (let i = 0; i < 1000; i++) {
        const el = els[i % els.length];
        host.append(el!);
        if (i % 50 === 0) await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        el!.remove();
      }
      await sleep(200);
      await until(() => signals.every((s) => s.aborted) || undefined, 3000, 'requests aborted').catch(() => {});
      dispatchEvent(new Event('pagehide')); // a copy fetched during the cycles: its write must not linger either
      const pending = signals.filter((s) => !s.aborted).length;
      expect({ timers: timers.size, intervals: intervals.size, listeners, pending }).to.deep.equal({
        ...baseline,
        pending: 0,
      });
    } finally {
      Object.assign(win, original);
      EventTarget.prototype.addEventListener = real.add;
      EventTarget.prototype.removeEventListener = real.remove;
    }
  });
});
