import { css } from 'lit';

export const languageSwitcherStyles = css`
  :host {
    display: inline-block;
    --_ls-size: var(--pw-language-switcher-target-size, 44px);
  }
  .base {
    position: relative;
    display: inline-block;
  }
  .list {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    display: flex;
    align-items: center;
  }
  .separator {
    padding-inline: var(--pw-language-switcher-gap, 0.15em);
    color: var(--pw-language-switcher-separator-color, var(--_text-muted));
  }
  .option {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: var(--_ls-size);
    margin: 0;
    padding: 0 0.35em;
    border: 0;
    border-radius: var(--_radius);
    background: none;
    color: var(--pw-language-switcher-color, var(--_accent));
    font: inherit;
    line-height: 1.5;
    text-decoration: underline;
    text-underline-offset: 0.2em;
    cursor: pointer;
  }
  .option:hover {
    text-decoration-thickness: 2px;
  }
  .option[aria-current] {
    color: var(--pw-language-switcher-current-color, var(--_text));
    font-weight: var(--pw-language-switcher-current-weight, 700);
    text-decoration: none;
    cursor: default;
  }
  a.option[aria-current] {
    cursor: pointer;
  }
  .flag {
    flex: none;
    width: 1.5em;
    height: 1em;
    border: 1px solid var(--_border);
  }
  .toggle {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: var(--_ls-size);
    padding: 0 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    cursor: pointer;
  }
  .chevron {
    width: 0.9em;
    height: 0.9em;
    transition: transform 0.15s;
  }
  .toggle[aria-expanded='true'] .chevron {
    transform: rotate(180deg);
  }
  /*
   * The menu leaves every ancestor box: in the top layer (popover) where there is one, and fixed, so a
   * host's overflow: hidden cannot clip it (inset and margin undo the browser's centring of popovers).
   * Anchor positioning puts it under the toggle; where that is missing, the anchor declarations are
   * dropped and a script places it (menu-position.ts).
   */
  .popup {
    position: fixed;
    inset: auto;
    top: calc(anchor(bottom) + 4px);
    left: anchor(left);
    z-index: var(--pw-language-switcher-z-index, 10);
    min-width: anchor-size(width);
    position-anchor: --pw-language-switcher-toggle;
    position-try-fallbacks: flip-block;
    margin: 0;
    padding: 0.25em;
    list-style: none;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.15);
  }
  .popup[hidden] {
    display: none;
  }
  .toggle {
    anchor-name: --pw-language-switcher-toggle;
  }
  .popup .option {
    display: flex;
    width: 100%;
    padding: 0 0.75em;
    white-space: nowrap;
  }
  .popup .option[aria-current] {
    background: var(--_bg-muted);
  }
  @media (prefers-reduced-motion: reduce) {
    .chevron {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .option[aria-current] {
      text-decoration: underline double;
    }
  }
`;
