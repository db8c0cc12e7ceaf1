/**
 * pw-language-switcher: "Tiếng Việt | English" as on the Long An portal, in
 * place (switching every widget on the page) or as links to the other edition.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/language-switcher/define.js';
import '../src/components/share-bar/define.js';
import '../test/helpers/pw-test-feed.js';

interface Args {
  variant: 'text' | 'flags' | 'menu';
  mode: 'auto' | 'in-place' | 'link';
  label: string;
  updateDocumentLang: boolean;
  theme: '' | 'light' | 'dark';
}

const meta: Meta<Args> = {
  title: 'Widgets/pw-language-switcher',
  component: 'pw-language-switcher',
  tags: ['autodocs'],
  args: { variant: 'text', mode: 'auto', label: '', updateDocumentLang: false, theme: '' },
  argTypes: {
    variant: { control: 'inline-radio', options: ['text', 'flags', 'menu'] },
    mode: { control: 'inline-radio', options: ['auto', 'in-place', 'link'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
  },
  render: (a) => html`<pw-language-switcher
    variant=${a.variant}
    mode=${a.mode}
    label=${a.label || nothing}
    theme=${a.theme || nothing}
    ?update-document-lang=${a.updateDocumentLang}
  ></pw-language-switcher>`,
  parameters: {
    docs: {
      description: {
        component:
          'The portal header’s “Tiếng Việt | English”. Each language is written in itself and carries its own `lang`; ' +
          'the current one has `aria-current`. **In place** (default), choosing a language switches every widget on the ' +
          'page through the shared locale store, saves the choice and fires `pw-locale-change`. **Link mode** (with ' +
          '`href-<code>` attributes, light-DOM links with `hreflang`, or the page’s `<link rel="alternate" hreflang>`) ' +
          'turns the options into plain links to the other edition, as the portal itself does.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The portal's compact text layout, switching in place. */
export const InPlace: Story = {};

/** Decorative flags next to each name (never a flag alone). */
export const Flags: Story = { args: { variant: 'flags' } };

/** A select-style menu: Enter/Space/↓ opens it, ↑/↓/Home/End move, Escape closes. */
export const Menu: Story = {
  args: { variant: 'menu' },
  render: (a) =>
    html`<div style="min-height:9rem"><pw-language-switcher variant=${a.variant}></pw-language-switcher></div>`,
};

/** Links to the other-language editions, given as `href-vi` / `href-en`. */
export const LinkMode: Story = {
  render: (a) => html`<pw-language-switcher
    variant=${a.variant}
    href-vi="https://www.longan.gov.vn/"
    href-en="https://en.longan.gov.vn/"
  ></pw-language-switcher>`,
};

/** Links authored in the light DOM with `hreflang`: a working switcher even without JavaScript. */
export const AuthoredLinks: Story = {
  render: () => html`<pw-language-switcher>
    <a href="https://www.longan.gov.vn/" hreflang="vi" lang="vi">Tiếng Việt</a> |
    <a href="https://en.longan.gov.vn/" hreflang="en" lang="en">English</a>
  </pw-language-switcher>`,
};

/** Link mode in the menu variant. */
export const LinkModeMenu: Story = {
  render: () => html`<div style="min-height:9rem">
    <pw-language-switcher variant="menu" href-vi="https://www.longan.gov.vn/" href-en="https://en.longan.gov.vn/"></pw-language-switcher>
  </div>`,
};

/**
 * In place, several widgets on the page follow the switch: the `{lang}` feed
 * refetches (`/feeds/portal.{lang}.json`) and the share bar relabels itself.
 */
export const SwitchesTheWholePage: Story = {
  render: () => html`<div style="display:grid;gap:1rem;max-width:48rem">
    <pw-language-switcher></pw-language-switcher>
    <pw-test-feed src="/feeds/portal.{lang}.json"></pw-test-feed>
    <pw-share-bar url="https://www.longan.gov.vn/tin-tuc/tap-huan-quy-che-dan-chu-2017"></pw-share-bar>
    <pw-language-switcher variant="flags" label="Ngôn ngữ (chân trang)"></pw-language-switcher>
  </div>`,
};

export const DarkTheme: Story = {
  args: { theme: 'dark', variant: 'flags' },
  render: (a) => html`<div style="background:#0f1215;padding:1rem">
    <pw-language-switcher theme="dark" variant=${a.variant}></pw-language-switcher>
  </div>`,
};
