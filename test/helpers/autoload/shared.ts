/** A "shared chunk" for the autoloader test: counts how many times it is evaluated. */
const g = globalThis as { __autoloadEvaluations?: Record<string, number> };
export const evaluations = (g.__autoloadEvaluations ??= {});
export function defineOnce(tag: string): void {
  evaluations[tag] = (evaluations[tag] ?? 0) + 1;
  if (!customElements.get(tag)) customElements.define(tag, class extends HTMLElement {});
}
