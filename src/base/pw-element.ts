import { LitElement, type PropertyValues, type PropertyDeclarations } from 'lit';
import { updateWhenLocaleChanges } from '@lit/localize';
import '../locale/localize.js';
import { getLocale, onLocaleChange } from '../locale/store.js';
import { localeInfo, type Locale, type LocaleInfo } from '../locale/locales.js';
import { themeStyles } from './theme.js';
import type { PwEventMap } from './events.js';
import type { ProblemKind } from './diagnostics.js';
import { camelCase, noteDeprecated, noteStyleRenames, whenIdle, type Renames } from './deprecation.js';
import { lazyModule } from './lazy-module.js';

/** The warnings' texts and suggestions: a lazy chunk, as a page without markup mistakes never needs them. */
const diagnostics = lazyModule(() => import('./diagnostics.js'));

/** Built outside the class so the manifest analyzer does not list a generic event named "type". */
const pwEvent = <K extends keyof PwEventMap>(type: K, detail: PwEventMap[K], init: { cancelable?: boolean }) =>
  new CustomEvent(type, { detail, bubbles: true, composed: true, ...init });

/** `table[key]` when the table itself has it (never `constructor` or `__proto__`). */

/** Common global attributes; the lazy module (diagnostics.ts) sorts out rarer ones such as `inert` or `itemprop`. */
const COMMON = /^(id|class|style|lang|dir|title|hidden|slot|part|role|tabindex|(data|aria)-.*)$/;

const renamedTo = (table: Record<string, string> | undefined, key: string): string | undefined =>
  table && Object.hasOwn(table, key) ? table[key] : undefined;

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

  static override get properties(): PropertyDeclarations {
    return {
      theme: { reflect: true },
    };
  }

  /** This element's renamed public names (old → new), kept working until 0.3. */
  static renamed: Renames = {};

  /** Allowed values of this element's enumerated properties (property → values; `theme` is checked for all); other values get a console warning. */
  static enums: Record<string, readonly string[]> = { theme: ['light', 'dark'] };

  /** Old attribute names are observed too; their old camelCase properties forward to the new ones. */
  static override get observedAttributes(): string[] {
    const attributes = this.renamed.attributes ?? {};
    for (const [old, now] of Object.entries(attributes)) {
      const [from, to] = [camelCase(old), camelCase(now)];
      if (from === to || Object.hasOwn(this.prototype, from)) continue;
      Object.defineProperty(this.prototype, from, {
        configurable: true,
        get(this: PwElement & Record<string, unknown>) {
          noteDeprecated(this.localName, from, to);
          return this[to];
        },
        set(this: PwElement & Record<string, unknown>, value: unknown) {
          noteDeprecated(this.localName, from, to);
          this[to] = value;
        },
      });
    }
    return [...super.observedAttributes, ...Object.keys(attributes)];
  }

  /**
   * Colour scheme: `light`, `dark`, or unset to follow the reader's system setting.
   */
  theme?: 'light' | 'dark';

  constructor() {
    super();
    // In the constructor rather than as a decorator: elements that were in the
    // page before the script loaded are upgraded by this same constructor.
    updateWhenLocaleChanges(this);
  }

  private stopFollowingLocale?: () => void;

  /** Problems already reported for this element. */
  private noted?: Set<string>;

  /**
   * Warns once per element and problem; the texts and suggestions load only then.
   * `known`: the allowed values, attributes or item ids the fix can name.
   */
  protected warnOnce(kind: ProblemKind, name: string, value = '', known?: readonly string[]): void {
    const key = `${kind} ${name} ${value}`;
    if ((this.noted ??= new Set()).has(key)) return;
    this.noted.add(key);
    void diagnostics.load(this, `the note on ${name} ${value}`).then((m) => m?.report(this, kind, name, value, known));
  }

  /**
   * Checks what the page wrote: values that are not numbers or not one of `enums` (each change),
   * and on the `first` check, unknown attributes. The first check runs when the page is idle, off
   * the first-content path; its warnings were never synchronous (their texts load lazily).
   */
  protected diagnose(changed: PropertyValues, first = false): void {
    const ctor = this.constructor as typeof PwElement;
    if (first) {
      const known = ctor.observedAttributes;
      for (const { name } of this.attributes)
        if (!known.includes(name) && !COMMON.test(name)) this.warnOnce('attr', name, '', known);
    }
    for (const key of changed.keys()) {
      const options = ctor.elementProperties.get(key);
      const value = (this as unknown as Record<PropertyKey, unknown>)[key];
      const allowed = ctor.enums[key as string] ?? PwElement.enums[key as string];
      if (
        options?.type === Number ? Number.isNaN(value) : value != null && allowed && !allowed.includes(value as string)
      ) {
        const name = typeof options?.attribute === 'string' ? options.attribute : String(key).toLowerCase();
        this.warnOnce(allowed ? 'value' : 'number', name, String(value), allowed);
      }
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The store drives `{lang}` feeds and dates even where @lit/localize is not ours to configure.
    this.stopFollowingLocale = onLocaleChange(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopFollowingLocale?.();
  }

  /** An old attribute name sets the new property, unless the new attribute is there too. */
  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    const now = renamedTo((this.constructor as typeof PwElement).renamed.attributes, name);
    if (now) {
      if (value !== null) noteDeprecated(this.localName, name, now);
      if (this.hasAttribute(now)) return;
    }
    super.attributeChangedCallback(now ?? name, old, value);
  }

  /**
   * A listener for an old event name gets the note when it is added: the
   * old event itself is still dispatched after the new one (see `emit`).
   * @internal
   */
  override addEventListener<K extends keyof HTMLElementEventMap>(
    type: K,
    listener: (this: HTMLElement, ev: HTMLElementEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  override addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void;
  override addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void {
    const now = renamedTo((this.constructor as typeof PwElement).renamed.events, type);
    if (now) noteDeprecated(this.localName, type, now);
    super.addEventListener(type, listener, options);
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    const { renamed } = this.constructor as typeof PwElement;
    if (renamed.cssProperties || renamed.parts) whenIdle(() => this.isConnected && noteStyleRenames(this, renamed));
  }

  /**
   * A widget that fails to render must not break the host page or its
   * neighbours: the error is reported as a console warning, not rethrown.
   */
  protected override update(changed: PropertyValues): void {
    try {
      if (this.hasUpdated) this.diagnose(changed);
      else whenIdle(() => this.diagnose(changed, true));
      // A pre-rendered shadow root (Declarative Shadow DOM from `provincial-widgets render`; LitElement
      // then renders before its first node) gives way to Lit's nodes, from the same data, in this task.
      if (!this.hasUpdated && this.renderOptions.renderBefore) {
        this.renderRoot.replaceChildren();
        this.renderOptions.renderBefore = null;
      }
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

  /**
   * Fires a typed, bubbling, composed event, then the same under its old name
   * if it was renamed. False when either was cancelled.
   */
  protected emit<K extends keyof PwEventMap>(
    type: K,
    detail: PwEventMap[K],
    init: { cancelable?: boolean } = {},
  ): boolean {
    let go = this.dispatchEvent(pwEvent(type, detail, init));
    for (const [old, now] of Object.entries((this.constructor as typeof PwElement).renamed.events ?? {})) {
      if (now === type) go = this.dispatchEvent(pwEvent(old as K, detail, init)) && go;
    }
    return go;
  }
}
