import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import './define.js';
import type { PwShareBar } from './share-bar.js';
import type { ShareStartDetail } from './share-bar.js';
import { ZALO_SDK_URL } from './zalo.js';
import { setLocale } from '../../locale/store.js';
import { resetShared, until } from '../../../test/helpers/feeds.js';
import { addHead, idle, removeHead, sr } from '../../../test/helpers/dom.js';
import { parts } from '../../../test/helpers/parts.js';

/* ---------- helpers ---------- */

const target = (el: PwShareBar, name: string) => sr(el).querySelector<HTMLElement>(`[part~="target-${name}"]`)!;
const targetNames = (el: PwShareBar) =>
  parts<HTMLElement>(el, 'target').map((t) => [...t.part].find((p) => p.startsWith('target-'))!.slice(7));
const statusText = (el: PwShareBar) => sr(el).querySelector('[role="status"]')!.textContent!.trim();

/** Replaces a property of `obj` for one test (own property shadowing the prototype's). */
const restores: Array<() => void> = [];
function stub<T extends object>(obj: T, key: string, value: unknown) {
  const own = Object.getOwnPropertyDescriptor(obj, key);
  Object.defineProperty(obj, key, { value, configurable: true, writable: true });
  restores.push(() => {
    if (own) Object.defineProperty(obj, key, own);
    else delete (obj as Record<string, unknown>)[key];
  });
}

/** A recording function. */
function spy<A extends unknown[], R>(impl: (...args: A) => R) {
  const calls: A[] = [];
  const fn = (...args: A) => {
    calls.push(args);
    return impl(...args);
  };
  return Object.assign(fn, { calls });
}

const clipboardOk = () => {
  const writeText = spy((_t: string) => Promise.resolve());
  stub(navigator, 'clipboard', { writeText });
  return writeText;
};
const noNativeShare = () => stub(navigator, 'share', undefined);

const URL_VI = 'https://www.longan.gov.vn/tin-tuc/tập-huấn?id=12&lang=vi#binh-luan';
// The same URL after the WHATWG parser (as the bar shares it), then encoded once more as a parameter.
const URL_VI_ENC =
  'https%3A%2F%2Fwww.longan.gov.vn%2Ftin-tuc%2Ft%25E1%25BA%25ADp-hu%25E1%25BA%25A5n%3Fid%3D12%26lang%3Dvi%23binh-luan';
const TITLE = 'Tập huấn quy chế dân chủ & "Dân vận khéo"';
const TITLE_ENC =
  'T%E1%BA%ADp%20hu%E1%BA%A5n%20quy%20ch%E1%BA%BF%20d%C3%A2n%20ch%E1%BB%A7%20%26%20%22D%C3%A2n%20v%E1%BA%ADn%20kh%C3%A9o%22';
const TEXT = 'Xem chi tiết? 100% miễn phí';
const TEXT_ENC = 'Xem%20chi%20ti%E1%BA%BFt%3F%20100%25%20mi%E1%BB%85n%20ph%C3%AD';

describe('pw-share-bar', () => {
  beforeEach(() => {
    resetShared();
    noNativeShare(); // deterministic: headless Chromium on Linux has no share sheet, but be explicit
  });
  afterEach(() => {
    while (restores.length) restores.pop()!();
    removeHead();
    setLocale('vi', { persist: false });
  });

  describe('share URLs', () => {
    it('encodes every parameter exactly, with ?, &, # and Vietnamese text', async () => {
      const el = await fixture<PwShareBar>(
        html`<pw-share-bar url=${URL_VI} share-title=${TITLE} text=${TEXT}></pw-share-bar>`,
      );
      expect(target(el, 'facebook').getAttribute('href')).to.equal(
        `https://www.facebook.com/sharer/sharer.php?u=${URL_VI_ENC}`,
      );
      expect(target(el, 'x').getAttribute('href')).to.equal(
        `https://twitter.com/intent/tweet?url=${URL_VI_ENC}&text=${TEXT_ENC}`,
      );
      expect(target(el, 'linkedin').getAttribute('href')).to.equal(
        `https://www.linkedin.com/sharing/share-offsite/?url=${URL_VI_ENC}`,
      );
      expect(target(el, 'email').getAttribute('href')).to.equal(
        `mailto:?subject=${TITLE_ENC}&body=${TEXT_ENC}%0A%0A${URL_VI_ENC}`,
      );
    });

    it('uses the title as X text and the bare URL as email body when there is no text', async () => {
      const el = await fixture<PwShareBar>(html`<pw-share-bar url=${URL_VI} share-title=${TITLE}></pw-share-bar>`);
      expect(target(el, 'x').getAttribute('href')).to.equal(
        `https://twitter.com/intent/tweet?url=${URL_VI_ENC}&text=${TITLE_ENC}`,
      );
      expect(target(el, 'email').getAttribute('href')).to.equal(`mailto:?subject=${TITLE_ENC}&body=${URL_VI_ENC}`);
    });

    it('opens third-party links in a new tab with rel="noopener noreferrer"; email stays in place', async () => {
      const el = await fixture<PwShareBar>(html`<pw-share-bar url=${URL_VI}></pw-share-bar>`);
      for (const name of ['facebook', 'x', 'linkedin']) {
        expect(target(el, name).getAttribute('target'), name).to.equal('_blank');
        expect(target(el, name).getAttribute('rel'), name).to.equal('noopener noreferrer');
      }
      expect(target(el, 'email').hasAttribute('target')).to.be.false;
    });
  });

  describe('defaults', () => {
    it('shares <link rel="canonical"> before og:url and the page address', async () => {
      addHead(`<link rel="canonical" href="https://www.longan.gov.vn/tin-tuc/bai-1?x=1&y=2">
        <meta property="og:url" content="https://www.longan.gov.vn/og-url">`);
      const el = await fixture<PwShareBar>(html`<pw-share-bar></pw-share-bar>`);
      expect(el.shareData.url).to.equal('https://www.longan.gov.vn/tin-tuc/bai-1?x=1&y=2');
      expect(target(el, 'linkedin').getAttribute('href')).to.equal(
        'https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Fwww.longan.gov.vn%2Ftin-tuc%2Fbai-1%3Fx%3D1%26y%3D2',
      );
    });

    it('falls back to og:url, then location.href', async () => {
      addHead(`<meta property="og:url" content="https://www.longan.gov.vn/og-url">`);
      const el = await fixture<PwShareBar>(html`<pw-share-bar></pw-share-bar>`);
      expect(el.shareData.url).to.equal('https://www.longan.gov.vn/og-url');
      removeHead(1);
      const el2 = await fixture<PwShareBar>(html`<pw-share-bar></pw-share-bar>`);
      expect(el2.shareData.url).to.equal(location.href);
    });

    it('shares og:title, then document.title', async () => {
      const before = document.title;
      document.title = 'Tiêu đề trang';
      try {
        addHead(`<meta property="og:title" content="Tập huấn quy chế dân chủ năm 2017">`);
        const el = await fixture<PwShareBar>(html`<pw-share-bar></pw-share-bar>`);
        expect(el.shareData.title).to.equal('Tập huấn quy chế dân chủ năm 2017');
        removeHead(1);
        const el2 = await fixture<PwShareBar>(html`<pw-share-bar></pw-share-bar>`);
        expect(el2.shareData.title).to.equal('Tiêu đề trang');
      } finally {
        document.title = before;
      }
    });

    it('follows later changes to the page head (canonical, og:title)', async () => {
      addHead(`<link rel="canonical" href="https://www.longan.gov.vn/a">
        <meta property="og:title" content="Bài A">`);
      const el = await fixture<PwShareBar>(html`<pw-share-bar></pw-share-bar>`);
      expect(target(el, 'x').getAttribute('href')).to.equal(
        'https://twitter.com/intent/tweet?url=https%3A%2F%2Fwww.longan.gov.vn%2Fa&text=B%C3%A0i%20A',
      );
      document.querySelector('link[rel="canonical"]')!.setAttribute('href', 'https://www.longan.gov.vn/b');
      document.querySelector('meta[property="og:title"]')!.setAttribute('content', 'Bài B');
      await until(() => target(el, 'x').getAttribute('href')!.endsWith('text=B%C3%A0i%20B'), 2000, 'updated href');
      expect(target(el, 'x').getAttribute('href')).to.equal(
        'https://twitter.com/intent/tweet?url=https%3A%2F%2Fwww.longan.gov.vn%2Fb&text=B%C3%A0i%20B',
      );
    });

    it('ignores a url that is not http(s), with a console warning, and shares the default', async () => {
      addHead(`<link rel="canonical" href="https://www.longan.gov.vn/canonical">`);
      const warn = spy((..._a: unknown[]) => {});
      stub(console, 'warn', warn);
      const el = await fixture<PwShareBar>(html`<pw-share-bar url="javascript:alert(1)"></pw-share-bar>`);
      expect(el.shareData.url).to.equal('https://www.longan.gov.vn/canonical');
      expect(target(el, 'facebook').getAttribute('href')).to.equal(
        'https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.longan.gov.vn%2Fcanonical',
      );
      expect(warn.calls.some((args) => String(args[0]).includes('javascript:alert(1)'))).to.be.true;
    });
  });

  describe('targets, heading and layout', () => {
    it('shows the default targets in the Vietnamese order, Zalo and Facebook first', async () => {
      const el = await fixture<PwShareBar>(html`<pw-share-bar></pw-share-bar>`);
      expect(targetNames(el)).to.deep.equal(['zalo', 'facebook', 'x', 'linkedin', 'email', 'copy', 'print']);
    });

    it('adds native share last only where navigator.share exists', async () => {
      stub(navigator, 'share', () => Promise.resolve());
      const el = await fixture<PwShareBar>(html`<pw-share-bar></pw-share-bar>`);
      expect(targetNames(el).at(-1)).to.equal('native');
    });

    it('follows the targets attribute order and warns about unknown names', async () => {
      const warn = spy((..._a: unknown[]) => {});
      stub(console, 'warn', warn);
      const el = await fixture<PwShareBar>(
        html`<pw-share-bar targets="copy, facebook zalo myspace copy"></pw-share-bar>`,
      );
      expect(targetNames(el)).to.deep.equal(['copy', 'facebook', 'zalo']);
      expect(warn.calls.some((a) => String(a[0]).includes('myspace'))).to.be.true;
    });

    it('shows the heading in the current locale, overridable by label', async () => {
      const el = await fixture<PwShareBar>(html`<pw-share-bar></pw-share-bar>`);
      const label = () => sr(el).querySelector('[part="label"]')!.textContent!.trim();
      expect(label()).to.equal('Chia sẻ bài viết');
      expect(sr(el).querySelector('[part="base"]')!.getAttribute('aria-labelledby')).to.equal('label');
      setLocale('en');
      await until(() => label() === 'Share this article', 2000, 'English heading');
      el.label = 'Chia sẻ tin này';
      await el.updateComplete;
      expect(label()).to.equal('Chia sẻ tin này');
    });

    it('gives every control an accessible name in the current locale', async () => {
      const el = await fixture<PwShareBar>(html`<pw-share-bar></pw-share-bar>`);
      const names = () => targetNames(el).map((n) => target(el, n).getAttribute('aria-label'));
      expect(names()).to.deep.equal([
        'Chia sẻ lên Zalo',
        'Chia sẻ lên Facebook (mở trong thẻ mới)',
        'Chia sẻ lên X (mở trong thẻ mới)',
        'Chia sẻ lên LinkedIn (mở trong thẻ mới)',
        'Chia sẻ qua email',
        'Sao chép liên kết',
        'In bài viết',
      ]);
      setLocale('en');
      await until(() => names()[0] === 'Share on Zalo', 2000, 'English names');
      expect(names()).to.deep.equal([
        'Share on Zalo',
        'Share on Facebook (opens in a new tab)',
        'Share on X (opens in a new tab)',
        'Share on LinkedIn (opens in a new tab)',
        'Share by email',
        'Copy link',
        'Print this article',
      ]);
      expect(sr(el).querySelector('[part="base"]')!.getAttribute('lang')).to.equal('en');
    });

    it('icon-only hides the text visually but keeps names, and adds tooltips', async () => {
      const el = await fixture<PwShareBar>(html`<pw-share-bar icon-only></pw-share-bar>`);
      const fb = target(el, 'facebook');
      const text = fb.querySelector<HTMLElement>('[part~="text"]')!;
      expect(text.textContent).to.equal('Facebook');
      expect(text.getBoundingClientRect().width).to.be.at.most(1);
      expect(fb.getAttribute('aria-label')).to.equal('Chia sẻ lên Facebook (mở trong thẻ mới)');
      expect(fb.getAttribute('title')).to.equal('Chia sẻ lên Facebook (mở trong thẻ mới)');
      const plain = await fixture<PwShareBar>(html`<pw-share-bar></pw-share-bar>`);
      expect(
        target(plain, 'facebook').querySelector('[part~="text"]')!.getBoundingClientRect().width,
      ).to.be.greaterThan(20);
      expect(target(plain, 'facebook').hasAttribute('title')).to.be.false;
    });

    it('lays out horizontally by default and vertically on request', async () => {
      const el = await fixture<PwShareBar>(html`<pw-share-bar></pw-share-bar>`);
      const list = () => getComputedStyle(sr(el).querySelector('[part="list"]')!).flexDirection;
      expect(list()).to.equal('row');
      el.layout = 'vertical';
      await el.updateComplete;
      expect(el.getAttribute('layout')).to.equal('vertical');
      expect(list()).to.equal('column');
    });

    it('is themable through --pw-share-bar-* properties and parts', async () => {
      const el = await fixture<PwShareBar>(
        html`<pw-share-bar style="--pw-share-bar-size: 60px; --pw-share-bar-background: rgb(1, 2, 3)"></pw-share-bar>`,
      );
      const copy = target(el, 'copy');
      expect(copy.getBoundingClientRect().height).to.equal(60);
      expect(getComputedStyle(copy).backgroundColor).to.equal('rgb(1, 2, 3)');
      expect(copy.getAttribute('part')).to.equal('target target-copy');
    });

    it('still honours the deprecated --pw-share-* names, with one console note per name; the new names win', async () => {
      const warn = console.warn;
      const notes: string[] = [];
      console.warn = (...args: unknown[]) => notes.push(String(args[0]));
      try {
        const old = await fixture<PwShareBar>(
          html`<pw-share-bar style="--pw-share-size: 58px; --pw-share-color: rgb(4, 5, 6)"></pw-share-bar>`,
        );
        expect(target(old, 'copy').getBoundingClientRect().height).to.equal(58);
        expect(getComputedStyle(target(old, 'copy')).color).to.equal('rgb(4, 5, 6)');
        const both = await fixture<PwShareBar>(
          html`<pw-share-bar style="--pw-share-size: 58px; --pw-share-bar-size: 62px"></pw-share-bar>`,
        );
        expect(target(both, 'copy').getBoundingClientRect().height).to.equal(62);
        await idle(); // style renames are checked when the page is idle
        const size = notes.filter((n) => n.includes('"--pw-share-size" is deprecated; use "--pw-share-bar-size"'));
        expect(size.length, notes.join('\n')).to.equal(1);
        expect(
          notes.filter((n) => n.includes('"--pw-share-color" is deprecated; use "--pw-share-bar-color"')).length,
        ).to.equal(1);
        expect(size[0]).to.contain('<pw-share-bar>');
      } finally {
        console.warn = warn;
      }
    });

    it('draws icons as inline SVG', async () => {
      const el = await fixture<PwShareBar>(html`<pw-share-bar></pw-share-bar>`);
      for (const name of targetNames(el)) {
        const icon = target(el, name).querySelector('svg[part="icon"]');
        expect(icon, name).to.exist;
        expect(icon!.getAttribute('aria-hidden')).to.equal('true');
      }
    });
  });

  describe('events, print, native share', () => {
    it('fires a typed, cancelable pw-share-start naming the target', async () => {
      const writeText = clipboardOk();
      const el = await fixture<PwShareBar>(html`<pw-share-bar url=${URL_VI} share-title=${TITLE}></pw-share-bar>`);
      setTimeout(() => target(el, 'facebook').click());
      // Stop the real navigation to Facebook.
      el.addEventListener('click', (e) => e.preventDefault(), { once: true });
      const ev = await oneEvent(el, 'pw-share-start');
      const detail: ShareStartDetail = ev.detail;
      expect(detail.target).to.equal('facebook');
      expect(detail.url).to.equal(new URL(URL_VI).href);
      expect(detail.title).to.equal(TITLE);
      expect(ev.bubbles && ev.composed && ev.cancelable).to.be.true;

      el.addEventListener('pw-share-start', (e) => e.preventDefault(), { once: true });
      target(el, 'copy').click();
      await el.updateComplete;
      expect(writeText.calls).to.have.length(0);
      expect(statusText(el)).to.equal('');
    });

    it('prints', async () => {
      const print = spy(() => {});
      stub(window, 'print', print);
      const el = await fixture<PwShareBar>(html`<pw-share-bar></pw-share-bar>`);
      target(el, 'print').click();
      expect(print.calls).to.have.length(1);
    });

    it('opens the native share sheet, and a cancel is silent', async () => {
      const share = spy((_d: ShareData) => Promise.reject(new DOMException('cancelled', 'AbortError')));
      stub(navigator, 'share', share);
      const writeText = clipboardOk();
      const el = await fixture<PwShareBar>(
        html`<pw-share-bar url=${URL_VI} share-title=${TITLE} text=${TEXT}></pw-share-bar>`,
      );
      target(el, 'native').click();
      await until(() => share.calls.length, 2000, 'navigator.share');
      expect(share.calls[0]![0]).to.deep.equal({ url: new URL(URL_VI).href, title: TITLE, text: TEXT });
      await new Promise((r) => setTimeout(r, 50));
      expect(writeText.calls).to.have.length(0);
      expect(statusText(el)).to.equal('');
    });
  });

  it('copies the link when the share sheet fails for another reason than a cancel', async () => {
    stub(navigator, 'share', () => Promise.reject(new DOMException('no', 'NotAllowedError')));
    stub(console, 'warn', () => {});
    const writeText = clipboardOk();
    const el = await fixture<PwShareBar>(html`<pw-share-bar url=${URL_VI}></pw-share-bar>`);
    target(el, 'native').click();
    await until(() => statusText(el), 2000, 'status');
    expect(writeText.calls[0]![0]).to.equal(new URL(URL_VI).href);
    expect(statusText(el)).to.equal('Đã sao chép liên kết');
  });

  describe('copy link', () => {
    it('copies with the Clipboard API and confirms visibly and in a live region', async () => {
      const writeText = clipboardOk();
      const el = await fixture<PwShareBar>(html`<pw-share-bar url=${URL_VI}></pw-share-bar>`);
      target(el, 'copy').click();
      await until(() => statusText(el), 2000, 'status');
      expect(writeText.calls[0]![0]).to.equal(new URL(URL_VI).href);
      const status = sr(el).querySelector<HTMLElement>('[part="status"]')!;
      expect(status.getAttribute('role')).to.equal('status');
      expect(statusText(el)).to.equal('Đã sao chép liên kết');
      expect(status.getBoundingClientRect().height).to.be.greaterThan(0);
    });

    it('falls back to execCommand when the Clipboard API permission is denied', async () => {
      const writeText = spy((_t: string) => Promise.reject(new DOMException('denied', 'NotAllowedError')));
      stub(navigator, 'clipboard', { writeText });
      const copied: string[] = [];
      stub(document, 'execCommand', (cmd: string) => {
        copied.push(`${cmd}:${(document.activeElement as HTMLTextAreaElement).value}`);
        return true;
      });
      const el = await fixture<PwShareBar>(html`<pw-share-bar url=${URL_VI}></pw-share-bar>`);
      target(el, 'copy').click();
      await until(() => statusText(el), 2000, 'status');
      expect(writeText.calls).to.have.length(1);
      expect(copied).to.deep.equal([`copy:${new URL(URL_VI).href}`]);
      expect(statusText(el)).to.equal('Đã sao chép liên kết');
      expect(document.querySelector('body > textarea')).to.equal(null);
    });

    it('falls back to execCommand on plain-HTTP pages without navigator.clipboard', async () => {
      stub(navigator, 'clipboard', undefined);
      const copied: string[] = [];
      stub(document, 'execCommand', (cmd: string) => {
        copied.push(`${cmd}:${(document.activeElement as HTMLTextAreaElement).value}`);
        return true;
      });
      const el = await fixture<PwShareBar>(html`<pw-share-bar url=${URL_VI}></pw-share-bar>`);
      target(el, 'copy').click();
      await until(() => statusText(el), 2000, 'status');
      expect(copied).to.deep.equal([`copy:${new URL(URL_VI).href}`]);
      expect(statusText(el)).to.equal('Đã sao chép liên kết');
    });

    it('reports a failure and offers the link to copy by hand', async () => {
      stub(navigator, 'clipboard', undefined);
      stub(document, 'execCommand', () => false);
      const el = await fixture<PwShareBar>(html`<pw-share-bar url=${URL_VI}></pw-share-bar>`);
      target(el, 'copy').click();
      await until(() => statusText(el), 2000, 'status');
      expect(statusText(el)).to.equal('Không sao chép được liên kết. Hãy chọn và sao chép liên kết dưới đây.');
      const input = sr(el).querySelector<HTMLInputElement>('[part="manual-copy"] input')!;
      expect(input.value).to.equal(new URL(URL_VI).href);
      expect(input.readOnly).to.be.true;
      expect(sr(el).activeElement).to.equal(input);
      await expect(el).to.be.accessible();
    });
  });

  describe('Zalo', () => {
    it('with zalo-oa-id loads the official plugin only after the click', async () => {
      const injected: HTMLScriptElement[] = [];
      const realAppend = document.head.appendChild.bind(document.head);
      stub(document.head, 'appendChild', <T extends Node>(node: T): T => {
        if (node instanceof HTMLScriptElement && node.src.startsWith('https://sp.zalo.me/')) {
          injected.push(node); // intercepted: nothing is fetched
          return node;
        }
        return realAppend(node);
      });
      const el = await fixture<PwShareBar>(
        html`<pw-share-bar zalo-oa-id="579745863508352884" url=${URL_VI}></pw-share-bar>`,
      );
      expect(injected).to.have.length(0);
      expect(document.querySelector('script[src*="zalo"]')).to.equal(null);
      expect(el.querySelector('.zalo-share-button')).to.equal(null);

      target(el, 'zalo').click();
      expect(injected).to.have.length(1);
      expect(injected[0]!.src).to.equal(ZALO_SDK_URL);
      expect(ZALO_SDK_URL).to.equal('https://sp.zalo.me/plugins/sdk.js');
      const button = el.querySelector<HTMLElement>('.zalo-share-button')!;
      expect(button.dataset.oaid).to.equal('579745863508352884');
      expect(button.dataset.href).to.equal(new URL(URL_VI).href);
      expect(button.slot).to.equal('zalo');
      await until(() => statusText(el) === 'Đang tải nút chia sẻ của Zalo…', 2000, 'loading status');

      // The SDK "loads".
      stub(window, 'ZaloSocialSDK', { reload: () => {} });
      injected[0]!.dispatchEvent(new Event('load'));
      await until(() => statusText(el).startsWith('Nút chia sẻ'), 2000, 'ready status');
      expect(statusText(el)).to.equal('Nút chia sẻ của Zalo đã sẵn sàng. Hãy bấm vào nút đó để chia sẻ.');
    });

    it('with zalo-oa-id falls back to copying when the plugin cannot load', async () => {
      const injected: HTMLScriptElement[] = [];
      stub(document.head, 'appendChild', <T extends Node>(node: T): T => {
        injected.push(node as unknown as HTMLScriptElement);
        return node;
      });
      stub(console, 'warn', () => {});
      const writeText = clipboardOk();
      const el = await fixture<PwShareBar>(html`<pw-share-bar zalo-oa-id="123" url=${URL_VI}></pw-share-bar>`);
      target(el, 'zalo').click();
      injected[0]!.dispatchEvent(new Event('error'));
      await until(() => statusText(el).startsWith('Đã sao chép'), 2000, 'fallback status');
      expect(writeText.calls[0]![0]).to.equal(new URL(URL_VI).href);
      expect(statusText(el)).to.equal('Đã sao chép liên kết. Hãy dán vào Zalo để chia sẻ.');
      expect(el.querySelector('.zalo-share-button')).to.equal(null);
    });

    it('without an OA id uses the native share sheet where it exists', async () => {
      const share = spy((_d: ShareData) => Promise.resolve());
      stub(navigator, 'share', share);
      const writeText = clipboardOk();
      const el = await fixture<PwShareBar>(html`<pw-share-bar url=${URL_VI} share-title=${TITLE}></pw-share-bar>`);
      target(el, 'zalo').click();
      await until(() => share.calls.length, 2000, 'navigator.share');
      expect(share.calls[0]![0]).to.deep.equal({ url: new URL(URL_VI).href, title: TITLE });
      expect(writeText.calls).to.have.length(0);
      expect(document.querySelector('script[src*="zalo"]')).to.equal(null);
    });

    it('without an OA id or share sheet copies the link and says it is ready to paste into Zalo', async () => {
      const writeText = clipboardOk();
      const el = await fixture<PwShareBar>(html`<pw-share-bar url=${URL_VI}></pw-share-bar>`);
      target(el, 'zalo').click();
      await until(() => statusText(el), 2000, 'status');
      expect(writeText.calls[0]![0]).to.equal(new URL(URL_VI).href);
      expect(statusText(el)).to.equal('Đã sao chép liên kết. Hãy dán vào Zalo để chia sẻ.');
      expect(sr(el).querySelector('[part="status"]')!.getBoundingClientRect().height).to.be.greaterThan(0);
      setLocale('en');
      await until(() => statusText(el) === 'Link copied. Paste it into Zalo to share.', 2000, 'English status');
    });
  });

  describe('privacy', () => {
    it('makes no request outside the page origin before a click', async () => {
      const fetchSpy = spy(window.fetch.bind(window));
      stub(window, 'fetch', fetchSpy);
      const xhrOpen = spy((..._a: unknown[]) => {});
      stub(XMLHttpRequest.prototype, 'open', xhrOpen);
      const seen: string[] = [];
      const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => seen.push(e.name)));
      observer.observe({ type: 'resource', buffered: true });
      const writeText = clipboardOk();

      const el = await fixture<PwShareBar>(
        html`<pw-share-bar zalo-oa-id="579745863508352884" icon-only layout="vertical"></pw-share-bar>`,
      );
      setLocale('en');
      await until(
        () => statusText(el) === '' && sr(el).querySelector('[part="label"]')!.textContent === 'Share this article',
      );
      target(el, 'copy').click();
      await until(() => writeText.calls.length);
      await new Promise((r) => setTimeout(r, 100));
      observer.disconnect();

      const foreign = [...seen, ...performance.getEntriesByType('resource').map((e) => e.name)].filter(
        (name) => new URL(name).origin !== location.origin,
      );
      expect(foreign).to.deep.equal([]);
      expect(fetchSpy.calls).to.have.length(0);
      expect(xhrOpen.calls).to.have.length(0);
      expect(sr(el).querySelectorAll('script, img, iframe, link, object, embed').length).to.equal(0);
      const loaders = [
        ...document.querySelectorAll<HTMLElement>(
          'script[src], img, iframe, link[href][rel~="stylesheet"], link[rel~="preload"], link[rel~="prefetch"]',
        ),
      ];
      expect(
        loaders.filter(
          (n) =>
            new URL((n as HTMLScriptElement).src || (n as HTMLLinkElement).href, location.href).origin !==
            location.origin,
        ),
      ).to.deep.equal([]);
    });
  });

  describe('accessibility', () => {
    it('is accessible in Vietnamese', async () => {
      const el = await fixture<PwShareBar>(html`<pw-share-bar></pw-share-bar>`);
      await expect(el).to.be.accessible();
      const icons = await fixture<PwShareBar>(html`<pw-share-bar icon-only layout="vertical"></pw-share-bar>`);
      await expect(icons).to.be.accessible();
    });

    it('is accessible in English, with a status message', async () => {
      setLocale('en');
      clipboardOk();
      const el = await fixture<PwShareBar>(html`<pw-share-bar></pw-share-bar>`);
      await until(() => sr(el).querySelector('[part="label"]')!.textContent === 'Share this article', 2000, 'English');
      target(el, 'copy').click();
      await until(() => statusText(el) === 'Link copied', 2000, 'status');
      await expect(el).to.be.accessible();
    });
  });
});
