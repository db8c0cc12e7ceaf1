import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/training-calendar/define.js';
import { downFeed, hangingFeed, staleFeed } from './support/news-states.js';

interface Args {
  src: string;
  view: '' | 'month' | 'list' | 'week';
  month: string;
  timeZone: string;
  organizer: string;
  audience: string;
  tag: string;
  query: string;
  maxEvents: number;
  pageSize: number;
  lunar: boolean;
  width: string;
}

const PORTAL = '/feeds/portal.{lang}.json';
const FIXTURE = '/fixtures/training-events.json';

const render = (a: Args, src = a.src) => html`<div style="max-width:${a.width || '100%'}">
  <pw-training-calendar
    src=${src}
    view=${a.view || nothing}
    month=${a.month || nothing}
    time-zone=${a.timeZone || nothing}
    organizer=${a.organizer || nothing}
    audience=${a.audience || nothing}
    tag=${a.tag || nothing}
    query=${a.query || nothing}
    max-events=${a.maxEvents}
    page-size=${a.pageSize}
    ?lunar=${a.lunar}
  ></pw-training-calendar>
</div>`;

const meta: Meta<Args> = {
  title: 'Widgets/pw-training-calendar',
  component: 'pw-training-calendar',
  tags: ['autodocs'],
  args: {
    src: PORTAL,
    view: 'month',
    month: '2017-11',
    timeZone: '',
    organizer: '',
    audience: '',
    tag: '',
    query: '',
    maxEvents: 2,
    pageSize: 10,
    lunar: false,
    width: '60rem',
  },
  argTypes: {
    view: {
      control: 'inline-radio',
      options: ['', 'month', 'list', 'week'],
      description: 'Empty: month when ≥ 600px wide, list when narrower',
    },
    month: { description: '`YYYY-MM` or `YYYY-MM-DD`; empty for today', control: 'text' },
    timeZone: { description: 'IANA zone; empty for Asia/Ho_Chi_Minh', control: 'text' },
    width: { description: 'Story only: width of the container', control: 'text' },
  },
  render: (a) => render(a),
  parameters: {
    docs: {
      description: {
        component:
          "The province's training sessions from the `_pw.event` items of the portal feed. Times are always Vietnam time " +
          '(noted GMT+7 for readers elsewhere). The month grid follows the WAI-ARIA APG date grid: one day in the tab order, ' +
          'arrows, Home/End, PageUp/PageDown (Shift: a year), Enter/Space to open, Esc to close. Details open in place with ' +
          'a stable-UID .ics download and a Google Calendar link.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** November 2017 in the demo feed: the seed session on Wednesday 22. */
export const Month: Story = {};
export const MonthEnglish: Story = { globals: { locale: 'en' } };

/** Upcoming list, grouped by day and Sáng/Chiều, with "Xem thêm". */
export const List: Story = { args: { view: 'list', pageSize: 4, width: '28rem' } };
export const ListEnglish: Story = { ...List, globals: { locale: 'en' } };

/** The weekly "Lịch công tác" table. */
export const Week: Story = { args: { view: 'week', month: '2017-11-22', width: '60rem' } };

/** No `view`: the width decides (list below 600px). */
export const Narrow: Story = { args: { view: '', width: '22rem' } };

/** Cancelled, postponed, multi-day and overflow ("+N") cases from the test fixture. */
export const StatesAndOverflow: Story = { args: { src: FIXTURE, maxEvents: 2 } };

/** Diacritic-insensitive search: "tap huan" finds "Tập huấn". */
export const Search: Story = { args: { src: FIXTURE, query: 'tap huan' } };

/** Filtered by organiser. */
export const ByOrganizer: Story = { args: { src: FIXTURE, organizer: 'Sở Nội vụ tỉnh Long An' } };

/** Displayed in another zone with `time-zone`. */
export const OtherTimeZone: Story = { args: { timeZone: 'America/New_York' } };

/** Dark scheme (the element's own `theme` wins over the toolbar). */
export const Dark: Story = {
  render: (a) => html`<div style="background:#16191d;padding:1rem;max-width:${a.width}">
    <pw-training-calendar theme="dark" src=${a.src} view=${a.view || nothing} month=${a.month || nothing}></pw-training-calendar>
  </div>`,
};

/** Loading skeleton, the size of the final grid. */
export const Loading: Story = { render: (a) => render(a, hangingFeed()) };

/** The feed could not be loaded: message and retry. */
export const Error: Story = { render: (a) => render(a, downFeed()) };
export const ErrorEnglish: Story = { ...Error, globals: { locale: 'en' } };

/** No training sessions. */
export const Empty: Story = { args: { src: '/fixtures/training-empty.json', view: 'list', month: '' } };
export const EmptyEnglish: Story = { ...Empty, globals: { locale: 'en' } };

/** A cached copy whose refresh failed: shown with the "may be out of date" note. */
export const Stale: Story = {
  loaders: [async () => ({ stale: await staleFeed(FIXTURE) })],
  render: (a, { loaded }) => render(a, loaded.stale as string),
};

/** Long titles, places and organisers, and an unbroken multi-day title. */
export const LongTitles: Story = { args: { src: '/fixtures/long-titles.vi.json', month: '2017-11' } };

/** Attack payloads in every event field: shown as text, unsafe links dropped. Open an event to see the details. */
export const HostileFields: Story = { args: { src: '/fixtures/hostile-events.json', month: '2017-11', view: 'list' } };

/** `lunar`: the lunar date in every cell (5/10 on the seed day), Tết and the other public holidays marked. */
export const Lunar: Story = { args: { lunar: true } };
export const LunarEnglish: Story = { ...Lunar, globals: { locale: 'en' } };

/** `lunar` in February 2018: Tết Mậu Tuất (16–18 February). */
export const LunarTet: Story = { args: { lunar: true, month: '2018-02' } };

/** `lunar` in July 2025: the leap sixth month starts on the 25th ("1/6 nhuận"). */
export const LunarLeapMonth: Story = { args: { lunar: true, month: '2025-07' } };

/** `lunar` in the list: "Âm lịch: 5/10 Đinh Dậu" under each day. */
export const LunarList: Story = { args: { lunar: true, view: 'list', pageSize: 4, width: '28rem' } };

/** Opens the calendar's "Đăng ký lịch" / "Subscribe" disclosure once the feed has arrived. */
async function openSubscribe(canvas: HTMLElement) {
  const el = canvas.querySelector('pw-training-calendar')!;
  let button: HTMLElement | null | undefined;
  for (let i = 0; i < 200 && !(button = el.shadowRoot?.querySelector('[part~="subscribe-button"]')); i++)
    await new Promise((r) => setTimeout(r, 20));
  button?.click();
}

/**
 * The portal feed declares `_pw.ics_url`, so the calendar offers "Đăng ký lịch": a `webcal:` link, Google
 * Calendar's "add by URL" and "copy link". Nothing is requested from Google before a click.
 */
export const Subscribe: Story = { args: { lunar: true }, play: ({ canvasElement }) => openSubscribe(canvasElement) };
export const SubscribeEnglish: Story = { ...Subscribe, globals: { locale: 'en' } };
