import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { PwElement } from '../../base/pw-element.js';
import { safeUrl } from '../../shared/url.js';
import { nfc } from '../../shared/text.js';
import { localeInfo } from '../../locale/locales.js';
import { copyText } from '../../base/clipboard.js';
import { shareIcon } from './icons.js';
import {
  defaultShareTitle,
  defaultShareUrl,
  LINK_TARGETS,
  parseTargets,
  shareHref,
  type ShareData,
  type ShareTarget,
} from './share-targets.js';
import { loadZaloSdk, zaloButtonElement } from './zalo.js';
import { accessibleName, statusText, visibleText, type Status } from './labels.js';
import { shareBarStyles } from './share-bar.styles.js';

export type { ShareStartDetail, ShareDetail } from './events.js';

/** The custom properties renamed from `--pw-share-*` to `--pw-share-bar-*` (issue 12). */
const OLD_PROPS = [
  'gap',
  'size',
  'radius',
  'color',
  'border-color',
  'hover-color',
  'icon-size',
  'icon-color',
  'label-color',
];

const hasNativeShare = (): boolean => typeof (navigator as Navigator & { share?: unknown }).share === 'function';

/**
 * "Chia sẻ bài viết": share the current article on Zalo, Facebook, X,
 * LinkedIn, by email, by copying its link, by printing or through the
 * device's share sheet.
 *
 * Privacy: nothing is requested from a third party before the reader clicks.
 * Icons are inline SVG; Facebook, X and LinkedIn are plain links that open in
 * a new tab; Zalo's official plugin (with `zalo-oa-id`) is loaded on click.
 *
 * Renamed in 0.2 (the old names work, with a one-time console note, until 0.3):
 * the event `pw-share` is now `pw-share-start` (both are fired), and the custom
 * properties `--pw-share-*` are `--pw-share-bar-*` (`--pw-share-bg` is
 * `--pw-share-bar-background`).
 *
 * @tag pw-share-bar
 * @summary The article share bar of the portal ("Chia sẻ bài viết").
 *
 * @fires {CustomEvent<ShareStartDetail>} pw-share-start - The reader activated a target; `detail` is `{target, url, title, text}`. Cancelable: `preventDefault()` skips the bar's own action.
 *
 * @slot zalo - Filled by the element itself with Zalo's official button once the plugin is loaded.
 *
 * @csspart base - The group wrapping the label, the targets and the status.
 * @csspart label - The visible heading ("Chia sẻ bài viết").
 * @csspart list - The list of targets.
 * @csspart item - One list item.
 * @csspart target - Every share link or button; each also has `target-<name>` (e.g. `target-zalo`).
 * @csspart icon - The inline SVG icon of a target.
 * @csspart text - The visible text of a target (visually hidden with `icon-only`).
 * @csspart status - The live region confirming a copy or explaining a failure.
 * @csspart manual-copy - The read-only link field shown when copying failed.
 *
 * @cssprop --pw-share-bar-gap - Space between targets (default 0.5em).
 * @cssprop --pw-share-bar-size - Minimum height and width of a target (default 44px).
 * @cssprop --pw-share-bar-radius - Corner radius of a target (default the global radius).
 * @cssprop --pw-share-bar-background - Background of a target.
 * @cssprop --pw-share-bar-color - Text colour of a target.
 * @cssprop --pw-share-bar-border-color - Border colour of a target.
 * @cssprop --pw-share-bar-hover-color - Text and border colour on hover (default the accent colour).
 * @cssprop --pw-share-bar-icon-size - Icon size (default 1.25em).
 * @cssprop --pw-share-bar-icon-color - Icon colour (default each brand's colour, `currentColor` for the others).
 * @cssprop --pw-share-bar-label-color - Colour of the heading.
 */
export class PwShareBar extends PwElement {
  static override styles = [...PwElement.styles, shareBarStyles];

  static override get properties() {
    return {
      url: {},
      shareTitle: { attribute: 'share-title' },
      text: {},
      label: {},
      targets: {},
      layout: { reflect: true },
      iconOnly: { type: Boolean, reflect: true, attribute: 'icon-only' },
      zaloOaId: { attribute: 'zalo-oa-id' },
      status: { state: true, attribute: false },
    };
  }

  /** Allowed values of `layout`. */
  static override enums = { layout: ['horizontal', 'vertical'] };

  /** This element's names renamed in 0.2 (issue 12), kept working until 0.3. */
  static override renamed = {
    events: { 'pw-share': 'pw-share-start' },
    cssProperties: {
      '--pw-share-bg': '--pw-share-bar-background',
      ...Object.fromEntries(OLD_PROPS.map((p) => [`--pw-share-${p}`, `--pw-share-bar-${p}`])),
    },
  };

  /**
   * The URL to share. Default: `<link rel="canonical">`, then `og:url`, then
   * the page address. A value that is not http(s) is ignored (with a console warning).
   */
  url?: string;

  /**
   * The title to share. Default: `og:title`, then `document.title`. The
   * global `title` attribute is also read, but it shows a tooltip over the
   * whole bar, so prefer `share-title`.
   */
  shareTitle?: string;

  /** Optional text shared with the link (X's tweet text, the email body, the share sheet). */
  text?: string;

  /** Overrides the visible heading ("Chia sẻ bài viết" / "Share this article"). */
  label?: string;

  /**
   * The targets, in order, separated by spaces or commas:
   * `zalo facebook x linkedin email copy print native` (the default).
   * `native` only shows where the browser has a share sheet.
   */
  targets?: string;

  /** `horizontal` (default) or `vertical`. */
  layout: 'horizontal' | 'vertical' = 'horizontal';

  /** Shows icons only; every target keeps its accessible name (and gets a tooltip). */
  iconOnly = false;

  /**
   * Zalo Official Account id. With it, the Zalo target loads Zalo's official
   * share plugin when clicked. Without it, Zalo uses the device's share sheet,
   * or copies the link for the reader to paste into Zalo.
   */
  zaloOaId?: string;

  private status?: Status;

  private get manualField(): HTMLInputElement | null {
    return this.renderRoot.querySelector('.manual-copy input');
  }

  private zaloButton?: HTMLElement;
  private zaloReady = false;
  private warnedUrl?: string;
  private warnedTargets?: string;

  private headObserver?: MutationObserver;

  override connectedCallback(): void {
    super.connectedCallback();
    // The defaults live in <head> (canonical, og:*, <title>), which a CMS or
    // a single-page app may change after the bar rendered.
    this.headObserver = new MutationObserver(() => this.requestUpdate());
    this.headObserver.observe(document.head, { subtree: true, childList: true, attributes: true, characterData: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.headObserver?.disconnect();
  }

  /** What a click would share now: the attributes, else the page's defaults. */
  get shareData(): ShareData {
    const url = (this.url && safeUrl(this.url, document.baseURI, 'http')) || defaultShareUrl(document);
    const title = nfc((this.shareTitle ?? this.getAttribute('title') ?? '').trim()) || defaultShareTitle(document);
    const text = this.text?.trim() ? nfc(this.text.trim()) : undefined;
    return text ? { url, title, text } : { url, title };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('url') && this.url && !safeUrl(this.url, document.baseURI, 'http') && this.warnedUrl !== this.url) {
      this.warnedUrl = this.url;
      console.warn(
        `provincial-widgets: <${this.localName}> url "${this.url}" is not an http(s) URL; sharing the page's own URL instead.`,
      );
    }
    if (changed.has('targets')) {
      const { unknown } = parseTargets(this.targets);
      if (unknown.length && this.warnedTargets !== this.targets) {
        this.warnedTargets = this.targets;
        console.warn(`provincial-widgets: <${this.localName}> ignores unknown targets: ${unknown.join(', ')}.`);
      }
    }
  }

  protected override updated(): void {
    if (this.zaloButton) this.zaloButton.dataset.href = this.shareData.url;
  }

  override render(): TemplateResult {
    const data = this.shareData;
    const native = hasNativeShare();
    const targets = parseTargets(this.targets).targets.filter((t) => t !== 'native' || native);
    return html`
      <div part="base" class="base" role="group" aria-labelledby="label" lang=${localeInfo(this.locale).tag}>
        <span part="label" id="label" class="label">${this.label?.trim() || msg('Chia sẻ bài viết', { id: 'share-bar.heading' })}</span>
        <ul part="list" class="list">
          ${targets.map((t) => html`<li part="item" class="item">${this.renderTarget(t, data)}${t === 'zalo' ? html`<slot name="zalo"></slot>` : nothing}</li>`)}
        </ul>
        <p part="status" class="status" role="status">${statusText(this.status)}</p>
        ${
          this.status === 'copy-failed'
            ? html`<label part="manual-copy" class="manual-copy"
              ><span>${msg('Liên kết bài viết', { id: 'share-bar.link-field' })}</span>
              <input type="text" readonly .value=${data.url} @focus=${(e: Event) => (e.target as HTMLInputElement).select()}
            /></label>`
            : nothing
        }
      </div>
    `;
  }

  private renderTarget(t: ShareTarget, data: ShareData): TemplateResult {
    const name = accessibleName(t);
    const content = html`${shareIcon(t)}<span part="text" class="text">${visibleText(t)}</span>`;
    const tip = this.iconOnly ? name : nothing;
    const href = shareHref(t, data);
    if (href && LINK_TARGETS.has(t)) {
      return html`<a part="target target-${t}" class="target target-${t}" href=${href} target="_blank" rel="noopener noreferrer"
        aria-label=${name} title=${tip} @click=${(e: MouseEvent) => this.onLink(e, t)}>${content}</a>`;
    }
    if (href) {
      return html`<a part="target target-${t}" class="target target-${t}" href=${href} aria-label=${name} title=${tip}
        @click=${(e: MouseEvent) => this.onLink(e, t)}>${content}</a>`;
    }
    return html`<button part="target target-${t}" class="target target-${t}" type="button" aria-label=${name} title=${tip}
      @click=${(e: MouseEvent) => void this.onButton(t, e.currentTarget as HTMLButtonElement)}>${content}</button>`;
  }

  /** Sets the status so that screen readers announce it even when it repeats. */
  private async announce(status: Status | undefined): Promise<void> {
    if (this.status === status) {
      this.status = undefined;
      await this.updateComplete;
    }
    this.status = status;
    await this.updateComplete;
  }

  private share(target: ShareTarget): boolean {
    return this.emit('pw-share-start', { target, ...this.shareData }, { cancelable: true });
  }

  private onLink(e: MouseEvent, target: ShareTarget) {
    if (!this.share(target)) e.preventDefault();
  }

  private async onButton(target: ShareTarget, button: HTMLButtonElement): Promise<void> {
    if (!this.share(target)) return;
    switch (target) {
      case 'copy':
        return this.copy('copied', button);
      case 'print':
        window.print();
        return;
      case 'native':
        return this.nativeShare('copied', button);
      case 'zalo':
        return this.zalo(button);
      default:
        return;
    }
  }

  private async copy(success: 'copied' | 'zalo-paste', button: HTMLButtonElement): Promise<void> {
    const ok = await copyText(this.shareData.url);
    if (ok) {
      button.focus();
      await this.announce(success);
    } else {
      await this.announce('copy-failed');
      this.manualField?.focus();
    }
  }

  private async nativeShare(fallback: 'copied' | 'zalo-paste', button: HTMLButtonElement): Promise<void> {
    const { url, title, text } = this.shareData;
    try {
      await navigator.share(text ? { url, title, text } : { url, title });
    } catch (err) {
      if ((err as { name?: string } | null)?.name === 'AbortError') return; // the reader cancelled
      console.warn(`provincial-widgets: <${this.localName}> share sheet failed; copying the link instead.`, err);
      await this.copy(fallback, button);
    }
  }

  private async zalo(button: HTMLButtonElement): Promise<void> {
    const oaId = this.zaloOaId?.trim();
    if (oaId) {
      if (this.zaloButton && this.zaloReady) return this.announce('zalo-ready');
      if (!this.zaloButton) {
        this.zaloButton = zaloButtonElement(this.shareData.url, oaId);
        this.zaloButton.slot = 'zalo';
        this.appendChild(this.zaloButton);
      }
      void this.announce('zalo-loading');
      try {
        await loadZaloSdk();
        this.zaloReady = true;
        await this.announce('zalo-ready');
        return;
      } catch (err) {
        console.warn(
          `provincial-widgets: <${this.localName}> could not load Zalo's share plugin; using the fallback.`,
          err,
        );
        this.zaloButton?.remove();
        this.zaloButton = undefined;
      }
    }
    if (hasNativeShare()) return this.nativeShare('zalo-paste', button);
    return this.copy('zalo-paste', button);
  }
}
