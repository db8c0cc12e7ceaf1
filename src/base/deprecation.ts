/**
 * Public names renamed before 1.0 (issue 12) keep working for one minor
 * version, each with one console note per page. Each element lists its own
 * renames in a table (`static renamed`); PwElement does the rest.
 */
const NOTED = Symbol.for('provincial-widgets.deprecations');

/** Old name → new name, per kind of public name. */
export interface Renames {
  /** Attributes; the camelCase properties follow. */
  attributes?: Record<string, string>;
  /** Events: the old name is dispatched after the new one, with the same detail. */
  events?: Record<string, string>;
  /** Parts: the element renders both names; the note fires when a style sheet uses `::part(old)`. */
  parts?: Record<string, string>;
  /** CSS custom properties: the styles read `var(--new, var(--old, default))`; the note fires when the old one is set. */
  cssProperties?: Record<string, string>;
}

/** Tells the webmaster, once per page and name, that `old` is now `replacement`. */
export function noteDeprecated(tag: string, old: string, replacement: string): void {
  const store = globalThis as unknown as Record<symbol, Set<string> | undefined>;
  const noted = (store[NOTED] ??= new Set());
  const key = `${tag} ${old}`;
  if (noted.has(key)) return;
  noted.add(key);
  console.warn(
    `provincial-widgets: <${tag}> "${old}" is deprecated; use "${replacement}" (the old name stops working in 0.3). ` +
      `/ "${old}" đã lỗi thời; hãy dùng "${replacement}".`,
  );
}

export const camelCase = (name: string): string => name.replace(/-(.)/g, (_, c: string) => c.toUpperCase());

/** The CSS text of the style sheets `el` is styled from (cross-origin sheets without CORS cannot be read). */
function sheetsText(el: Element): string {
  const root = el.getRootNode() as Document | ShadowRoot;
  let text = '';
  for (const sheet of [...root.styleSheets, ...root.adoptedStyleSheets]) {
    try {
      for (const rule of sheet.cssRules) text += rule.cssText;
    } catch {
      // unreadable: nothing to note
    }
  }
  return text;
}

/**
 * Notes renamed custom properties set on `el`, and renamed parts used in a
 * `::part()` selector that is not aimed at another widget.
 */
/**
 * Runs `fn` once the page is idle. The style checks below read computed styles and every style sheet,
 * which forces a style recalculation: 8–16 ms per widget in the calendar profile, right after the
 * first render, had they run in firstUpdated.
 */
export function whenIdle(fn: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(fn, { timeout: 2000 });
  else setTimeout(fn, 200);
}

export function noteStyleRenames(el: HTMLElement, { cssProperties = {}, parts = {} }: Renames): void {
  const tag = el.localName;
  const style = getComputedStyle(el);
  for (const [old, now] of Object.entries(cssProperties))
    if (style.getPropertyValue(old)) noteDeprecated(tag, old, now);
  const oldParts = Object.keys(parts);
  if (!oldParts.length) return;
  for (const [, host, names] of sheetsText(el).matchAll(/([^\s,{}>+~()]*)::part\(([^)]*)\)/g)) {
    if (/^pw-/.test(host!) && !host!.startsWith(tag)) continue;
    for (const name of names!.trim().split(/\s+/)) {
      if (oldParts.includes(name)) noteDeprecated(tag, `::part(${name})`, `::part(${parts[name]})`);
    }
  }
}
