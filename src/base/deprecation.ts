/**
 * One console note per page for each deprecated public name still in use
 * (issue 12's renames keep the old names working for one minor version).
 */
const NOTED = Symbol.for('provincial-widgets.deprecations');

/** Tells the webmaster, once per page and name, that `old` is now `replacement`. */
export function noteDeprecated(tag: string, old: string, replacement: string): void {
  const store = globalThis as unknown as Record<symbol, Set<string> | undefined>;
  const noted = (store[NOTED] ??= new Set());
  if (noted.has(old)) return;
  noted.add(old);
  console.warn(
    `provincial-widgets: <${tag}> "${old}" is deprecated; use "${replacement}" (the old name stops working in 0.3). ` +
      `/ "${old}" đã lỗi thời; hãy dùng "${replacement}".`,
  );
}
