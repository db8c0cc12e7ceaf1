/**
 * An iCalendar file, as Outlook and Google Calendar export it → a feed of
 * events. Parsed with ical.js (Mozilla's): VTIMEZONEs in the file give the
 * offsets; RRULE/EXDATE/RECURRENCE-ID are expanded within a window.
 */
import ICAL from './ical.js';
import type { RawFeed, RawItem } from '../../feed/types.js';
import { makeDay, type Day } from '../../shared/day.js';
import { addDays, isValidTimeZone, VIETNAM_TIME_ZONE, zoneOffsetMinutes } from '../../shared/dates.js';
import { offsetString } from '../common/dates.js';
import { draftToItem, eventFeed, type EventDraft } from './event-item.js';
import { ConvertError } from '../common/errors.js';
import { t } from '../common/i18n.js';
import { decode } from '../common/input.js';

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

/**
 * The caps on what one .ics may cost (docs/security.md). A calendar that reaches one is kept up to
 * there, and the cap is reported naming the series or zone, so the scheduled job exits 1.
 */
export const ICS_LIMITS = {
  /** Occurrences followed per series, in the window or not. */
  occurrences: 50_000,
  /** Candidate times ical.js may try per series (FREQ=SECONDLY;BYMONTH=2;BYMONTHDAY=30 never finds one)… */
  searchSteps: 2_000_000,
  /** …and the time a series may take, and the whole file. */
  seriesMs: 3_000,
  fileMs: 20_000,
  /** Events in the feed; with feedBytes, the output stays under the widgets' 5 MB feed cap. */
  events: 5_000,
  feedBytes: 4_500_000,
  /** VTIMEZONEs read, and STANDARD/DAYLIGHT rules each (real exports have a few of both). */
  timezones: 100,
  zoneRules: 50,
  /** RECURRENCE-IDs whose series is not in the file (each becomes an event of its own). */
  orphans: 1_000,
} as const;

/** Thrown from inside ical.js's search when a series has used its steps or its time. */
class SearchLimit extends Error {}

/**
 * Bounds the search of a series' iterator: ical.js tests candidate times one by one inside
 * `next()`, and for a rule no time satisfies it never returns. Every candidate goes through
 * `check_contracting_rules` (ical.js 2), which is counted here.
 */
function boundSearch(expansion: ICAL.RecurExpansion, deadline: number): void {
  let steps = 0;
  const iterators = (expansion as unknown as { ruleIterators?: ICAL.RecurIterator[] }).ruleIterators ?? [];
  for (const iterator of iterators) {
    const check = iterator.check_contracting_rules.bind(iterator);
    iterator.check_contracting_rules = () => {
      if (++steps > ICS_LIMITS.searchSteps || ((steps & 1023) === 0 && Date.now() > deadline)) throw new SearchLimit();
      return check();
    };
  }
}

/** Why a VTIMEZONE is not used, or undefined: too many rules, or a rule that is not yearly (a real zone's are). */
function zoneProblem(vtz: ICAL.Component): string | undefined {
  const rules = [...vtz.getAllSubcomponents('standard'), ...vtz.getAllSubcomponents('daylight')];
  if (rules.length > ICS_LIMITS.zoneRules)
    return t(
      `it has ${rules.length} rules, over the limit of ${ICS_LIMITS.zoneRules}`,
      `múi giờ có ${rules.length} quy tắc, vượt giới hạn ${ICS_LIMITS.zoneRules}`,
    );
  for (const rule of rules) {
    const rrule = rule.getFirstPropertyValue('rrule') as ICAL.Recur | null;
    if (rrule && rrule.freq !== 'YEARLY')
      return t(`a rule repeats ${rrule.freq}, not YEARLY`, `một quy tắc lặp ${rrule.freq}, không phải YEARLY`);
    if (rule.getAllProperties('rdate').length > ICS_LIMITS.zoneRules)
      return t(`a rule has over ${ICS_LIMITS.zoneRules} RDATEs`, `một quy tắc có hơn ${ICS_LIMITS.zoneRules} RDATE`);
  }
  return undefined;
}

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

/**
 * The text of an .ics file. iCalendar is UTF-8 unless a charset says otherwise (RFC 5545 3.1.4),
 * so a file that is UTF-8 but for a few bad bytes stays UTF-8, with U+FFFD for them and a warning
 * naming their lines; only a file with no UTF-8 sequence at all falls back to decode()'s
 * windows-1252 (an old Outlook export).
 */
export function decodeIcs(bytes: Uint8Array, contentType?: string): { text: string; warning?: string } {
  const decoded = decode(bytes, contentType);
  if (!decoded.encoding.startsWith('windows-1252 (not valid UTF-8')) return { text: decoded.text };
  const text = new TextDecoder('utf-8').decode(bytes);
  // A valid multi-byte character says the file was written as UTF-8.
  if (!/[\u0080-\ufffc\ufffe-\u{10ffff}]/u.test(text)) return { text: decoded.text };
  const lines: number[] = [];
  text.split('\n').forEach((line, i) => line.includes('\ufffd') && lines.push(i + 1));
  return {
    text,
    warning: t(
      `invalid UTF-8 bytes on line${lines.length > 1 ? 's' : ''} ${lines.slice(0, 5).join(', ')}${lines.length > 5 ? '…' : ''} were read as "\ufffd"`,
      `các byte UTF-8 không hợp lệ ở dòng ${lines.slice(0, 5).join(', ')}${lines.length > 5 ? '…' : ''} được đọc thành "\ufffd"`,
    ),
  };
}

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
  const problems: IcsProblem[] = [];
  const capped = (where: string, property: string, message: string, fix: string) =>
    problems.push({ where, property, message, fix });
  const vtimezones = root.getAllSubcomponents('vtimezone');
  vtimezones.forEach((vtz, i) => {
    const tzid = String(vtz.getFirstPropertyValue('tzid') ?? '');
    const where = `VTIMEZONE ${i + 1}${tzid ? ` (TZID ${tzid})` : ''}`;
    if (i === ICS_LIMITS.timezones)
      capped(
        where,
        'VTIMEZONE',
        t(
          `${vtimezones.length} time zones, over the limit of ${ICS_LIMITS.timezones}: this one and the later ones are not read (their times are read as Vietnam time, or by their TZID's name)`,
          `${vtimezones.length} múi giờ, vượt giới hạn ${ICS_LIMITS.timezones}: múi này và các múi sau không được đọc (giờ của chúng được hiểu là giờ Việt Nam, hoặc theo tên TZID)`,
        ),
        t(
          'Export the calendar again: a calendar needs one VTIMEZONE per zone it uses.',
          'Xuất lại lịch: mỗi múi giờ dùng đến chỉ cần một VTIMEZONE.',
        ),
      );
    // A zone not read leaves the calendar: ical.js would otherwise find it by TZID and expand it.
    if (i >= ICS_LIMITS.timezones) return void root.removeSubcomponent(vtz);
    const problem = zoneProblem(vtz);
    if (problem) {
      root.removeSubcomponent(vtz);
      capped(
        where,
        'VTIMEZONE',
        t(`not read: ${problem}`, `không đọc: ${problem}`),
        t(
          'Export the calendar again from Outlook or Google Calendar.',
          'Xuất lại lịch từ Outlook hoặc Google Calendar.',
        ),
      );
      return;
    }
    const tz = new ICAL.Timezone(vtz);
    if (tz.tzid && !ICAL.TimezoneService.has(tz.tzid)) ICAL.TimezoneService.register(tz);
  });
  const fileDeadline = Date.now() + ICS_LIMITS.fileMs;
  const windowStart = ICAL.Time.fromDateString(from);
  const windowEnd = ICAL.Time.fromDateString(addDays(to, 1));
  const inWindow = (s: Time, e: Time | undefined) => (e ?? s).compare(windowStart) >= 0 && s.compare(windowEnd) < 0;

  const vevents = root.getAllSubcomponents('vevent');
  const masters = new Map<string, { event: ICAL.Event; where: string }>();
  const exceptions: { event: ICAL.Event; where: string }[] = [];
  const items: RawItem[] = [];
  let outside = 0;
  let feedBytes = 0;
  /** Adds an event unless the feed is full; false once it is. */
  const add = (item: RawItem): boolean => {
    // The size as written (two-space indent, inside "items"), so the caps hold for the file itself.
    const json = JSON.stringify(item, null, 2);
    const size = Buffer.byteLength(json) + 4 * json.split('\n').length;
    if (items.length >= ICS_LIMITS.events || feedBytes + size > ICS_LIMITS.feedBytes) return false;
    feedBytes += size;
    items.push(item);
    return true;
  };
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
  let orphans = 0;
  for (const ex of exceptions) {
    const master = masters.get(ex.event.uid);
    if (master) master.event.relateException(ex.event);
    else if (++orphans <= ICS_LIMITS.orphans)
      masters.set(`${ex.event.uid}/${ex.event.recurrenceId.toICALString()}`, ex);
    else if (orphans === ICS_LIMITS.orphans + 1)
      capped(
        ex.where,
        'RECURRENCE-ID',
        t(
          `over ${ICS_LIMITS.orphans} changed occurrences of series that are not in the file: this one and the later ones are not read`,
          `hơn ${ICS_LIMITS.orphans} lần lặp đã sửa thuộc chuỗi không có trong tệp: lần này và các lần sau không được đọc`,
        ),
        t('Export the whole calendar, series included.', 'Xuất toàn bộ lịch, kể cả các chuỗi lặp.'),
      );
  }
  const full = (where: string) =>
    capped(
      where,
      'VEVENT',
      t(
        `the feed is full (${ICS_LIMITS.events.toLocaleString('en')} events or ${ICS_LIMITS.feedBytes / 1e6} MB): this event and the later ones are not included`,
        `bản tin đã đầy (${ICS_LIMITS.events.toLocaleString('vi')} sự kiện hoặc ${ICS_LIMITS.feedBytes / 1e6} MB): sự kiện này và các sự kiện sau không được đưa vào`,
      ),
      t('Choose a shorter window with --from and --to.', 'Chọn khoảng thời gian ngắn hơn bằng --from và --to.'),
    );
  const stopped = (where: string, what: string) =>
    capped(
      where,
      'RRULE',
      t(
        `the series was followed until ${what}: its later occurrences are not included`,
        `chuỗi lặp chỉ được đọc tới ${what}: các lần lặp sau không được đưa vào`,
      ),
      t(
        'Check the repeat rule in the calendar (it may repeat every second or never match a day), or choose a shorter window with --from and --to.',
        'Kiểm tra quy tắc lặp trong lịch (có thể lặp từng giây hoặc không khớp ngày nào), hoặc chọn khoảng thời gian ngắn hơn bằng --from và --to.',
      ),
    );
  series: for (const [key, { event, where }] of masters) {
    if (Date.now() > fileDeadline) {
      stopped(
        where,
        t(
          `the file's ${ICS_LIMITS.fileMs / 1000} s budget ran out`,
          `hết ${ICS_LIMITS.fileMs / 1000} giây dành cho tệp`,
        ),
      );
      break;
    }
    try {
      if (!event.isRecurring()) {
        if (!inWindow(event.startDate, event.endDate)) outside++;
        else if (!add(draftToItem(toDraft(event, event.startDate, event.endDate, event.uid || key, where), language))) {
          full(where);
          break;
        }
        continue;
      }
      const it = event.iterator();
      const deadline = Math.min(fileDeadline, Date.now() + ICS_LIMITS.seriesMs);
      boundSearch(it, deadline);
      let n = 0;
      for (let next = it.next(); next && next.compare(windowEnd) < 0; next = it.next()) {
        if (++n > ICS_LIMITS.occurrences) {
          stopped(
            where,
            t(
              `${ICS_LIMITS.occurrences.toLocaleString('en')} occurrences`,
              `${ICS_LIMITS.occurrences.toLocaleString('vi')} lần lặp`,
            ),
          );
          break;
        }
        if (Date.now() > deadline) throw new SearchLimit();
        const o = event.getOccurrenceDetails(next);
        if (!inWindow(o.startDate, o.endDate)) {
          outside++;
          continue;
        }
        // The occurrence's id: the series' UID and its RECURRENCE-ID, in UTC, stable across exports.
        const rid = o.recurrenceId.isDate
          ? o.recurrenceId.toICALString()
          : o.recurrenceId.convertToZone(ICAL.Timezone.utcTimezone).toICALString();
        if (
          !add(draftToItem(toDraft(o.item, o.startDate, o.endDate, `${event.uid}/${rid}`, `${where} ${rid}`), language))
        ) {
          full(`${where} ${rid}`);
          break series;
        }
      }
    } catch (e) {
      if (e instanceof SearchLimit)
        stopped(
          where,
          t(
            `its search budget ran out (${ICS_LIMITS.searchSteps.toLocaleString('en')} candidate times or ${ICS_LIMITS.seriesMs / 1000} s)`,
            `hết giới hạn tìm kiếm (${ICS_LIMITS.searchSteps.toLocaleString('vi')} thời điểm thử hoặc ${ICS_LIMITS.seriesMs / 1000} giây)`,
          ),
        );
      else if (problemOf(e)) problems.push(e);
      else throw e;
    }
  }
  const name = text(root.getFirstPropertyValue('x-wr-calname'));
  return { feed: eventFeed(items, name || undefined, language), problems, outside };
}
