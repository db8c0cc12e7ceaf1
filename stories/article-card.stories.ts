import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/article-card/define.js';
import { downFeed, hangingFeed, staleFeed } from './support/news-states.js';

interface Args {
  src: string;
  itemId: string;
  variant: 'card' | 'full';
  headingLevel: number;
  target: string;
  hideImage: boolean;
  hideDate: boolean;
  hideSummary: boolean;
  hideTags: boolean;
  width: string;
}

const PORTAL = '/feeds/portal.{lang}.json';
const SEED_ID = 'tap-huan-quy-che-dan-chu-2017';

const render = (a: Args, src = a.src) => html`<div style="max-width:${a.width || '100%'}">
  <pw-article-card
    src=${src}
    item-id=${a.itemId || nothing}
    variant=${a.variant}
    heading-level=${a.headingLevel || nothing}
    target=${a.target || nothing}
    ?hide-image=${a.hideImage}
    ?hide-date=${a.hideDate}
    ?hide-summary=${a.hideSummary}
    ?hide-tags=${a.hideTags}
  ></pw-article-card>
</div>`;

const meta: Meta<Args> = {
  title: 'Widgets/pw-article-card',
  component: 'pw-article-card',
  tags: ['autodocs'],
  args: {
    src: PORTAL,
    itemId: SEED_ID,
    variant: 'full',
    headingLevel: 0,
    target: '',
    hideImage: false,
    hideDate: false,
    hideSummary: false,
    hideTags: false,
    width: '48rem',
  },
  argTypes: {
    variant: { control: 'inline-radio', options: ['card', 'full'] },
    headingLevel: {
      description: '1–6; 0 for the default (one below the preceding heading in the page, else 2)',
      control: { type: 'number', min: 0, max: 6 },
    },
    width: { description: 'Story only: width of the container', control: 'text' },
  },
  render: (a) => render(a),
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

type Story = StoryObj<Args>;

/** The seed article from the portal, in full. */
export const Full: Story = {};

/** The same article in English, with the link back to the Vietnamese version. */
export const FullEnglish: Story = { globals: { locale: 'en' } };

/** The article as a card, as in the news list. */
export const Card: Story = { args: { variant: 'card', width: '40rem' } };
export const CardEnglish: Story = { ...Card, globals: { locale: 'en' } };

/** Without `item-id`: the newest item. */
export const Newest: Story = { args: { itemId: '', variant: 'card', width: '40rem' } };

/** A card in a narrow sidebar: the image stacks above the text. */
export const CardNarrow: Story = { args: { variant: 'card', width: '18rem' } };

/** Skeletons reserve the article's space while the feed loads. */
export const Loading: Story = { render: (a) => render(a, hangingFeed()) };
export const LoadingEnglish: Story = { ...Loading, globals: { locale: 'en' } };
export const LoadingCard: Story = {
  args: { variant: 'card', width: '40rem' },
  render: (a) => render(a, hangingFeed()),
};

/** The feed could not be loaded. */
export const Error: Story = { render: (a) => render(a, downFeed()) };
export const ErrorEnglish: Story = { ...Error, globals: { locale: 'en' } };

/** A feed with no items. */
export const Empty: Story = { args: { src: '/fixtures/news-empty.json', itemId: '' } };
export const EmptyEnglish: Story = { ...Empty, globals: { locale: 'en' } };

/** An `item-id` the feed does not have. */
export const NotFound: Story = { args: { itemId: 'khong-co-bai-nay' } };
export const NotFoundEnglish: Story = { ...NotFound, globals: { locale: 'en' } };

/** A cached copy whose refresh failed. */
export const Stale: Story = {
  args: { src: '/fixtures/news-seed.vi.json' },
  loaders: [async () => ({ stale: await staleFeed('/fixtures/news-seed.vi.json') })],
  render: (a, { loaded }) => render(a, loaded.stale as string),
};
export const StaleEnglish: Story = { ...Stale, globals: { locale: 'en' } };

/** A hostile body: scripts, handlers, iframes, forms, styles and javascript: links are all gone; the text stays. */
export const HostileBody: Story = { args: { src: '/fixtures/hostile-news.json', itemId: 'hostile-1' } };

/** Dark scheme. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** A long Vietnamese title and an unbroken string, in a narrow column. */
export const LongTitle: Story = { args: { src: '/fixtures/long-titles.vi.json', itemId: 'long-1', width: '20rem' } };
export const LongTitleCard: Story = {
  args: { src: '/fixtures/long-titles.vi.json', itemId: 'long-2', variant: 'card', width: '18rem' },
};
