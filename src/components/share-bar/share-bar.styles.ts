import { css } from 'lit';

export const shareBarStyles = css`
  :host {
    --_share-gap: var(--pw-share-bar-gap, var(--pw-share-gap, 0.5em));
    --_share-size: var(--pw-share-bar-size, var(--pw-share-size, 44px));
  }
  .base {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_share-gap) calc(var(--_share-gap) * 1.5);
  }
  :host([layout='vertical']) .base {
    flex-direction: column;
    align-items: flex-start;
  }
  .label {
    font-weight: 600;
    color: var(--pw-share-bar-label-color, var(--pw-share-label-color, var(--_text)));
  }
  .list {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_share-gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  :host([layout='vertical']) .list {
    flex-direction: column;
    align-items: stretch;
  }
  .item {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_share-gap);
  }
  .target {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-width: var(--_share-size);
    min-height: var(--_share-size);
    margin: 0;
    padding: 0.25em 0.85em;
    border: 1px solid var(--pw-share-bar-border-color, var(--pw-share-border-color, var(--_border)));
    border-radius: var(--pw-share-bar-radius, var(--pw-share-radius, var(--_radius)));
    background: var(--pw-share-bar-background, var(--pw-share-bg, var(--_bg)));
    color: var(--pw-share-bar-color, var(--pw-share-color, var(--_text)));
    font: inherit;
    line-height: 1.5;
    text-decoration: none;
    cursor: pointer;
  }
  :host([layout='vertical']) .target {
    justify-content: flex-start;
    width: 100%;
  }
  .target:hover {
    border-color: var(--pw-share-bar-hover-color, var(--pw-share-hover-color, var(--_accent)));
    color: var(--pw-share-bar-hover-color, var(--pw-share-hover-color, var(--_accent)));
  }
  .icon {
    flex: none;
    width: var(--pw-share-bar-icon-size, var(--pw-share-icon-size, 1.25em));
    height: var(--pw-share-bar-icon-size, var(--pw-share-icon-size, 1.25em));
    color: var(--pw-share-bar-icon-color, var(--pw-share-icon-color, var(--_brand, currentColor)));
  }
  .target-zalo {
    --_brand: #0068ff;
  }
  .target-facebook {
    --_brand: #1877f2;
  }
  .target-linkedin {
    --_brand: #0a66c2;
  }
  :host([icon-only]) .target {
    padding: 0;
  }
  :host([icon-only]) .text {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .status {
    flex-basis: 100%;
    margin: 0;
    font-weight: 600;
    color: var(--_text);
  }
  .status:empty {
    display: contents;
  }
  .manual-copy {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    flex-basis: 100%;
  }
  .manual-copy input {
    flex: 1 1 20em;
    min-width: 0;
    min-height: var(--_share-size);
    padding: 0 0.6em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    font: inherit;
  }
  @media (forced-colors: active) {
    .target {
      border-color: ButtonText;
    }
    .icon {
      color: currentColor;
    }
  }
  @media print {
    :host {
      display: none;
    }
  }
`;
