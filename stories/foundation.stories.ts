/**
 * Foundation stories: the shared loading, error, empty and stale states every
 * widget inherits, and a minimal feed element (the one the foundation tests
 * use) loading real fixture feeds. They also prove that Storybook's Vite
 * transform honours `experimentalDecorators` (the element below uses one).
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { PwElement } from '../src/base/pw-element.js';
import { emptyState, errorState, loadingLabel, skeletonLine, staleNote, stateStyles } from '../src/base/states.js';
import '../test/helpers/pw-test-feed.js';

type StateName = 'loading' | 'error' | 'empty' | 'stale';

/** Renders one of the shared state templates, exactly as widgets do. */
class PwSbStates extends PwElement {
  static override styles = [...PwElement.styles, stateStyles];

  /** Which shared state to show. */
  @property({ reflect: true }) state: StateName = 'loading';

  override render() {
    switch (this.state) {
      case 'error':
        return errorState(() => this.dispatchEvent(new Event('retry')));
      case 'empty':
        return emptyState(msg('Chưa có tin nào.', { id: 'foundation.empty' }));
      case 'stale':
        return html`${staleNote(() => this.dispatchEvent(new Event('retry')))}
          <p>Tập huấn chuyển đổi số cho cán bộ, công chức cấp xã năm 2017</p>`;
      default:
        return html`${loadingLabel()}
          <div style="display:grid;gap:.6em">${skeletonLine(90, '1.2em')}${skeletonLine(70)}${skeletonLine(80)}</div>`;
    }
  }
}
PwSbStates.define('pw-sb-states');

declare global {
  interface HTMLElementTagNameMap {
    'pw-sb-states': PwSbStates;
  }
}

const fixture = (name: string) => `/sb-fixtures/${name}`;

const meta: Meta = {
  title: 'Foundation/States',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'The shared states every feed widget inherits from `FeedElement`: a skeleton that reserves space while ' +
          'loading, a short localized error with a retry button (never raw error text), an empty message, and a ' +
          'discreet “may be out of date” note when a refresh fails after a good load. Switch the locale and theme ' +
          'in the toolbar.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

export const Loading: Story = { render: () => html`<pw-sb-states state="loading"></pw-sb-states>` };
export const Error: Story = { render: () => html`<pw-sb-states state="error"></pw-sb-states>` };
export const Empty: Story = { render: () => html`<pw-sb-states state="empty"></pw-sb-states>` };
export const Stale: Story = { render: () => html`<pw-sb-states state="stale"></pw-sb-states>` };

/** A minimal feed element loading a fixture feed through the shared loader. */
export const LoadedFeed: Story = {
  render: () => html`<pw-test-feed src=${fixture('foundation.json')}></pw-test-feed>`,
};

/** The feed answers 200 with an HTML page: a fatal feed error, shown as the error state. */
export const HtmlInsteadOfFeed: Story = {
  render: () => html`<pw-test-feed src=${fixture('foundation-html.json')}>
    <a href="https://www.longan.gov.vn/">Tin tức trên Cổng thông tin điện tử tỉnh Long An</a>
  </pw-test-feed>`,
};

export const DarkTheme: Story = {
  render: () => html`<div style="background:#0f1215;padding:1rem">
    <pw-test-feed theme="dark" src=${fixture('foundation.json')}></pw-test-feed>
  </div>`,
};
