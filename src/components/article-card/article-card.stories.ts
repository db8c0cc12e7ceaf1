import type { Meta, StoryObj } from '@storybook/web-components-vite';
import './define.js';
import type { Attrs } from '../../../stories/support/example.js';
import { articleCard } from './article-card.examples.js';
import { storiesFromExamples } from '../../../stories/support/from-examples.js';

const s = storiesFromExamples(articleCard);

const meta: Meta<Attrs> = {
  title: 'Widgets/pw-article-card',
  tags: ['autodocs'],
  ...s.meta,
  parameters: {
    docs: {
      description: {
        component:
          'One article from a JSON Feed: a news card, or the whole article as the portal shows it (date and time, title, ' +
          'lead, body with figures and captions, author, tags, link to the other language). The body is sanitized by ' +
          'DOMPurify, loaded on demand, and the allowlist in docs/security.md.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Attrs>;

// The examples, with their descriptions, are in article-card.examples.ts.
export const Full: Story = { ...s.story('Full') };
export const FullEnglish: Story = { ...s.story('FullEnglish') };
export const Card: Story = { ...s.story('Card') };
export const CardEnglish: Story = { ...s.story('CardEnglish') };
export const Newest: Story = { ...s.story('Newest') };
export const CardNarrow: Story = { ...s.story('CardNarrow') };
export const Loading: Story = { ...s.story('Loading') };
export const LoadingEnglish: Story = { ...s.story('LoadingEnglish') };
export const LoadingCard: Story = { ...s.story('LoadingCard') };
export const Error: Story = { ...s.story('Error') };
export const ErrorEnglish: Story = { ...s.story('ErrorEnglish') };
export const Empty: Story = { ...s.story('Empty') };
export const EmptyEnglish: Story = { ...s.story('EmptyEnglish') };
export const NotFound: Story = { ...s.story('NotFound') };
export const NotFoundEnglish: Story = { ...s.story('NotFoundEnglish') };
export const Stale: Story = { ...s.story('Stale') };
export const StaleEnglish: Story = { ...s.story('StaleEnglish') };
export const HostileBody: Story = { ...s.story('HostileBody') };
export const Dark: Story = { ...s.story('Dark') };
export const LongTitle: Story = { ...s.story('LongTitle') };
export const LongTitleCard: Story = { ...s.story('LongTitleCard') };
