/**
 * Inline SVG icons for the share bar: no icon font, no image request.
 * Every icon is decorative (`aria-hidden`); the control around it carries
 * the accessible name.
 */
import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { ShareTarget } from './share-targets.js';

const paths: Record<ShareTarget, SVGTemplateResult> = {
  zalo: svg`<path fill="currentColor" d="M12 2.5C6.2 2.5 1.75 6.4 1.75 11.2c0 2.7 1.4 5.1 3.6 6.7L4.6 21.5l4.1-2.1c1 .3 2.1.4 3.3.4 5.8 0 10.25-3.9 10.25-8.6S17.8 2.5 12 2.5z"/>
    <path fill="none" stroke="#fff" stroke-width="1.9" stroke-linecap="round" stroke-linejoin="round" d="M7.6 8.4h8.2l-8.2 6.4h8.2"/>`,
  facebook: svg`<path fill="currentColor" d="M13.6 21.5v-8.1h2.8l.45-3.3H13.6V8c0-.95.3-1.6 1.65-1.6h1.7V3.5c-.3 0-1.3-.13-2.5-.13-2.5 0-4.2 1.5-4.2 4.3v2.4H7.4v3.3h2.8v8.1z"/>`,
  x: svg`<path fill="currentColor" d="M3.2 3h5.5l4.2 5.9L18 3h2.3l-6.4 7.3L21 21h-5.5l-4.6-6.4L5.3 21H3l6.9-7.8zm3.1 1.7 10.1 14.6h1.5L7.8 4.7z"/>`,
  linkedin: svg`<path fill="currentColor" d="M4.98 3.5a2.25 2.25 0 1 1 0 4.5 2.25 2.25 0 0 1 0-4.5zM3 9.5h4V21H3zm6.5 0h3.8v1.6h.05c.53-1 1.83-2 3.77-2 4 0 4.78 2.6 4.78 6V21h-4v-5.2c0-1.25-.02-2.85-1.74-2.85-1.74 0-2.01 1.36-2.01 2.76V21h-4z"/>`,
  email: svg`<g fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round"><rect x="2.5" y="5" width="19" height="14" rx="2"/><path d="m3 6.5 9 6.5 9-6.5"/></g>`,
  copy: svg`<g fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"><path d="M10 13.5a4.5 4.5 0 0 0 6.4.4l3-3a4.5 4.5 0 0 0-6.4-6.4l-1.6 1.6"/><path d="M14 10.5a4.5 4.5 0 0 0-6.4-.4l-3 3a4.5 4.5 0 0 0 6.4 6.4l1.6-1.6"/></g>`,
  print: svg`<g fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round"><path d="M6.5 9V3h11v6"/><path d="M6.5 17.5H4a1.5 1.5 0 0 1-1.5-1.5v-5.5A1.5 1.5 0 0 1 4 9h16a1.5 1.5 0 0 1 1.5 1.5V16a1.5 1.5 0 0 1-1.5 1.5h-2.5"/><path d="M6.5 14h11v7h-11z"/></g>`,
  native: svg`<g fill="none" stroke="currentColor" stroke-width="2"><circle cx="18" cy="5" r="2.6"/><circle cx="6" cy="12" r="2.6"/><circle cx="18" cy="19" r="2.6"/><path d="m8.3 13.3 7.4 4.4M15.7 6.3l-7.4 4.4"/></g>`,
};

/** The decorative icon of a target. */
export const shareIcon = (target: ShareTarget): TemplateResult =>
  html`<svg part="icon" class="icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">${paths[target]}</svg>`;
