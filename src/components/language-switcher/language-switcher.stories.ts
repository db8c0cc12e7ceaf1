/**
 * pw-language-switcher: "Tiếng Việt | English" as on the Long An portal, in
 * place (switching every widget on the page) or as links to the other edition.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import './define.js';
import type { Attrs } from '../../../stories/support/example.js';
import { languageSwitcher } from './language-switcher.examples.js';
import { storiesFromExamples } from '../../../stories/support/from-examples.js';

const s = storiesFromExamples(languageSwitcher);

const meta: Meta<Attrs> = {
  title: 'Widgets/pw-language-switcher',
  tags: ['autodocs'],
  ...s.meta,
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

type Story = StoryObj<Attrs>;

// The examples, with their descriptions, are in language-switcher.examples.ts. The page where the
// switcher relabels a share bar and refetches a feed is in src/pages.stories.ts.
export const InPlace: Story = { ...s.story('InPlace') };
export const InPlaceEnglish: Story = { ...s.story('InPlaceEnglish') };
export const Flags: Story = { ...s.story('Flags') };
export const Menu: Story = { ...s.story('Menu') };
export const LinkMode: Story = { ...s.story('LinkMode') };
export const AuthoredLinks: Story = { ...s.story('AuthoredLinks') };
export const LinkModeMenu: Story = { ...s.story('LinkModeMenu') };
export const DarkTheme: Story = { ...s.story('DarkTheme') };
