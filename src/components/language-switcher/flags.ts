/**
 * Decorative flags for `variant="flags"`, keyed by locale code. A flag is
 * never the only label (a language is not a country): the native name is
 * always shown next to it. A locale without a flag here simply shows none,
 * so adding a locale never requires touching this file.
 */
import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';

const FLAGS: Record<string, SVGTemplateResult> = {
  vi: svg`<rect width="30" height="20" fill="#da251d"/><polygon fill="#ffff00" points="15,4 16.41,8.06 20.71,8.15 17.28,10.74 18.53,14.85 15,12.4 11.47,14.85 12.72,10.74 9.29,8.15 13.59,8.06"/>`,
  en: svg`<clipPath id="pw-flag-en"><rect width="30" height="20"/></clipPath><g clip-path="url(#pw-flag-en)"><rect width="30" height="20" fill="#012169"/><path d="M0 0l30 20M30 0L0 20" stroke="#fff" stroke-width="4"/><path d="M0 0l30 20M30 0L0 20" stroke="#c8102e" stroke-width="1.6"/><path d="M15 0v20M0 10h30" stroke="#fff" stroke-width="6"/><path d="M15 0v20M0 10h30" stroke="#c8102e" stroke-width="3.4"/></g>`,
};

/** The decorative flag of a locale, or `undefined` when there is none. */
export function flagFor(code: string): TemplateResult | undefined {
  const content = Object.hasOwn(FLAGS, code) ? FLAGS[code] : undefined;
  return content
    ? html`<svg part="flag" class="flag" viewBox="0 0 30 20" width="21" height="14" aria-hidden="true" focusable="false">${content}</svg>`
    : undefined;
}
