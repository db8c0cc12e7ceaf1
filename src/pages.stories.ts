/**
 * Pages of several elements, not an example of one: how the elements work together. They live next to
 * index.ts (which defines them all), not in an element's folder: no element's folder imports another element.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './components/language-switcher/define.js';
import './components/share-bar/define.js';
import '../test/helpers/pw-test-feed.js';

const meta: Meta = { title: 'Pages/Several elements' };
export default meta;

/**
 * In place, several widgets on the page follow the switch: the `{lang}` feed
 * refetches (`/feeds/portal.{lang}.json`) and the share bar relabels itself.
 */
export const SwitchesTheWholePage: StoryObj = {
  render: () => html`<div style="display:grid;gap:1rem;max-width:48rem">
    <pw-language-switcher></pw-language-switcher>
    <pw-test-feed src="/feeds/portal.{lang}.json"></pw-test-feed>
    <pw-share-bar url="https://www.longan.gov.vn/tin-tuc/tap-huan-quy-che-dan-chu-2017"></pw-share-bar>
    <pw-language-switcher variant="flags" label="Ngôn ngữ (chân trang)"></pw-language-switcher>
  </div>`,
};
