import { css, html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { Directive, directive, type ElementPart } from 'lit/directive.js';

/**
 * The shared loading, error, empty and stale templates. Messages are short,
 * localized and never contain raw error text: the details go to the console.
 */

export const errorState = (onRetry: () => void): TemplateResult => html`
  <div part="error" class="state state-error" role="alert">
    <p>${msg('Không tải được nội dung.', { id: 'state.error' })}</p>
    <button part="retry" type="button" class="retry" @click=${onRetry}>${msg('Thử lại', { id: 'state.retry' })}</button>
    <slot></slot>
  </div>
`;

export const emptyState = (message: string): TemplateResult => html`
  <p part="empty" class="state state-empty">${message}</p>
`;

export const staleNote = (onRetry?: () => void): TemplateResult => html`
  <p part="stale" class="stale-note" role="status">
    ${msg('Nội dung có thể chưa được cập nhật.', { id: 'state.stale' })}
    ${
      onRetry
        ? html`<button type="button" class="link-button" @click=${onRetry}>${msg('Tải lại', { id: 'state.reload' })}</button>`
        : nothing
    }
  </p>
`;

/**
 * Sets an element's size through CSSOM. Strict CSPs (no 'unsafe-inline' styles) block
 * style attributes, including the one lit's styleMap writes on first render.
 */
class SizeDirective extends Directive {
  render(_width: string, _height: string) {
    return nothing;
  }
  override update(part: ElementPart, [width, height]: [string, string]) {
    Object.assign((part.element as HTMLElement).style, { width, height });
    return nothing;
  }
}
export const size = directive(SizeDirective);

/** A skeleton block; `width` in %. Static, not animated: nothing moves on its own. */
export const skeletonLine = (width = 100, height = '1em'): TemplateResult =>
  html`<span class="skeleton" ${size(`${width}%`, height)}></span>`;

/** Announces "loading" to screen readers while skeletons are shown. */
export const loadingLabel = (): TemplateResult =>
  html`<span class="visually-hidden" role="status">${msg('Đang tải…', { id: 'state.loading' })}</span>`;

export const stateStyles = css`
  .state {
    margin: 0;
    padding: calc(var(--_space) * 0.75) var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg-muted);
    color: var(--_text);
  }
  .state p {
    margin: 0 0 0.5em;
  }
  .state-error {
    border-inline-start: 4px solid var(--_danger);
  }
  .retry {
    min-height: 44px;
    padding: 0.4em 1.1em;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_accent-text);
    cursor: pointer;
  }
  .stale-note {
    margin: 0 0 0.75em;
    font-size: 0.875em;
    color: var(--_warning);
  }
  .link-button {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    cursor: pointer;
  }
  .skeleton {
    display: block;
    max-width: 100%;
    border-radius: 4px;
    background: var(--_skeleton);
  }
  @media (forced-colors: active) {
    .skeleton {
      border: 1px solid CanvasText;
    }
  }
`;
