import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/training-calendar/define.js';
import type { Attrs } from './examples/index.js';
import { trainingCalendar } from './examples/training-calendar.js';
import { storiesFromExamples } from './support/from-examples.js';

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

// The examples, with their descriptions, are in stories/examples/training-calendar.ts.
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
