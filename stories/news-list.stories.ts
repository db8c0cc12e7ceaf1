import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/news-list/define.js';
import { downFeed, hangingFeed, staleFeed } from './support/news-states.js';

interface Args {
  src: string;
  pageSize: number;
  layout: 'list' | 'grid';
  tag: string;
  headingLevel: number;
  target: string;
  hideImage: boolean;
  hideDate: boolean;
  hideSummary: boolean;
  hideTags: boolean;
  width: string;
}

const PORTAL = '/feeds/portal.{lang}.json';

const render = (a: Args, src = a.src) => html`<div style="max-width:${a.width || '100%'}">
  <pw-news-list
    src=${src}
    page-size=${a.pageSize}
    layout=${a.layout}
    tag=${a.tag || nothing}
    heading-level=${a.headingLevel || nothing}
    target=${a.target || nothing}
    ?hide-image=${a.hideImage}
    ?hide-date=${a.hideDate}
    ?hide-summary=${a.hideSummary}
    ?hide-tags=${a.hideTags}
  >
    <a href="https://www.longan.gov.vn/">Tin tức trên Cổng thông tin điện tử tỉnh Long An</a>
  </pw-news-list>
</div>`;

const meta: Meta<Args> = {
  title: 'Widgets/pw-news-list',
  component: 'pw-news-list',
  tags: ['autodocs'],
  args: {
    src: PORTAL,
    pageSize: 6,
    layout: 'list',
    tag: '',
    headingLevel: 0,
    target: '',
    hideImage: false,
    hideDate: false,
    hideSummary: false,
    hideTags: false,
    width: '52rem',
  },
  argTypes: {
    layout: { control: 'inline-radio', options: ['list', 'grid'] },
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
          "The province's latest news from a JSON Feed: newest first, with the portal's date format, images with alt text, " +
          '“Xem thêm” / “More news” (following `next_url`), and the shared loading, error, empty and stale states. ' +
          '`src` may contain `{lang}`: switch the locale in the toolbar and the list refetches the other edition.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The demo portal feed, Vietnamese edition. */
export const Default: Story = {};

/** The same list in English: the `{lang}` feed is refetched and every string is translated. */
export const English: Story = { globals: { locale: 'en' } };

/** A responsive grid; cards stack their image above the text. */
export const Grid: Story = { args: { layout: 'grid', width: '72rem' } };

/** Only items tagged “dân vận”, whatever the case or diacritics. */
export const TagFilter: Story = { args: { src: '/fixtures/news-list.vi.json', tag: 'dan van' } };

/** A paginated feed: “Xem thêm” loads `next_url` pages and focuses the first new item. */
export const Paginated: Story = { args: { src: '/fixtures/news-page-1.json', pageSize: 3 } };

/** Titles and summaries only. */
export const Compact: Story = { args: { hideImage: true, hideSummary: true, hideTags: true, pageSize: 8 } };

/** Skeletons reserve the space of `page-size` cards while the feed loads. */
export const Loading: Story = { render: (a) => render(a, hangingFeed()) };
export const LoadingEnglish: Story = { ...Loading, globals: { locale: 'en' } };

/** The feed could not be loaded: a short message and a retry button; the fallback link stays. */
export const Error: Story = { render: (a) => render(a, downFeed()) };
export const ErrorEnglish: Story = { ...Error, globals: { locale: 'en' } };

/** A feed with no items. */
export const Empty: Story = { args: { src: '/fixtures/news-empty.json' } };
export const EmptyEnglish: Story = { ...Empty, globals: { locale: 'en' } };

/** A cached copy whose refresh failed: the content stays, with a note and a reload button. */
export const Stale: Story = {
  loaders: [async () => ({ stale: await staleFeed('/fixtures/news-list.vi.json') })],
  render: (a, { loaded }) => render(a, loaded.stale as string),
};
export const StaleEnglish: Story = { ...Stale, globals: { locale: 'en' } };

/** Hostile and broken items: markup shows as text, bad URLs are dropped, huge strings wrap in a narrow column. */
export const HostileFeed: Story = { args: { src: '/fixtures/hostile-news.json', width: '20rem' } };

/** Dark scheme. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** Long Vietnamese titles, unbroken strings and stacked diacritics wrap without overflow or clipped marks. */
export const LongTitles: Story = { args: { src: '/fixtures/long-titles.vi.json', width: '20rem' } };
