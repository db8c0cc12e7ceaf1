import { expect, fixture, html } from '@open-wc/testing';
import { PwElement } from '../src/base/pw-element.js';
import { PwTestFeed } from './helpers/pw-test-feed.js';
import './helpers/pw-test-feed.js';
import { feedOf, item, resetShared, serveFeed, uniqueId, until } from './helpers/feeds.js';

describe('base element', () => {
  beforeEach(resetShared);

  it('defines a tag only once, so a second bundle does not throw', () => {
    class Other extends PwElement {}
    expect(() => PwTestFeed.define('pw-test-feed')).not.to.throw();
    expect(() => Other.define('pw-test-feed')).not.to.throw();
    expect(customElements.get('pw-test-feed')).to.equal(PwTestFeed);
  });

  it('keeps a render failure inside the widget: a warning, no page error, neighbours unaffected', async () => {
    const tag = `pw-broken-${uniqueId().toLowerCase()}`;
    class Broken extends PwElement {
      override render(): never {
        throw new TypeError('boom');
      }
    }
    Broken.define(tag);
    const errors: unknown[] = [];
    const onError = (e: Event) => errors.push(e);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (m: string) => warnings.push(m);
    try {
      const url = await serveFeed(uniqueId(), feedOf([item('a', { title: 'Vẫn hiển thị' })]));
      const wrap = await fixture(html`<div><pw-test-feed src=${url}></pw-test-feed></div>`);
      wrap.prepend(document.createElement(tag));
      await until(() => wrap.querySelector('pw-test-feed')!.shadowRoot!.querySelector('.title'));
      await new Promise((r) => setTimeout(r, 50));
      expect(errors).to.deep.equal([]);
      expect(warnings.some((w) => w.includes(`<${tag}> could not render`))).to.equal(true);
    } finally {
      console.warn = warn;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onError);
    }
  });

  it('fires feed events that bubble out of shadow roots', async () => {
    const url = await serveFeed(uniqueId(), feedOf([item('a')]));
    const host = await fixture(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const events: Event[] = [];
    host.addEventListener('pw-feed-load', (e) => events.push(e));
    root.innerHTML = `<pw-test-feed src="${url}"></pw-test-feed>`;
    await until(() => events.length === 1, 5000, 'pw-feed-load outside the shadow root');
    const [e] = events as CustomEvent[];
    expect(e!.bubbles && e!.composed).to.equal(true);
    expect(e!.detail.url).to.equal(url);
    expect(e!.detail.feed.items[0].id).to.equal('a');
  });

  it('shows light-DOM fallback content without src and again in the error state', async () => {
    const el = await fixture<PwTestFeed>(
      html`<pw-test-feed><a href="https://www.longan.gov.vn/tin-tuc">Xem tin tức trên cổng tỉnh</a></pw-test-feed>`,
    );
    const slot = () => el.shadowRoot!.querySelector('slot');
    expect(slot()!.assignedElements()[0]!.textContent).to.equal('Xem tin tức trên cổng tỉnh');
    el.src = `/__feed/status/404?${uniqueId()}`;
    await until(() => el.shadowRoot!.querySelector('[part=error]'));
    expect(slot()!.assignedElements()).to.have.length(1);
  });

  it('reserves space with a skeleton while loading, announced to screen readers', async () => {
    const url = await serveFeed(uniqueId(), feedOf([item('a')]), undefined, 300);
    const el = await fixture<PwTestFeed>(html`<pw-test-feed src=${url}></pw-test-feed>`);
    expect(el.getBoundingClientRect().height).to.be.at.least(120);
    expect(el.shadowRoot!.querySelector('[role=status]')!.textContent).to.equal('Đang tải…');
    await until(() => el.shadowRoot!.querySelector('.title'));
  });

  it('applies the dark scheme from the theme attribute and honours --pw-* tokens', async () => {
    const el = await fixture<PwTestFeed>(html`<pw-test-feed></pw-test-feed>`);
    const color = () => getComputedStyle(el).color;
    expect(color()).to.equal('rgb(27, 31, 36)');
    el.theme = 'dark';
    await el.updateComplete;
    expect(color()).to.equal('rgb(232, 234, 237)');
    el.style.setProperty('--pw-color-text', 'rgb(1, 2, 3)');
    expect(color()).to.equal('rgb(1, 2, 3)');
    expect(parseFloat(getComputedStyle(el).lineHeight) / parseFloat(getComputedStyle(el).fontSize)).to.be.at.least(1.5);
  });

  it('is accessible in the loading, error and loaded states', async () => {
    const slow = await serveFeed(uniqueId(), feedOf([item('a')]), undefined, 500);
    const loading = await fixture<PwTestFeed>(html`<pw-test-feed src=${slow}></pw-test-feed>`);
    await expect(loading).to.be.accessible();
    const failed = await fixture<PwTestFeed>(
      html`<pw-test-feed src="/__feed/status/500?${uniqueId()}"></pw-test-feed>`,
    );
    await until(() => failed.shadowRoot!.querySelector('[part=error]'));
    await expect(failed).to.be.accessible();
    await until(() => loading.shadowRoot!.querySelector('.title'));
    await expect(loading).to.be.accessible();
  });
});
