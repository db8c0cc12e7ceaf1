import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { translations } from '../../locale/generated/strings/language-switcher.js';
import { PwElement } from '../../base/pw-element.js';
import { lazyModule } from '../../base/lazy-module.js';
import { getLocale, onLocaleChange, setLocale, type LocaleChangeDetail } from '../../locale/store.js';
import {
  addTranslations,
  LOCALES,
  localeInfo,
  matchLocale,
  type Locale,
  type LocaleInfo,
} from '../../locale/locales.js';
import { collectAlternates, withoutHash } from './alternates.js';
import { flagFor } from './flags.js';
import { languageSwitcherStyles } from './language-switcher.styles.js';

/** The Popover API: the open menu goes in the top layer, above and outside every ancestor box. */
const hasPopover = () => typeof HTMLElement !== 'undefined' && 'popover' in HTMLElement.prototype;

/** CSS anchor positioning (asked at each update, so a test can answer for an older browser). */
const hasAnchorPositioning = () => CSS.supports('anchor-name', '--a');

/** The script placement of the open menu, needed only where anchor positioning is missing. */
const menuPosition = lazyModule(() => import('./menu-position.js'));

// This element's strings in every locale, registered once, before its first render.
addTranslations(translations);

export type { LocaleChangeDetail };

/** @deprecated Renamed `LocaleChangeDetail` after its event, `pw-locale-change` (works until 0.3). */
export type LocaleSwitchDetail = LocaleChangeDetail;

declare module '../../base/events.js' {
  interface PwEventMap {
    /** The reader chose another language in a language switcher. */
    'pw-locale-change': LocaleChangeDetail;
  }
}

interface Option {
  info: LocaleInfo;
  href?: string;
  current: boolean;
}

interface View {
  linkMode: boolean;
  current: LocaleInfo;
  options: Option[];
}

const chevron = html`<svg class="chevron" viewBox="0 0 16 16" aria-hidden="true" focusable="false">${svg`<path d="M3.5 6l4.5 4.5L12.5 6" fill="none" stroke="currentColor" stroke-width="2"/>`}</svg>`;

/**
 * "Tiếng Việt | English": the portal's language switcher. Every language is
 * written in itself and carries its own `lang`; the current one is marked
 * with `aria-current`. The languages come from the locale list, so adding a
 * locale needs no change here.
 *
 * **In-place mode** (default when no other edition is known): choosing a
 * language switches every widget on the page through the page-wide locale
 * store, saves the choice (it survives a reload), and fires `pw-locale-change`.
 * With `update-document-lang`, `<html lang>` follows too. The switch is
 * announced politely to screen readers, once, in the new language ("Switched
 * to English", the locale row's `switchedTo`).
 *
 * **Link mode**: when `href-<code>` attributes, light-DOM links with
 * `hreflang` or `<link rel="alternate" hreflang>` name the other editions,
 * the options are plain links to them. Author the light-DOM links and the
 * switcher works without JavaScript too (once the element is defined, it
 * renders its own options from them):
 *
 * ```html
 * <pw-language-switcher>
 *   <a href="https://longan.gov.vn/" hreflang="vi" lang="vi">Tiếng Việt</a> |
 *   <a href="https://en.longan.gov.vn/" hreflang="en" lang="en">English</a>
 * </pw-language-switcher>
 * ```
 *
 * Light-DOM links with only `lang` (e.g. `<a href="?lang=en" lang="en">`) are
 * the no-JavaScript fallback of an in-place switcher: shown until the element
 * is defined, then replaced by its buttons.
 *
 * @tag pw-language-switcher
 * @summary Language switcher ("Tiếng Việt | English"), in-place or by links.
 *
 * @attr {string} href-vi - Link mode: the Vietnamese edition's URL (one `href-<code>` per locale in the list).
 * @attr {string} href-en - Link mode: the English edition's URL.
 * @fires {CustomEvent<LocaleChangeDetail>} pw-locale-change - The reader chose another language; `detail` is `{locale, previous, href?}`.
 *
 * @csspart base - The `nav` landmark.
 * @csspart list - The list of languages (text and flags variants).
 * @csspart item - One list item.
 * @csspart option - One language (a button in-place, a link in link mode).
 * @csspart current - The current language's option.
 * @csspart separator - The "|" between languages.
 * @csspart flag - The decorative flag (`variant="flags"`).
 * @csspart toggle - The button that opens the menu (`variant="menu"`).
 * @csspart menu - The menu's list (`variant="menu"`).
 *
 * @cssprop --pw-language-switcher-color - Colour of the other languages (default the accent colour).
 * @cssprop --pw-language-switcher-current-color - Colour of the current language.
 * @cssprop --pw-language-switcher-current-weight - Font weight of the current language (default 700).
 * @cssprop --pw-language-switcher-separator-color - Colour of the "|".
 * @cssprop --pw-language-switcher-gap - Space around the "|".
 * @cssprop --pw-language-switcher-target-size - Minimum height of an option (default 44px).
 * @cssprop --pw-language-switcher-z-index - Stacking of the open menu in browsers without the Popover API (default 10); elsewhere the open menu is in the top layer, above the page and unclipped by any `overflow: hidden` box.
 */
export class PwLanguageSwitcher extends PwElement {
  static override styles = [...PwElement.styles, languageSwitcherStyles];

  static override get properties() {
    return {
      variant: { reflect: true },
      mode: {},
      updateDocumentLang: { type: Boolean, attribute: 'update-document-lang' },
      label: {},
      open: { state: true, attribute: false },
      announcement: { state: true, attribute: false },
    };
  }

  /** Allowed values of `variant` and `mode`. */
  static override enums = { variant: ['text', 'flags', 'menu'], mode: ['auto', 'in-place', 'link'] };

  /** `text` ("Tiếng Việt | English", default), `flags` (decorative flag before each name) or `menu` (a select-style menu). */
  variant: 'text' | 'flags' | 'menu' = 'text';

  /** `auto` (default: link mode when another edition's URL is known), `in-place` or `link`. */
  mode: 'auto' | 'in-place' | 'link' = 'auto';

  /** In-place mode: also set `<html lang>` to the chosen language, for pages whose own content switches with it. */
  updateDocumentLang = false;

  /** Overrides the accessible name of the navigation ("Chọn ngôn ngữ" / "Choose language"). */
  label?: string;

  private open = false;

  /** The polite announcement of the reader's last switch here, in the language chosen (empty otherwise). */
  private announcement?: { text: string; lang: string };

  /** The script placement of an open menu where anchor positioning is missing (menu-position.ts, loaded on demand). */
  private follower?: { place(): void; stop(): void; closed?: boolean };

  private unsubscribe?: () => void;
  private observer?: MutationObserver;

  /** `href-<code>` for every locale in the list is observed, so link mode follows attribute changes. */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, ...LOCALES.map((l) => `href-${l.code.toLowerCase()}`)];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name.startsWith('href-')) this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.unsubscribe = onLocaleChange(() => {
      // Any switch empties this switcher's live region; choose() then fills the one the reader used,
      // so each switch is announced once, and switching back to a language is announced again.
      this.announcement = undefined;
      this.syncDocumentLang();
      this.requestUpdate();
    });
    this.observer = new MutationObserver(() => this.requestUpdate());
    this.observer.observe(this, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['href', 'hreflang', 'lang'],
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.observer?.disconnect();
    this.follow(false);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('updateDocumentLang') || changed.has('mode')) this.syncDocumentLang();
    this.syncMenu();
  }

  /** Shows or hides the menu in the top layer to match `open`, and keeps a script-placed menu under its toggle. */
  private syncMenu() {
    const menu = this.renderRoot.querySelector<HTMLElement>('.popup');
    // An update can land after the element left the page: a detached popover cannot be shown.
    const shown = !!menu && this.open && this.isConnected;
    if (menu && hasPopover() && menu.matches(':popover-open') !== shown) {
      if (shown) menu.showPopover();
      else menu.hidePopover();
    }
    this.follow(shown && !hasAnchorPositioning());
  }

  /** Starts or stops the script placement of an open menu. */
  private follow(on: boolean) {
    const menu = this.renderRoot.querySelector<HTMLElement>('.popup');
    const toggle = this.renderRoot.querySelector<HTMLElement>('.toggle');
    if (!on || !menu || !toggle) {
      if (this.follower) this.follower.closed = true;
      this.follower?.stop();
      this.follower = undefined;
    } else if (this.follower) {
      this.follower.place();
    } else {
      // Until the chunk arrives, the fixed menu sits at its static place: right under the toggle.
      const pending = (this.follower = { place() {}, stop() {}, closed: false });
      void menuPosition.load(this, 'the menu placement').then((m) => {
        if (m && !pending.closed) Object.assign(pending, m.followToggle(menu, toggle));
      });
    }
  }

  /** True when the options are links to other editions rather than in-place switches. */
  get linkMode(): boolean {
    return this.view().linkMode;
  }

  private view(): View {
    const alternates = this.mode === 'in-place' ? new Map<Locale, string>() : collectAlternates(this, document);
    const linkMode = this.mode === 'link' || (this.mode === 'auto' && alternates.size > 0);
    let code: Locale = getLocale();
    if (linkMode) {
      const here = withoutHash(location.href);
      code =
        [...alternates].find(([, href]) => withoutHash(href) === here)?.[0] ??
        matchLocale(document.documentElement.lang) ??
        code;
    }
    const options = LOCALES.map((info) => ({
      info,
      href: alternates.get(info.code),
      current: info.code === code,
    })).filter((o) => !linkMode || o.href || o.current);
    return { linkMode, current: localeInfo(code), options };
  }

  private syncDocumentLang() {
    if (!this.updateDocumentLang || this.view().linkMode) return;
    const tag = localeInfo(getLocale()).tag;
    if (document.documentElement.lang !== tag) document.documentElement.lang = tag;
  }

  override render(): TemplateResult {
    const view = this.view();
    const label = this.label?.trim() || msg('Chọn ngôn ngữ', { id: 'language-switcher.label' });
    const uiLang = localeInfo(getLocale()).tag;
    // The live region is always there, so that screen readers notice when text is put in it.
    const status = html`<p class="visually-hidden" role="status" lang=${this.announcement?.lang ?? uiLang}>${this.announcement?.text ?? ''}</p>`;
    return html`${this.variant === 'menu' ? this.renderMenu(view, label, uiLang) : this.renderList(view, label, uiLang)}${status}`;
  }

  private renderList(view: View, label: string, uiLang: string): TemplateResult {
    return html`<nav part="base" class="base" aria-label=${label} lang=${uiLang}>
      <ul part="list" class="list">
        ${view.options.map(
          (o, i) =>
            html`<li part="item" class="item">
              ${i > 0 ? html`<span part="separator" class="separator" aria-hidden="true">|</span> ` : nothing}${this.renderOption(o, view)}
            </li>`,
        )}
      </ul>
    </nav>`;
  }

  private renderMenu(view: View, label: string, uiLang: string): TemplateResult {
    return html`<nav part="base" class="base" aria-label=${label} lang=${uiLang} @focusout=${this.onFocusOut}>
      <button part="toggle" class="toggle" type="button" aria-expanded=${this.open ? 'true' : 'false'} aria-controls="menu"
        @click=${this.onToggle} @keydown=${this.onToggleKey}>
        <span class="visually-hidden">${label}: </span><span lang=${view.current.tag}>${view.current.nativeName}</span>${chevron}
      </button>
      <ul part="menu" id="menu" class="popup" .popover=${'manual'}
        ?hidden=${!this.open} @keydown=${this.onMenuKey}>
        ${view.options.map((o) => html`<li part="item" class="item">${this.renderOption(o, view)}</li>`)}
      </ul>
    </nav>`;
  }

  private renderOption(o: Option, view: View): TemplateResult {
    const { info } = o;
    const flag = this.variant === 'flags' ? (flagFor(info.code) ?? nothing) : nothing;
    const content = html`${flag}<span class="name">${info.nativeName}</span>`;
    const part = o.current ? 'option current' : 'option';
    if (view.linkMode) {
      return o.href
        ? html`<a part=${part} class="option" href=${o.href} hreflang=${info.tag} lang=${info.tag}
            aria-current=${o.current ? 'page' : nothing} @click=${() => this.onLink(o, view)}>${content}</a>`
        : html`<span part=${part} class="option" lang=${info.tag} aria-current="true">${content}</span>`;
    }
    return html`<button part=${part} class="option" type="button" lang=${info.tag} aria-current=${o.current ? 'true' : nothing}
      @click=${() => this.choose(info.code)}>${content}</button>`;
  }

  /** In-place: switch the page-wide locale, save it, and tell the page. */
  private choose(code: Locale) {
    const previous = getLocale();
    if (this.open) this.closeMenu(true);
    if (code === previous) return;
    setLocale(code);
    const info = localeInfo(code);
    this.announcement = { text: info.switchedTo ?? info.nativeName, lang: info.tag };
    this.syncDocumentLang();
    this.emit('pw-locale-change', { locale: code, previous });
  }

  private onLink(o: Option, view: View) {
    if (!o.current) this.emit('pw-locale-change', { locale: o.info.code, previous: view.current.code, href: o.href });
  }

  private options(): HTMLElement[] {
    return Array.from(this.renderRoot.querySelectorAll<HTMLElement>('.popup a.option, .popup button.option'));
  }

  private async openMenu(focus: 'current' | 'first' | 'last') {
    this.open = true;
    await this.updateComplete;
    const items = this.options();
    const target =
      focus === 'first'
        ? items[0]
        : focus === 'last'
          ? items.at(-1)
          : (items.find((e) => e.hasAttribute('aria-current')) ?? items[0]);
    target?.focus();
  }

  private closeMenu(focusToggle: boolean) {
    this.open = false;
    if (focusToggle) this.renderRoot.querySelector<HTMLElement>('.toggle')?.focus();
  }

  private onToggle = () => {
    if (this.open) this.closeMenu(false);
    else void this.openMenu('current');
  };

  private onToggleKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      void this.openMenu(e.key === 'ArrowDown' ? 'current' : 'last');
    } else if (e.key === 'Escape' && this.open) {
      e.preventDefault();
      this.closeMenu(true);
    }
  };

  private onMenuKey = (e: KeyboardEvent) => {
    const items = this.options();
    const i = items.indexOf((this.renderRoot as ShadowRoot).activeElement as HTMLElement);
    let next: HTMLElement | undefined;
    switch (e.key) {
      case 'ArrowDown':
        next = items[(i + 1) % items.length];
        break;
      case 'ArrowUp':
        next = items[(i - 1 + items.length) % items.length];
        break;
      case 'Home':
        next = items[0];
        break;
      case 'End':
        next = items.at(-1);
        break;
      case 'Escape':
        e.preventDefault();
        this.closeMenu(true);
        return;
      default:
        return;
    }
    e.preventDefault();
    next?.focus();
  };

  private onFocusOut = (e: FocusEvent) => {
    const to = e.relatedTarget as Node | null;
    if (this.open && !(to && this.renderRoot.contains(to))) this.open = false;
  };
}
