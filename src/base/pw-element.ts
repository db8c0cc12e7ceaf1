import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { updateWhenLocaleChanges } from '@lit/localize';
import '../locale/localize.js';
import { getLocale, onLocaleChange } from '../locale/store.js';
import { localeInfo, type Locale, type LocaleInfo } from '../locale/locales.js';
import { themeStyles } from './theme.js';
import type { PwEventMap } from './events.js';

/** Built outside the class so the manifest analyzer does not list a generic event named "type". */
const pwEvent = <K extends keyof PwEventMap>(type: K, detail: PwEventMap[K], init: { cancelable?: boolean }) =>
  new CustomEvent(type, { detail, bubbles: true, composed: true, ...init });

/**
 * Base of every widget: theme tokens, locale-driven re-rendering, typed
 * events and a guarded `define`.
 *
 * @cssprop --pw-font-family - Font stack; the default covers Vietnamese (Noto Sans, Segoe UI, Roboto, Arial).
 * @cssprop --pw-font-size - Base font size (default `medium`, the reader's own browser setting).
 * @cssprop --pw-color-text - Text colour.
 * @cssprop --pw-color-text-muted - Secondary text (dates, captions).
 * @cssprop --pw-color-surface - Background.
 * @cssprop --pw-color-surface-muted - Secondary background (cards, skeleton boxes, message boxes).
 * @cssprop --pw-color-border - Borders and dividers.
 * @cssprop --pw-color-accent - Links, buttons and highlights.
 * @cssprop --pw-color-accent-text - Text on accent backgrounds.
 * @cssprop --pw-color-danger - Errors and cancelled events.
 * @cssprop --pw-color-warning - Warnings, postponed events and the stale note.
 * @cssprop --pw-color-skeleton - Loading placeholders.
 * @cssprop --pw-color-focus - Focus ring.
 * @cssprop --pw-radius - Corner radius.
 * @cssprop --pw-space - Base spacing unit.
 */
export class PwElement extends LitElement {
  static override styles = [themeStyles];

  /**
   * Colour scheme: `light`, `dark`, or unset to follow the reader's system setting.
   */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  constructor() {
    super();
    // In the constructor rather than as a decorator: elements that were in the
    // page before the script loaded are upgraded by this same constructor.
    updateWhenLocaleChanges(this);
  }

  private stopFollowingLocale?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    // The store drives `{lang}` feeds and dates even where @lit/localize is not ours to configure.
    this.stopFollowingLocale = onLocaleChange(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopFollowingLocale?.();
  }

  /**
   * A widget that fails to render must not break the host page or its
   * neighbours: the error is reported as a console warning, not rethrown.
   */
  protected override update(changed: PropertyValues): void {
    try {
      super.update(changed);
    } catch (error) {
      console.warn(`provincial-widgets: <${this.localName}> could not render; please report this.`, error);
    }
  }

  /** The page-wide locale the widget renders in. */
  protected get locale(): Locale {
    return getLocale();
  }

  /** The row of that locale: its `Intl` tag, date patterns and names, for the date functions. */
  protected get localeInfo(): LocaleInfo {
    return localeInfo(getLocale());
  }

  /**
   * Defines the element unless the tag is taken, so loading the bundle twice
   * (a CMS plugin plus a theme, say) never throws.
   */
  static define(tag: string, ctor: CustomElementConstructor = this): void {
    if (!customElements.get(tag)) customElements.define(tag, ctor);
  }

  /** Fires a typed, bubbling, composed event. */
  protected emit<K extends keyof PwEventMap>(type: K, detail: PwEventMap[K], init: { cancelable?: boolean } = {}): boolean {
    return this.dispatchEvent(pwEvent(type, detail, init));
  }
}
