/** The training calendar's events and their detail types (typed in PwEventMap). */
import type { FeedItem } from '../../feed/types.js';
import type { CalendarView } from './grid.js';

/** Detail of `pw-event-open`. */
export interface EventOpenDetail {
  /** The feed item whose details were opened. */
  item: FeedItem;
}

/** @deprecated Renamed `EventOpenDetail` after its event, `pw-event-open` (works until 0.3). */
export type CalendarEventOpenDetail = EventOpenDetail;

/** Detail of `pw-calendar-navigate`. */
export interface CalendarNavigateDetail {
  view: CalendarView;
  /** First and last day now shown (`YYYY-MM-DD`). */
  from: string;
  to: string;
}

declare module '../../base/events.js' {
  interface PwEventMap {
    /** The reader opened an event's details. */
    'pw-event-open': EventOpenDetail;
    /** The reader moved to another period or view. */
    'pw-calendar-navigate': CalendarNavigateDetail;
  }
}
