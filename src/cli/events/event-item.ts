/**
 * One training event → one feed item, for `from-csv` and `from-ics`: the
 * `_pw.event` object, a stable id, and text for items that have no
 * description (when and where), so every item says something.
 */
import type { EventStatus, RawEvent, RawFeed, RawItem } from '../../feed/types.js';
import { localeInfo } from '../../locale/locales.js';
import { parseDay } from '../../shared/day.js';
import { dayStart, formatDate, formatDateTime, formatTimeRange, parseInstant } from '../../shared/dates.js';
import { hashId } from '../common/hash-id.js';

/** An event as read from a row or a VEVENT, before it becomes a feed item. */
export interface EventDraft {
  id?: string;
  title: string;
  /** A `YYYY-MM-DD` day for all-day events, else RFC 3339. */
  start: string;
  /** Inclusive last day for all-day events, else RFC 3339. */
  end?: string;
  allDay: boolean;
  status: EventStatus;
  location?: string;
  address?: string;
  onlineUrl?: string;
  organizer?: string;
  organizerUrl?: string;
  audience?: string;
  registrationUrl?: string;
  registrationDeadline?: string;
  capacity?: number;
  description?: string;
  /** Lines after the description (or the when-and-where text): a sheet's notes, a status in words. */
  notes?: string[];
  url?: string;
  language?: string;
}

/** A stable id from what identifies a session: its title and start. */
export const draftId = (title: string, start: string): string => `su-kien-${hashId(`${title}|${start}`)}`;

/** `Thời gian: 22/11/2017 - 07:30 – 11:00. Địa điểm: Hội trường A, 61 Nguyễn Huệ.` */
export function whenAndWhere(d: EventDraft, lang = 'vi'): string {
  const vi = !lang.startsWith('en');
  const locale = localeInfo(vi ? 'vi' : 'en');
  let when: string;
  if (d.allDay) {
    const first = formatDate(dayStart(parseDay(d.start)!), locale);
    const last = d.end && d.end !== d.start ? formatDate(dayStart(parseDay(d.end)!), locale) : undefined;
    when = last ? `${first} – ${last}` : first;
  } else {
    const start = parseInstant(d.start)!;
    const end = d.end ? parseInstant(d.end) : undefined;
    const sameDay = end && formatDate(end, locale) === formatDate(start, locale);
    when =
      !end || end.getTime() <= start.getTime()
        ? formatDateTime(start, locale)
        : sameDay
          ? `${formatDate(start, locale)}${vi ? ' - ' : ', '}${formatTimeRange(start, end, locale)}`
          : `${formatDateTime(start, locale)} – ${formatDateTime(end, locale)}`;
  }
  const where = [d.location, d.address].filter(Boolean).join(', ') || d.onlineUrl;
  const parts = [`${vi ? 'Thời gian' : 'When'}: ${when}.`];
  if (where) parts.push(`${vi ? 'Địa điểm' : 'Where'}: ${where}.`);
  return parts.join(' ');
}

/** The feed item for an event. */
export function draftToItem(d: EventDraft, lang = 'vi'): RawItem {
  const event: RawEvent = { start: d.start };
  if (d.end && d.end !== d.start) event.end = d.end;
  if (d.allDay) event.all_day = true;
  if (d.status !== 'scheduled') event.status = d.status;
  if (d.location || d.address)
    event.location = { ...(d.location && { name: d.location }), ...(d.address && { address: d.address }) };
  if (d.onlineUrl) event.online_url = d.onlineUrl;
  if (d.organizer) event.organizer = { name: d.organizer, ...(d.organizerUrl && { url: d.organizerUrl }) };
  if (d.audience) event.audience = d.audience;
  if (d.registrationUrl || d.registrationDeadline || d.capacity !== undefined) {
    event.registration = {
      ...(d.registrationUrl && { url: d.registrationUrl }),
      ...(d.registrationDeadline && { deadline: d.registrationDeadline }),
      ...(d.capacity !== undefined && { capacity: d.capacity }),
    };
  }
  const item: RawItem = { id: d.id || draftId(d.title, d.start), title: d.title };
  if (d.url) item.url = d.url;
  item.content_text = [d.description || whenAndWhere(d, d.language ?? lang), ...(d.notes ?? [])].join('\n');
  if (d.language) item.language = d.language;
  item._pw = { event };
  return item;
}

/** A feed of events, in start order. */
export function eventFeed(items: RawItem[], title: string | undefined, language: string): RawFeed {
  const at = (i: RawItem) => parseInstant(i._pw!.event!.start)?.getTime() ?? 0;
  return {
    version: 'https://jsonfeed.org/version/1.1',
    // JSON Feed requires a title (validate says so): the calendar's own name, else a plain one.
    title: title || (language.startsWith('en') ? 'Training calendar' : 'Lịch tập huấn'),
    language,
    items: [...items].sort((a, b) => at(a) - at(b)),
  };
}
