import { expect } from '@open-wc/testing';
import { until } from './helpers/feeds.js';

/**
 * The autoloader's runtime (src/autoloader.ts) with a stand-in element map: three small modules in
 * test/helpers/autoload/ that share a "chunk" counting evaluations. The built autoloader with the
 * real elements is checked by `npm run build` (bytes) and `npm run test:isolation` (CSP, Trusted Types).
 */
const dir = '../test/helpers/autoload';
// A script, not a module (no exports, so it also runs as a classic script): imported by URL.
const AUTOLOADER = new URL('../src/autoloader.ts', import.meta.url).href;
(globalThis as Record<string, unknown>).__PW_ELEMENTS__ = {
  'pw-auto-one': [`${dir}/pw-auto-one.ts`, `${dir}/shared.ts`],
  'pw-auto-two': [`${dir}/pw-auto-two.ts`, `${dir}/shared.ts`],
  'pw-auto-three': [`${dir}/pw-auto-three.ts`, `${dir}/shared.ts`],
  'pw-auto-four': [`${dir}/pw-auto-four.ts`, `${dir}/shared.ts`],
};
(globalThis as Record<string, unknown>).__PW_UPGRADE__ = '../src/autoloader-upgrade.ts';
const evaluations = () =>
  (globalThis as { __autoloadEvaluations?: Record<string, number> }).__autoloadEvaluations ?? {};
const defined = (tag: string) => until(() => customElements.get(tag), 3000, `<${tag}> defined`);

describe('autoloader', () => {
  const early = document.createElement('pw-auto-one');
  const errors: unknown[] = [];
  const onError = (e: ErrorEvent | PromiseRejectionEvent) => errors.push('reason' in e ? e.reason : e.error);

  before(async () => {
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onError);
    document.body.append(early);
    await import(/* @vite-ignore */ AUTOLOADER);
  });
  after(() => {
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onError);
    early.remove();
  });

  it('defines the elements already in the page, and loads nothing for the others', async () => {
    await defined('pw-auto-one');
    expect(early.matches(':defined')).to.equal(true);
    expect(evaluations()['pw-auto-three']).to.equal(undefined);
    expect(customElements.get('pw-auto-three')).to.equal(undefined);
  });

  it("fetches an element's chunks together with its entry, not after it", async () => {
    await defined('pw-auto-one');
    const timing = (file: string) =>
      performance
        .getEntriesByType('resource')
        .find((e): e is PerformanceResourceTiming => e.name.endsWith(`/test/helpers/autoload/${file}`));
    const entry = timing('pw-auto-one.ts')!;
    const chunk = timing('shared.ts')!;
    expect(chunk, 'the shared chunk was requested').to.exist;
    // In a waterfall the chunk would be requested only once the entry had arrived and been parsed.
    // WebKitGTK starts a module's requests one after another whatever asks for them (the chunk came
    // 1 ms after the entry's end in CI), so there the order says nothing and only the rest is checked.
    const webkit = /AppleWebKit/.test(navigator.userAgent) && !/Chrome|Chromium/.test(navigator.userAgent);
    if (!webkit) expect(chunk.startTime).to.be.below(entry.responseEnd);
    expect(document.querySelectorAll('link[rel=modulepreload]')).to.have.length(0);
  });

  it('defines elements added later', async () => {
    const el = document.createElement('pw-auto-two');
    document.body.append(el);
    await defined('pw-auto-two');
    expect(el.matches(':defined')).to.equal(true);
    el.remove();
  });

  it('defines elements inside the open shadow root of a host element', async () => {
    class HostWidget extends HTMLElement {
      connectedCallback() {
        // Like a Lit element: the shadow content arrives after connection.
        const root = this.attachShadow({ mode: 'open' });
        queueMicrotask(() => root.append(document.createElement('pw-auto-three')));
      }
    }
    customElements.define('host-widget-autoload', HostWidget);
    const host = document.createElement('host-widget-autoload');
    document.body.append(host);
    await defined('pw-auto-three');
    expect(host.shadowRoot!.querySelector('pw-auto-three')!.matches(':defined')).to.equal(true);
    host.remove();
  });

  it('ignores pw-* tags it does not know, such as a typo', async () => {
    const typo = document.createElement('pw-auto-on');
    document.body.append(typo);
    await new Promise((r) => setTimeout(r, 50));
    expect(customElements.get('pw-auto-on')).to.equal(undefined);
    expect(errors).to.deep.equal([]);
    typo.remove();
  });

  it('loaded a second time, defines nothing twice and throws nothing', async () => {
    await import(/* @vite-ignore */ `${'/src/autoloader.ts'}?copy=2`);
    const el = document.createElement('pw-auto-one');
    document.body.append(el);
    await new Promise((r) => setTimeout(r, 100));
    expect(evaluations()['pw-auto-one']).to.equal(1);
    expect(errors).to.deep.equal([]);
    el.remove();
  });

  it('loads a pre-rendered element (a shadow root before its module) only after the next paint', async () => {
    const el = document.createElement('pw-auto-four');
    el.attachShadow({ mode: 'open' }).innerHTML = '<p>Nội dung kết xuất sẵn</p>';
    document.body.append(el);
    const painted = await new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));
    await defined('pw-auto-four');
    const request = performance.getEntriesByType('resource').find((r) => r.name.includes('pw-auto-four.ts'))!;
    expect(request.startTime).to.be.greaterThan(painted);
    expect(el.shadowRoot!.textContent).to.equal('Nội dung kết xuất sẵn');
    el.remove();
  });
});
