import type { Meta, StoryObj } from '@storybook/web-components-vite';
import './define.js';
import type { Attrs } from '../../../stories/support/example.js';
import { newsList } from './news-list.examples.js';
import { storiesFromExamples } from '../../../stories/support/from-examples.js';

const s = storiesFromExamples(newsList);

const meta: Meta<Attrs> = {
  title: 'Widgets/pw-news-list',
  tags: ['autodocs'],
  ...s.meta,
  parameters: {
    docs: {
      description: {
        component:
          "The province's latest news from a JSON Feed: newest first, with the portal's date format, images with alt text, " +
          '“Xem thêm” / “More news” (following `next_url`), and the shared loading, error, empty and stale states. ' +
          '`src` may contain `{lang}`: switch the locale in the toolbar and the list refetches the other edition.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Attrs>;

// The examples, with their descriptions, are in news-list.examples.ts.
export const Default: Story = { ...s.story('Default') };
export const English: Story = { ...s.story('English') };
export const Grid: Story = { ...s.story('Grid') };
export const TagFilter: Story = { ...s.story('TagFilter') };
export const Paginated: Story = { ...s.story('Paginated') };
export const Compact: Story = { ...s.story('Compact') };
export const Loading: Story = { ...s.story('Loading') };
export const LoadingEnglish: Story = { ...s.story('LoadingEnglish') };
export const Error: Story = { ...s.story('Error') };
export const ErrorEnglish: Story = { ...s.story('ErrorEnglish') };
export const Empty: Story = { ...s.story('Empty') };
export const EmptyEnglish: Story = { ...s.story('EmptyEnglish') };
export const Stale: Story = { ...s.story('Stale') };
export const StaleEnglish: Story = { ...s.story('StaleEnglish') };
export const HostileFeed: Story = { ...s.story('HostileFeed') };
export const Dark: Story = { ...s.story('Dark') };
export const LongTitles: Story = { ...s.story('LongTitles') };
