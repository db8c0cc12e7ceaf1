import { css } from 'lit';

/**
 * Public `--pw-*` tokens (set them anywhere on the page) mapped to private
 * `--_*` ones that component styles use. Light by default; dark follows
 * `prefers-color-scheme` unless `theme="light"`, or is forced by `theme="dark"`.
 */
const light = css`
  --_bg: var(--pw-color-surface, #ffffff);
  --_bg-muted: var(--pw-color-surface-muted, #f3f5f7);
  --_text: var(--pw-color-text, #1b1f24);
  --_text-muted: var(--pw-color-text-muted, #505a66);
  --_border: var(--pw-color-border, #d0d7de);
  --_accent: var(--pw-color-accent, #0b57a4);
  --_accent-text: var(--pw-color-accent-text, #ffffff);
  --_danger: var(--pw-color-danger, #b3261e);
  --_warning: var(--pw-color-warning, #7a4b00);
  --_skeleton: var(--pw-color-skeleton, #e6e9ed);
  --_focus: var(--pw-color-focus, #0b57a4);
`;

const dark = css`
  --_bg: var(--pw-color-surface, #16191d);
  --_bg-muted: var(--pw-color-surface-muted, #22262b);
  --_text: var(--pw-color-text, #e8eaed);
  --_text-muted: var(--pw-color-text-muted, #b1b8c0);
  --_border: var(--pw-color-border, #3b424a);
  --_accent: var(--pw-color-accent, #8cc4ff);
  --_accent-text: var(--pw-color-accent-text, #0b1a2a);
  --_danger: var(--pw-color-danger, #ffb4ab);
  --_warning: var(--pw-color-warning, #ffd27a);
  --_skeleton: var(--pw-color-skeleton, #2c3137);
  --_focus: var(--pw-color-focus, #8cc4ff);
`;

export const themeStyles = css`
  :host {
    ${light}
    --_font: var(--pw-font-family, 'Noto Sans', 'Segoe UI', Roboto, Arial, 'Helvetica Neue', system-ui, sans-serif);
    /* medium = the reader's own default size; rem would follow a host's html{font-size:62.5%}. */
    --_font-size: var(--pw-font-size, medium);
    --_radius: var(--pw-radius, 6px);
    --_space: var(--pw-space, 1em);
    display: block;
    box-sizing: border-box;
    min-width: 0;
    max-width: 100%;
    /* Typography is themed through the --pw-* tokens only: !important keeps a host's
       global rules (body * { font-size: 13px !important }) from leaking in by inheritance. */
    /* The widget paints its own surface, so its contrast holds on any host background.
       Set --pw-color-surface: transparent to blend into a page of matching colours. */
    background: var(--_bg);
    color: var(--_text) !important;
    font-family: var(--_font) !important;
    font-size: var(--_font-size) !important;
    font-style: normal !important;
    font-weight: normal !important;
    /* Text spacing (WCAG 1.4.12): letter- and word-spacing are inherited from the page, so a reader's
       spacing tool reaches the text. Line height is at least 1.6 (stacked Vietnamese diacritics, ẫ ệ,
       collide below 1.5) or the page's own when that is larger: 1lh here is the parent's line height. */
    line-height: 1.6 !important;
    line-height: max(1.6em, 1lh) !important;
    text-transform: none !important;
    text-align: start !important;
    text-indent: 0 !important;
    overflow-wrap: anywhere;
    color-scheme: light;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
      color-scheme: dark;
    }
  }
  :host([theme='dark']) {
    ${dark}
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none;
  }
  /* Not inherit: a host theme's * { box-sizing: content-box } also matches the host element. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  h1, h2, h3, h4, h5, h6 {
    line-height: 1.35;
  }
  a {
    color: var(--_accent);
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    /* A halo of the widget's surface around the ring: both of its edges keep 3:1 on any host background. */
    box-shadow: 0 0 0 7px var(--_bg);
  }
  /* Form controls don't inherit font or spacing by default (UA styles): they take the widget's font,
     from the tokens, and the page's spacing, like other text (WCAG 1.4.12). */
  button,
  input,
  select,
  textarea {
    font: inherit;
    letter-spacing: inherit;
    word-spacing: inherit;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
