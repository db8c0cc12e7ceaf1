/**
 * An iCalendar file, as Outlook and Google Calendar export it → a feed of
 * events. Parsed with ical.js (Mozilla's): VTIMEZONEs in the file give the
 * offsets; RRULE/EXDATE/RECURRENCE-ID are expanded within a window.
 */
import ICAL from 'ical.js';
import type { RawFeed, RawItem } from '../../feed/types.js';
import { makeDay, type Day } from '../../shared/day.js';
import { addDays, isValidTimeZone, VIETNAM_TIME_ZONE, zoneOffsetMinutes } from '../../shared/dates.js';
import { offsetString } from '../common/dates.js';
import { draftToItem, eventFeed, type EventDraft } from './event-item.js';
import { ConvertError } from '../common/errors.js';
import { t } from '../common/i18n.js';

export interface IcsProblem {
  /** `VEVENT 3 (UID …)`. */
  where: string;
  /** The property at fault, e.g. `DTSTART`. */
  property: string;
  message: string;
  fix: string;
}

export interface IcsResult {
  feed: RawFeed;
  problems: IcsProblem[];
  /** Occurrences of recurring events outside the window, left out on purpose. */
  outside: number;
}

export interface IcsOptions {
  language: string;
  /** First and last day of the window. */
  from: Day;
  to: Day;
}

/** A guard for rules that never end: no series is followed past this many occurrences. */
const MAX_OCCURRENCES = 50_000;

type Time = ICAL.Time;

/** RFC 3339 with the event's own offset; times in an unknown zone (or floating) are read as Vietnam time. */
function rfc3339(time: Time): string {
  let ms: number;
  let offset: number;
  if (time.zone === ICAL.Timezone.utcTimezone) {
    // UTC (Google writes many events so) is shown in the portal's zone.
    ms = time.toUnixTime() * 1000;
    offset = zoneOffsetMinutes(new Date(ms), VIETNAM_TIME_ZONE);
  } else if (time.zone && time.zone !== ICAL.Timezone.localTimezone) {
    ms = time.toUnixTime() * 1000;
    offset = Math.round(time.utcOffset() / 60);
  } else {
    const wall = Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second);
    // ical.js keeps the TZID of a zone it has no VTIMEZONE for on `timezone`.
    const tzid = (time as unknown as { timezone?: string }).timezone;
    const tz = isValidTimeZone(tzid) ? tzid : undefined;
    offset = 420;
    if (tz) {
      // Two rounds settle the offset at the wall clock (there is no ambiguity outside DST changes).
      offset = zoneOffsetMinutes(new Date(wall - offset * 60_000), tz);
      offset = zoneOffsetMinutes(new Date(wall - offset * 60_000), tz);
    }
    ms = wall - offset * 60_000;
  }
  return `${new Date(ms + offset * 60_000).toISOString().slice(0, 19)}${offsetString(offset)}`;
}

const dayOfTime = (time: Time): Day => makeDay(time.year, time.month, time.day);

const text = (v: unknown) => (typeof v === 'string' ? v.replace(/\r\n?/g, '\n').trim().normalize('NFC') : '');

/** What one VEVENT (or occurrence) becomes; throws a problem for what cannot be used. */
function toDraft(event: ICAL.Event, start: Time, end: Time | undefined, id: string, where: string): EventDraft {
  const c = event.component;
  const problem = (property: string, message: string, fix: string): IcsProblem => ({ where, property, message, fix });
  const title = text(event.summary).replace(/\s+/g, ' ');
  if (!title)
    throw problem(
      'SUMMARY',
      t('the event has no title', 'sự kiện không có tiêu đề'),
      t(
        'Give the event a title in your calendar and export again.',
        'Đặt tiêu đề cho sự kiện trong lịch rồi xuất lại.',
      ),
    );
  const allDay = start.isDate;
  let startValue: string;
  let endValue: string | undefined;
  if (allDay) {
    startValue = dayOfTime(start);
    // DTEND of a date is exclusive; the feed's last day is inclusive.
    endValue = end && end.compare(start) > 0 ? addDays(dayOfTime(end), -1) : undefined;
  } else {
    startValue = rfc3339(start);
    endValue = end && end.compare(start) > 0 ? rfc3339(end) : undefined;
  }
  const organizer = c.getFirstProperty('organizer');
  const address = typeof organizer?.getFirstValue() === 'string' ? String(organizer.getFirstValue()) : '';
  const cn = text(organizer?.getParameter('cn'));
  const email = /^mailto:/i.test(address) ? address.replace(/^mailto:/i, 'mailto:') : undefined;
  const url = text(c.getFirstPropertyValue('url'));
  const location = text(event.location);
  // A meeting link in LOCATION (Google Meet, Zoom, Teams) is where to join online.
  const online = /^https?:\/\/\S+$/i.test(location);
  return {
    id,
    title,
    start: startValue,
    end: endValue,
    allDay,
    status: text(c.getFirstPropertyValue('status')).toUpperCase() === 'CANCELLED' ? 'cancelled' : 'scheduled',
    location: online ? undefined : location || undefined,
    onlineUrl: online ? location : undefined,
    organizer: cn || email?.slice(7) || undefined,
    organizerUrl: email,
    description: text(event.description) || undefined,
    url: /^https?:\/\//i.test(url) ? url : undefined,
  };
}

const problemOf = (e: unknown): e is IcsProblem => typeof e === 'object' && e !== null && 'property' in e && 'fix' in e;

/** Converts the text of an iCalendar file. Throws {@link ConvertError} when it is not one. */
export function convertIcs(input: string, { language, from, to }: IcsOptions): IcsResult {
  const body = input.replace(/^\ufeff/, '');
  if (!/^\s*BEGIN:VCALENDAR/i.test(body)) {
    throw new ConvertError(
      t(
        'the input is not an iCalendar file (no BEGIN:VCALENDAR)',
        'dữ liệu vào không phải tệp iCalendar (thiếu BEGIN:VCALENDAR)',
      ),
      t(
        'Export the calendar as .ics: in Outlook "Save Calendar", in Google Calendar "Settings › Export".',
        'Xuất lịch ra tệp .ics: trong Outlook chọn "Save Calendar", trong Google Calendar chọn "Cài đặt › Xuất".',
      ),
    );
  }
  let root: ICAL.Component;
  try {
    const parsed = ICAL.parse(body);
    root = new ICAL.Component(Array.isArray(parsed[0]) ? (parsed[0] as unknown[]) : parsed);
  } catch (e) {
    throw new ConvertError(
      t(`the iCalendar file is broken: ${(e as Error).message}`, `tệp iCalendar bị hỏng: ${(e as Error).message}`),
      t('Export it again from the calendar; do not edit it by hand.', 'Xuất lại tệp từ ứng dụng lịch; đừng sửa tay.'),
    );
  }
  for (const vtz of root.getAllSubcomponents('vtimezone')) {
    const tz = new ICAL.Timezone(vtz);
    if (tz.tzid && !ICAL.TimezoneService.has(tz.tzid)) ICAL.TimezoneService.register(tz);
  }
  const windowStart = ICAL.Time.fromDateString(from);
  const windowEnd = ICAL.Time.fromDateString(addDays(to, 1));
  const inWindow = (s: Time, e: Time | undefined) => (e ?? s).compare(windowStart) >= 0 && s.compare(windowEnd) < 0;

  const vevents = root.getAllSubcomponents('vevent');
  const masters = new Map<string, { event: ICAL.Event; where: string }>();
  const exceptions: { event: ICAL.Event; where: string }[] = [];
  const problems: IcsProblem[] = [];
  const items: RawItem[] = [];
  let outside = 0;
  vevents.forEach((v, i) => {
    const event = new ICAL.Event(v);
    const where = `VEVENT ${i + 1}${event.uid ? ` (UID ${event.uid})` : ''}`;
    if (!v.hasProperty('dtstart')) {
      problems.push({
        where,
        property: 'DTSTART',
        message: t('the event has no start', 'sự kiện không có thời điểm bắt đầu'),
        fix: t('Export the event again with its date and time.', 'Xuất lại sự kiện kèm ngày giờ.'),
      });
    } else if (event.isRecurrenceException()) exceptions.push({ event, where });
    else masters.set(event.uid ?? `#${i}`, { event, where });
  });
  for (const ex of exceptions) {
    const master = masters.get(ex.event.uid);
    if (master) master.event.relateException(ex.event);
    else masters.set(`${ex.event.uid}/${ex.event.recurrenceId.toICALString()}`, ex);
  }
  for (const [key, { event, where }] of masters) {
    try {
      if (!event.isRecurring()) {
        if (!inWindow(event.startDate, event.endDate)) outside++;
        else items.push(draftToItem(toDraft(event, event.startDate, event.endDate, event.uid || key, where), language));
        continue;
      }
      const it = event.iterator();
      let n = 0;
      for (let next = it.next(); next && next.compare(windowEnd) < 0 && n < MAX_OCCURRENCES; next = it.next(), n++) {
        const o = event.getOccurrenceDetails(next);
        if (!inWindow(o.startDate, o.endDate)) {
          outside++;
          continue;
        }
        // The occurrence's id: the series' UID and its RECURRENCE-ID, in UTC, stable across exports.
        const rid = o.recurrenceId.isDate
          ? o.recurrenceId.toICALString()
          : o.recurrenceId.convertToZone(ICAL.Timezone.utcTimezone).toICALString();
        items.push(
          draftToItem(toDraft(o.item, o.startDate, o.endDate, `${event.uid}/${rid}`, `${where} ${rid}`), language),
        );
      }
    } catch (e) {
      if (!problemOf(e)) throw e;
      problems.push(e);
    }
  }
  const name = text(root.getFirstPropertyValue('x-wr-calname'));
  return { feed: eventFeed(items, name || undefined, language), problems, outside };
}
