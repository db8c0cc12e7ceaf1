/**
 * The iCalendar UID of a feed event, shared by the widget's per-event `.ics`
 * export and the CLI's `to-ics` subscription calendar: a reader who added one
 * event and then subscribes must get the same UID, or their calendar shows it twice.
 */
import { hostOf } from './url.js';

/** Stable UID: the item id (escaped to safe characters) and the host the feed came from. */
export function eventUid(item: { id: string }, feedUrl: string): string {
  const id = item.id.replace(/[^\w.:/~%+=-]/g, (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
  return `${id}@${hostOf(feedUrl) || 'provincial-widgets'}`;
}
