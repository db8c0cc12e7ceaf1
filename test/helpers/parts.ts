/**
 * The test harness for every widget: select its shadow DOM by exported `part` names (the styling
 * surface documented in custom-elements.json) rather than by private class names, which the
 * components may rename at any time.
 *
 * `root` is a widget (its shadow root is searched) or any other node (searched itself), so parts
 * nest: `part(part(el, 'event')!, 'status')`.
 */

/** A CSS selector for the part `name`, to combine with other selectors: `td[data-day="…"] ${byPart('event')}`. */
export const byPart = (name: string): string => `[part~="${name}"]`;

const scope = (root: Element | ParentNode): ParentNode => (root instanceof Element && root.shadowRoot) || root;

/** The first element under `root` exposing the part `name`, or null. */
export const part = <E extends Element = HTMLElement>(root: Element | ParentNode, name: string): E | null =>
  scope(root).querySelector<E>(byPart(name));

/** Every element under `root` exposing the part `name`, in document order. */
export const parts = <E extends Element = HTMLElement>(root: Element | ParentNode, name: string): E[] => [
  ...scope(root).querySelectorAll<E>(byPart(name)),
];
