import type { Meta, StoryObj } from '@storybook/web-components-vite';
import './define.js';
import type { Attrs } from '../../../stories/support/example.js';
import { trainingCalendar } from './training-calendar.examples.js';
import { storiesFromExamples } from '../../../stories/support/from-examples.js';

const s = storiesFromExamples(trainingCalendar);

const meta: Meta<Attrs> = {
  title: 'Widgets/pw-training-calendar',
  tags: ['autodocs'],
  ...s.meta,
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

type Story = StoryObj<Attrs>;

// The examples, with their descriptions, are in training-calendar.examples.ts.
export const Month: Story = { ...s.story('Month') };
export const MonthEnglish: Story = { ...s.story('MonthEnglish') };
export const List: Story = { ...s.story('List') };
export const ListEnglish: Story = { ...s.story('ListEnglish') };
export const Week: Story = { ...s.story('Week') };
export const Narrow: Story = { ...s.story('Narrow') };
export const StatesAndOverflow: Story = { ...s.story('StatesAndOverflow') };
export const Search: Story = { ...s.story('Search') };
export const ByOrganizer: Story = { ...s.story('ByOrganizer') };
export const OtherTimeZone: Story = { ...s.story('OtherTimeZone') };
export const Dark: Story = { ...s.story('Dark') };
export const Loading: Story = { ...s.story('Loading') };
export const Error: Story = { ...s.story('Error') };
export const ErrorEnglish: Story = { ...s.story('ErrorEnglish') };
export const Empty: Story = { ...s.story('Empty') };
export const EmptyEnglish: Story = { ...s.story('EmptyEnglish') };
export const Stale: Story = { ...s.story('Stale') };
export const LongTitles: Story = { ...s.story('LongTitles') };
export const HostileFields: Story = { ...s.story('HostileFields') };
export const Lunar: Story = { ...s.story('Lunar') };
export const LunarEnglish: Story = { ...s.story('LunarEnglish') };
export const LunarTet: Story = { ...s.story('LunarTet') };
export const LunarLeapMonth: Story = { ...s.story('LunarLeapMonth') };
export const LunarList: Story = { ...s.story('LunarList') };

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
export const Subscribe: Story = { ...s.story('Month'), play: ({ canvasElement }) => openSubscribe(canvasElement) };
export const SubscribeEnglish: Story = {
  ...s.story('MonthEnglish'),
  play: ({ canvasElement }) => openSubscribe(canvasElement),
};
