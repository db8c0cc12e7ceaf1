/**
 * iCalendar (RFC 5545) export and the Google Calendar template link, built in
 * the browser from a parsed feed item. Pure functions: no DOM, no clock
 * unless `now` is omitted.
 *
 * - Lines end in CRLF and are folded at 75 octets of UTF-8 (Vietnamese letters
 *   take up to 3), never inside a character.
 * - TEXT values escape `\`, `;`, `,` and newlines; other control characters are dropped.
 * - The UID is derived from the item id and the feed's host, so re-importing an
 *   updated event replaces the old one instead of duplicating it.
 * - Timed events use `TZID=Asia/Ho_Chi_Minh` (with its VTIMEZONE); all-day events
 *   use `VALUE=DATE` with an exclusive `DTEND`.
 */
import type { FeedItem, TrainingEvent } from '../../feed/types.js';
import { addDays, VIETNAM_TIME_ZONE, zonedParts, zoneOffsetMinutes, type Day } from '../../shared/dates.js';
import { eventUid, ICS_STATUS, VTIMEZONE_LINES } from '../../shared/event-uid.js';
import { foldForSearch } from '../../shared/text.js';
import { safeUrl } from '../../shared/url.js';

export type EventItem = FeedItem & { event: TrainingEvent };

const CRLF = '\r\n';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** `20171122T073000`: the wall clock of `date` in Vietnam, iCalendar/Google Calendar style (no zone suffix). */
export function compactLocalDateTime(date: Date): string {
  const p = zonedParts(date, VIETNAM_TIME_ZONE);
  return `${pad(p.year, 4)}${pad(p.month)}${pad(p.day)}T${pad(p.hour)}${pad(p.minute)}${pad(date.getUTCSeconds())}`;
}

/** `20171122T003000Z`: `date` in UTC, iCalendar style. */
export const compactUtcDateTime = (date: Date): string =>
  date
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/[-:]/g, '');

/** `20171122`: a day, iCalendar `VALUE=DATE` style. */
export const compactDay = (day: Day): string => day.replace(/-/g, '');
const MAX_OCTETS = 75;

const octets = (cp: number): number => (cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4);

/** Folds one content line at 75 octets; continuation lines start with a space (which counts). */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = octets(ch.codePointAt(0)!);
    if (size + n > MAX_OCTETS) {
      out.push(current);
      current = ' ';
      size = 1;
    }
    current += ch;
    size += n;
  }
  out.push(current);
  return out.join(CRLF);
}

/** Escapes a TEXT value (RFC 5545 §3.3.11). */
export const escapeText = (s: string): string =>
  s
    .replace(/\r\n?/g, '\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');

/** A quoted parameter value may hold anything but controls and `"`. */
const paramValue = (s: string): string => `"${s.replace(/[\u0000-\u001f\u007f"]/g, '')}"`; // eslint-disable-line no-control-regex

/** The UID lives in shared/: the CLI's `to-ics` must produce the same one. */
export { eventUid };

/** The description text: the item's summary or plain text, never its HTML. */
export const eventDescription = (item: FeedItem): string => item.summary ?? item.contentText ?? '';

/** `Hội trường A, 01 Song Hành, Tân An`, or the online link for online-only sessions. */
export function eventLocation(event: TrainingEvent): string {
  const place = [event.location?.name, event.location?.address].filter(Boolean).join(', ');
  return place || safeUrl(event.onlineUrl, undefined, 'http') || '';
}

export interface IcsOptions {
  /** The feed's URL: its host goes into the UID. */
  feedUrl: string;
  /** DTSTAMP; defaults to now. */
  now?: Date;
  /** Language of the text values (`LANGUAGE` is not emitted; used for PRODID). */
  locale?: string;
}

/**
 * A DTSTART/DTEND line: Vietnam's wall clock under the VTIMEZONE (+07:00), or UTC where the
 * zone database had another offset (+08:00 before 13 June 1975), which that VTIMEZONE does not describe.
 */
const dateTimeLine = (name: string, date: Date): string =>
  zoneOffsetMinutes(date, VIETNAM_TIME_ZONE) === 420
    ? `${name};TZID=${VIETNAM_TIME_ZONE}:${compactLocalDateTime(date)}`
    : `${name}:${compactUtcDateTime(date)}`;

/** The content lines of one VEVENT, unfolded. */
export function veventLines(item: EventItem, { feedUrl, now = new Date() }: IcsOptions): string[] {
  const e = item.event;
  const lines = ['BEGIN:VEVENT', `UID:${eventUid(item, feedUrl)}`, `DTSTAMP:${compactUtcDateTime(now)}`];
  if (e.allDay && e.startDay && e.endDay) {
    lines.push(`DTSTART;VALUE=DATE:${compactDay(e.startDay)}`, `DTEND;VALUE=DATE:${compactDay(addDays(e.endDay, 1))}`);
  } else {
    lines.push(dateTimeLine('DTSTART', e.start));
    if (e.end.getTime() > e.start.getTime()) lines.push(dateTimeLine('DTEND', e.end));
  }
  lines.push(`SUMMARY:${escapeText(item.title)}`);
  const description = eventDescription(item);
  const online = safeUrl(e.onlineUrl, undefined, 'http');
  const desc = [description, online && online !== eventLocation(e) ? online : ''].filter(Boolean).join('\n\n');
  if (desc) lines.push(`DESCRIPTION:${escapeText(desc)}`);
  const location = eventLocation(e);
  if (location) lines.push(`LOCATION:${escapeText(location)}`);
  // ORGANIZER needs an address; only a mailto: organiser link gives one.
  const mail = e.organizer?.name && e.organizer.url?.startsWith('mailto:') ? safeUrl(e.organizer.url) : undefined;
  if (mail) lines.push(`ORGANIZER;CN=${paramValue(e.organizer!.name!)}:${mail}`);
  const url = safeUrl(item.url, undefined, 'http');
  if (url) lines.push(`URL:${url}`);
  if (item.dateModified ?? item.datePublished)
    lines.push(`LAST-MODIFIED:${compactUtcDateTime((item.dateModified ?? item.datePublished)!)}`);
  lines.push(`STATUS:${ICS_STATUS[e.status]}`, 'TRANSP:OPAQUE', 'END:VEVENT');
  return lines;
}

/** A complete iCalendar object for one event, CRLF-terminated and folded. */
export function buildIcs(item: EventItem, options: IcsOptions): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//provincial-widgets//pw-training-calendar//${(options.locale ?? 'vi').toUpperCase()}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...(item.event.allDay ? [] : VTIMEZONE_LINES),
    ...veventLines(item, options),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** A `data:` URL of the .ics, for an `<a download>`: no Blob URL to revoke. */
export const icsDataUrl = (ics: string): string => `data:text/calendar;charset=utf-8,${encodeURIComponent(ics)}`;

/** `tap-huan-quy-che-dan-chu.ics`: an ASCII file name from the title. */
export function icsFilename(item: FeedItem): string {
  const slug = foldForSearch(item.title)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${slug || 'su-kien'}.ics`;
}

/** A Google Calendar "add event" link, with times in Vietnam time (`ctz=Asia/Ho_Chi_Minh`). */
export function googleCalendarUrl(item: EventItem): string {
  const e = item.event;
  const dates =
    e.allDay && e.startDay && e.endDay
      ? `${compactDay(e.startDay)}/${compactDay(addDays(e.endDay, 1))}`
      : `${compactLocalDateTime(e.start)}/${compactLocalDateTime(e.end.getTime() > e.start.getTime() ? e.end : e.start)}`;
  const url = safeUrl(item.url, undefined, 'http');
  const details = [eventDescription(item), url].filter(Boolean).join('\n\n');
  const params = new URLSearchParams({ action: 'TEMPLATE', text: item.title, dates, ctz: VIETNAM_TIME_ZONE });
  if (details) params.set('details', details);
  const location = eventLocation(e);
  if (location) params.set('location', location);
  return `https://calendar.google.com/calendar/render?${params}`;
}
