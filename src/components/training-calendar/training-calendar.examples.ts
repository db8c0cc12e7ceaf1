import type { ElementExamples } from '../../../stories/support/example.js';

const FIXTURE = 'fixtures/training-events.json';

/** Examples of `pw-training-calendar`. */
export const trainingCalendar: ElementExamples = {
  tag: 'pw-training-calendar',
  feed: 'feeds/portal.{lang}.json',
  frame: 'max-width:60rem',
  defaults: { view: 'month', month: '2017-11', 'max-events': 2, 'page-size': 10 },
  examples: {
    Month: { description: 'November 2017 in the demo feed: the seed session on Wednesday 22.', ready: 'event' },
    MonthEnglish: { description: 'The month in English.', locale: 'en', ready: 'event' },
    List: {
      description: 'Upcoming list, grouped by day and Sáng/Chiều, with "Xem thêm".',
      attrs: { view: 'list', 'page-size': 4 },
      frame: 'max-width:28rem',
      ready: 'event',
    },
    ListEnglish: {
      description: 'The list in English.',
      attrs: { view: 'list', 'page-size': 4 },
      frame: 'max-width:28rem',
      locale: 'en',
      ready: 'event',
    },
    Week: {
      description: 'The weekly "Lịch công tác" table.',
      attrs: { view: 'week', month: '2017-11-22' },
      ready: 'week',
    },
    Narrow: {
      description: 'No `view`: the width decides (list below 600px).',
      attrs: { view: '' },
      frame: 'max-width:22rem',
      ready: 'event',
    },
    StatesAndOverflow: {
      description: 'Cancelled, postponed, multi-day and overflow ("+N") cases from the test fixture.',
      feed: FIXTURE,
      ready: 'more',
    },
    Search: {
      description: 'Diacritic-insensitive search: "tap huan" finds "Tập huấn".',
      feed: FIXTURE,
      attrs: { query: 'tap huan' },
      ready: 'event',
    },
    ByOrganizer: {
      description: 'Filtered by organiser.',
      feed: FIXTURE,
      attrs: { organizer: 'Sở Nội vụ tỉnh Long An' },
      ready: 'event',
    },
    OtherTimeZone: {
      description: 'Displayed in another zone with `time-zone`.',
      attrs: { 'time-zone': 'America/New_York' },
      ready: 'event',
    },
    Dark: { description: 'Dark scheme.', theme: 'dark', ready: 'event' },
    Lunar: {
      description: '`lunar`: the lunar date (D/M) in every cell, holidays marked; 22/11/2017 is 5/10 Đinh Dậu.',
      attrs: { lunar: true },
      ready: 'lunar',
    },
    LunarEnglish: { description: '`lunar` in English.', attrs: { lunar: true }, locale: 'en', ready: 'lunar' },
    LunarTet: {
      description: 'February 2018: Tết (lunar 1/1) on the 16th, marked as a holiday.',
      attrs: { lunar: true, month: '2018-02' },
      ready: 'holiday',
    },
    LunarLeapMonth: {
      description: 'July 2025: the leap 6th month starts on the 25th ("1/6 nhuận").',
      attrs: { lunar: true, month: '2025-07' },
      ready: 'lunar',
    },
    LunarList: {
      description: '`lunar` in the list: "Âm lịch: 5/10 Đinh Dậu" under each day.',
      attrs: { lunar: true, view: 'list', 'page-size': 4 },
      frame: 'max-width:28rem',
      ready: 'event',
    },
    Loading: { description: 'Loading skeleton, the size of the final grid.', state: 'loading' },
    Error: { description: 'The feed could not be loaded: message and retry.', state: 'error', ready: 'error' },
    ErrorEnglish: { description: 'The error state in English.', state: 'error', locale: 'en', ready: 'error' },
    Empty: {
      description: 'No training sessions.',
      feed: 'fixtures/training-empty.json',
      attrs: { view: 'list', month: '' },
      ready: 'empty',
    },
    EmptyEnglish: {
      description: 'Empty, in English.',
      feed: 'fixtures/training-empty.json',
      attrs: { view: 'list', month: '' },
      locale: 'en',
      ready: 'empty',
    },
    Stale: {
      description: 'A cached copy whose refresh failed: shown with the "may be out of date" note.',
      feed: FIXTURE,
      state: 'stale',
      ready: 'stale',
    },
    LongTitles: {
      description: 'Long titles, places and organisers, and an unbroken multi-day title.',
      feed: 'fixtures/long-titles.vi.json',
      ready: 'event',
    },
    HostileFields: {
      description:
        'Attack payloads in every event field: shown as text, unsafe links dropped. Open an event to see the details.',
      feed: 'fixtures/hostile-events.json',
      attrs: { view: 'list' },
      ready: 'event',
    },
  },
};
