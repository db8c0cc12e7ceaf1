/**
 * What the widget's per-event `.ics` export and the CLI's `to-ics` subscription calendar must write
 * alike: the UID (a reader who added one event and then subscribes must get the same one, or their
 * calendar shows it twice), the STATUS values and Vietnam's VTIMEZONE.
 */
import { VIETNAM_TIME_ZONE } from './dates.js';
import { hostOf } from './url.js';

/** STATUS of a VEVENT for each feed status (`EventStatus`; shared/ cannot import the feed layer's types). */
export const ICS_STATUS: Record<'scheduled' | 'rescheduled' | 'postponed' | 'cancelled', string> = {
  scheduled: 'CONFIRMED',
  rescheduled: 'CONFIRMED',
  postponed: 'TENTATIVE',
  cancelled: 'CANCELLED',
};

/** Vietnam's zone, +07:00 throughout (times when it was not are written in UTC). */
export const VTIMEZONE_LINES: readonly string[] = [
  'BEGIN:VTIMEZONE',
  `TZID:${VIETNAM_TIME_ZONE}`,
  'BEGIN:STANDARD',
  'DTSTART:19700101T000000',
  'TZOFFSETFROM:+0700',
  'TZOFFSETTO:+0700',
  'TZNAME:ICT',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** Stable UID: the item id (escaped to safe characters) and the host the feed came from. */
export function eventUid(item: { id: string }, feedUrl: string): string {
  const id = item.id.replace(/[^\w.:/~%+=-]/g, (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
  return `${id}@${hostOf(feedUrl) || 'provincial-widgets'}`;
}
