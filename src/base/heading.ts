/**
 * Heading levels that fit the host page: a widget's top heading defaults to one
 * below the nearest heading before it in document order (WCAG 1.3.1, axe
 * `heading-order`), so `<h1>` then a widget gives h2, an `<h3>` section gives h4.
 */
import { nothing, type TemplateResult } from 'lit';
import { literal, html as staticHtml, type StaticValue } from 'lit/static-html.js';

const tags: readonly StaticValue[] = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** A valid heading level from an attribute value. */
export const clampLevel = (level: unknown, fallback: number): number => {
  const n = Math.round(Number(level));
  return Number.isFinite(n) && n >= 1 && n <= 6 ? n : fallback;
};

/** `<hN>` with a level chosen at run time (clamped to 1–6), from a fixed set of static tags. */
export function heading(
  level: number,
  attrs: { part?: string; cls: string; id?: string; lang?: string; focusable?: boolean },
  content: unknown,
): TemplateResult {
  const tag = tags[Math.min(6, Math.max(1, level)) - 1];
  // Most headings (card titles, list days) have no id and no tabindex: a template without those two parts.
  if (attrs.id === undefined && !attrs.focusable)
    return staticHtml`<${tag} part=${attrs.part ?? nothing} class=${attrs.cls} lang=${attrs.lang ?? nothing}>${content}</${tag}>`;
  return staticHtml`<${tag} part=${attrs.part ?? nothing} class=${attrs.cls} id=${attrs.id ?? nothing} lang=${attrs.lang ?? nothing}
    tabindex=${attrs.focusable ? '-1' : nothing}>${content}</${tag}>`;
}

function levelOf(el: Element): number {
  const m = /^h([1-6])$/.exec(el.localName);
  if (m) return Number(m[1]);
  return el.getAttribute('role') === 'heading' ? Number(el.getAttribute('aria-level')) || 2 : 0;
}

/**
 * One below the nearest heading (`h1`–`h6` or `role="heading"`) before `host`
 * in document order, or 2 when there is none. Inside another component's shadow
 * tree the walk goes on from that component in the tree around it.
 */
export function contextHeadingLevel(host: Element): number {
  for (let node: Element = host; ;) {
    const root = node.getRootNode();
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
    walker.currentNode = node;
    for (let el = walker.previousNode(); el; el = walker.previousNode()) {
      const level = levelOf(el as Element);
      if (level) return Math.min(6, level + 1);
    }
    if (!(root instanceof ShadowRoot)) return 2;
    node = root.host;
  }
}
