/**
 * The shape of element examples, written once per element in src/components/<name>/<name>.examples.ts
 * (the GOV.UK Frontend "fixtures" idea): each example is a name, a description, the attributes and the
 * feed it uses. The element's Storybook stories (<name>.stories.ts beside it), the example tests
 * (test/examples.test.ts) and the accessibility sweep (test/hardening/a11y.test.ts) all read them, so an
 * example added there is shown, rendered and checked by axe (list a new element in test/helpers/examples.ts).
 *
 * Feeds are named by folder, not URL, because Storybook and the test server serve them at different
 * places: `feeds/…` is demo/feeds, `fixtures/…` is test/fixtures.
 */

/** Attribute values: `true` sets a boolean attribute, `false` and `''` leave the attribute out. */
export type Attrs = Record<string, string | number | boolean>;

export interface Example {
  /** What the example shows; the story's description. */
  description: string;
  /** Attributes over the element's defaults. */
  attrs?: Attrs;
  /** `feeds/<file>` or `fixtures/<file>`; `{lang}` is left to the element. Default: the element's feed. */
  feed?: string;
  /**
   * A feed state the consumer reproduces instead of serving a file: a feed that never answers, one
   * that answers 503, or a day-old cached copy of `feed` whose refresh fails.
   */
  state?: 'loading' | 'error' | 'stale';
  /** The page locale (default `vi`). */
  locale?: 'vi' | 'en';
  /** The page theme (default light): the toolbar theme in Storybook, the `theme` attribute in tests. */
  theme?: 'dark';
  /** CSS of the element's container, e.g. its width. Default: the element's. */
  frame?: string;
  /** Authored light-DOM content of the element (trusted markup written in this repo). */
  content?: string;
  /** The part that shows once the example has rendered; none when it renders without waiting. */
  ready?: string;
}

export interface ElementExamples {
  /** The custom element's tag name. */
  tag: string;
  /** Attributes every example starts from. */
  defaults: Attrs;
  /** The feed of the examples that name none. */
  feed?: string;
  /** The container CSS of the examples that give none. */
  frame?: string;
  /** The light-DOM content of the examples that give none. */
  content?: string;
  /** The examples by name (the story export names). */
  examples: Record<string, Example>;
}

/**
 * The example's element with `attrs`, inside a container styled by `frame`. The element is the
 * container's only child.
 */
export function build(tag: string, attrs: Attrs, frame = '', content = ''): HTMLDivElement {
  const wrap = document.createElement('div');
  wrap.style.cssText = frame;
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value !== false && value !== '') el.setAttribute(name, value === true ? '' : String(value));
  }
  // Authored in this repository, never feed content.
  if (content) el.innerHTML = content;
  wrap.append(el);
  return wrap;
}
