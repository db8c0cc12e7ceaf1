/**
 * The one date and Intl module. Widgets never construct Intl formatters or do
 * date arithmetic themselves.
 *
 * Two kinds of value:
 * - instants (`Date`), always displayed in a named zone (Vietnam by default),
 *   never the reader's own, so a reader abroad sees the portal's times;
 * - calendar days (`Day`, see day.ts), for all-day events and grids.
 *
 * Nothing here knows a language: every formatting function takes the locale's
 * `DateLocale` (its row in src/locale/locales.ts), whose patterns and names it
 * fills in, falling back to `Intl` with the row's tag for what the row leaves out.
 */
import {
  DAY_MS,
  dayFields,
  epochDay,
  epochDayOf,
  FIRST_EPOCH_DAY,
  isoWeekday,
  LAST_EPOCH_DAY,
  makeDay,
  pad,
  validDay,
  type Day,
} from './day.js';

export {
  addDays,
  addMonths,
  dayFields,
  dayInRange,
  daysBetween,
  daysInMonth,
  endOfWeek,
  isDay,
  isoWeekday,
  makeDay,
  monthWeeks,
  parseDay,
  startOfWeek,
  type Day,
} from './day.js';

export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** A cached `Intl.DateTimeFormat` for a BCP 47 tag; building one costs far more than using it. */
export function dateFormatter(tag: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${tag}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(tag, options);
    formatters.set(key, f);
  }
  return f;
}

const zoneValidity = new Map<string, boolean>();

/** True when `tz` is an IANA zone this browser knows. */
export function isValidTimeZone(tz: string | undefined | null): tz is string {
  if (!tz) return false;
  let ok = zoneValidity.get(tz);
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      ok = true;
    } catch {
      ok = false;
    }
    zoneValidity.set(tz, ok);
  }
  return ok;
}

/** The zone to display in: `tz` when valid, else Vietnam. */
export const displayZone = (tz?: string | null): string => (isValidTimeZone(tz) ? tz : VIETNAM_TIME_ZONE);

// ---------------------------------------------------------------- parsing

const INSTANT_RE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(?:([Zz])|([+-])(\d{2}):?(\d{2}))?)?$/;
const HOUR = 3600_000;
const VIETNAM_OFFSET_MS = 7 * HOUR;

/**
 * The parts of an RFC 3339 value: [1]–[3] the day, [4] hour, [5] minute, [6] seconds, [7] fraction,
 * [8] `Z`, [9]–[11] the offset. Or null when it has another shape. Callers that also need to say
 * what was assumed (the feed parser) match once and hand the parts to `instantOf`.
 */
export const instantParts = (value: string): RegExpExecArray | null => INSTANT_RE.exec(value.trim());

/**
 * Parses RFC 3339. A date-time without an offset, or a bare day, is read as
 * Vietnam time: that is what a provincial CMS means by it. Plain arithmetic, no
 * string rebuilding, `Date.UTC` or `Date.parse`: a month of 2,000 events parses 4,000 of these.
 * Fractions are cut to milliseconds. A leap second (`23:59:60`, valid RFC 3339)
 * is read as the last millisecond of :59, since `Date` has no leap seconds.
 */
export const parseInstant = (value: string): Date | undefined => instantOf(instantParts(value));

/** The instant `instantParts` matched, or undefined for no match or a field out of range (30 February, 24:00). */
export function instantOf(m: RegExpExecArray | null): Date | undefined {
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (!validDay(y, mo, d)) return undefined;
  if (m[4] === undefined) return new Date(epochDayOf(y, mo, d) * DAY_MS - VIETNAM_OFFSET_MS);
  const h = Number(m[4]);
  const mi = Number(m[5]);
  const leap = m[6] === '60';
  const s = leap ? 59 : m[6] ? Number(m[6]) : 0;
  if (h > 23 || mi > 59 || s > 59) return undefined;
  // `.5` is 500 ms: the fraction's first three digits, read as a number; rounding undoes the binary error.
  const ms = leap ? 999 : m[7] ? Math.round(Number(m[7].slice(0, 4)) * 1000) : 0;
  let offset = m[8] ? 0 : VIETNAM_OFFSET_MS;
  if (m[9]) {
    const oh = Number(m[10]);
    const om = Number(m[11]);
    if (oh > 23 || om > 59) return undefined;
    offset = (m[9] === '-' ? -1 : 1) * (oh * HOUR + om * 60_000);
  }
  return new Date(epochDayOf(y, mo, d) * DAY_MS + h * HOUR + mi * 60_000 + s * 1000 + ms - offset);
}

/** 00:00 Vietnam time on `day`. */
export const dayStart = (day: Day): Date => new Date(epochDay(day) * DAY_MS - VIETNAM_OFFSET_MS);

// ---------------------------------------------------------------- zoned parts

export interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const partsCache = new Map<string, ZonedParts>();

/** Wall-clock fields of `date` in `tz`. */
export function zonedParts(date: Date, tz = VIETNAM_TIME_ZONE): ZonedParts {
  if (tz === VIETNAM_TIME_ZONE && date.getTime() >= FIXED_OFFSET_SINCE) return vietnamParts(date);
  const key = `${tz}|${date.getTime()}`;
  const hit = partsCache.get(key);
  if (hit) return hit;
  const f = dateFormatter('en', {
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
    timeZone: tz,
  });
  const p: Record<string, number> = {};
  for (const { type, value } of f.formatToParts(date)) if (type !== 'literal') p[type] = Number(value);
  const parts = { year: p.year!, month: p.month!, day: p.day!, hour: p.hour!, minute: p.minute! };
  if (partsCache.size > 5000) partsCache.clear();
  partsCache.set(key, parts);
  return parts;
}

/** Vietnam has kept +07:00 since 13 June 1975; earlier instants go through Intl's history. */
const FIXED_OFFSET_SINCE = Date.UTC(1975, 5, 12, 17);

/** Arithmetic instead of Intl for the zone nearly every call uses: a calendar month of 2,000 events formats 4,000 instants. */
function vietnamParts(date: Date): ZonedParts {
  const d = new Date(date.getTime() + 7 * 3600_000);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
  };
}

/** The calendar day `date` falls on in `tz`. */
export function dayOf(date: Date, tz = VIETNAM_TIME_ZONE): Day {
  const p = zonedParts(date, tz);
  return makeDay(p.year, p.month, p.day);
}

/** Today in `tz`. */
export const today = (tz = VIETNAM_TIME_ZONE, now = new Date()): Day => dayOf(now, tz);

/** The hour (0–23) of `date`'s wall clock in `tz`. */
export const zonedHour = (date: Date, tz = VIETNAM_TIME_ZONE): number => zonedParts(date, tz).hour;

/** ISO 8601 with offset, for `<time datetime>`. */
export const isoString = (date: Date): string => date.toISOString();

/** The offset of `tz` at `date`, in minutes east of UTC. */
export function zoneOffsetMinutes(date: Date, tz: string): number {
  const p = zonedParts(date, tz);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
  return Math.round((asUtc - Math.floor(date.getTime() / 60000) * 60000) / 60000);
}

/** True when the reader's own zone shows a different wall clock than `tz` at `date`. */
export const readerZoneDiffers = (date: Date, tz = VIETNAM_TIME_ZONE): boolean =>
  -date.getTimezoneOffset() !== zoneOffsetMinutes(date, tz);

/** The offset of `tz` at `date` as `GMT+7`, `GMT-5`, `GMT+5:30`. */
export function formatZoneOffset(date: Date, tz = VIETNAM_TIME_ZONE): string {
  const m = zoneOffsetMinutes(date, tz);
  const abs = Math.abs(m);
  return `GMT${m < 0 ? '-' : '+'}${Math.floor(abs / 60)}${abs % 60 ? `:${pad(abs % 60)}` : ''}`;
}

/** True when `date` is in years 1–9999 both in UTC (ISO strings) and on Vietnam's wall clock (.ics, Google Calendar). */
export const instantInRange = (date: Date): boolean => {
  const t = date.getTime();
  return t >= FIRST_EPOCH_DAY * DAY_MS && t < (LAST_EPOCH_DAY + 1) * DAY_MS - VIETNAM_OFFSET_MS;
};

// ---------------------------------------------------------------- formatting

/**
 * Patterns a locale's row writes out. Fields in braces: `{d}` `{dd}` day, `{M}` `{MM}` month number,
 * `{MMM}` `{MMMM}` month name, `{yyyy}` year, `{EEEE}` weekday name, `{HH}` `{mm}` 24-hour time.
 * A pattern left out is formatted by `Intl` with the row's tag.
 */
export interface DatePatterns {
  /** `{dd}/{MM}/{yyyy}` gives the portal's `22/11/2017`. Intl: day numeric, month short, year numeric. */
  date?: string;
  /** `{HH}:{mm}`. Intl: 2-digit hour and minute, 24-hour. */
  time?: string;
  /** Joins `{date}` and `{time}`: the portal's `{date} - {time}`. */
  dateTime: string;
  /** A day in full. Intl: weekday long, day numeric, month long, year numeric. */
  longDay?: string;
  /** A month heading. Intl: month long, year numeric, first letter capitalized. */
  month?: string;
  /** Weekday width in the month grid's column headers (the long name is read out). */
  gridWeekday: 'short' | 'narrow';
}

/** Names a row may write out (Monday first); a list left out comes from `Intl`. */
export interface DateNames {
  weekdays?: Partial<Record<'long' | 'short' | 'narrow', readonly string[]>>;
  months?: Partial<Record<'long' | 'short', readonly string[]>>;
}

/** What the formatting functions need from a locale: `LocaleInfo` (src/locale/locales.ts) is one. */
export interface DateLocale {
  /** BCP 47 tag handed to `Intl` (the region picks conventions: `en-GB` writes `22 Nov 2017`). */
  intl: string;
  dates: DatePatterns;
  names?: DateNames;
}

type Width = 'long' | 'short' | 'narrow';

const utcDate = (day: Day): Date => new Date(epochDay(day) * DAY_MS);

/** Monday-first weekday names. Weeks start on Monday in Vietnam; hard-coded because `getWeekInfo` is not everywhere. */
export const weekdayNames = (loc: DateLocale, width: Width = 'long'): readonly string[] =>
  loc.names?.weekdays?.[width] ??
  Array.from({ length: 7 }, (_, i) =>
    dateFormatter(loc.intl, { weekday: width, timeZone: 'UTC' }).format(Date.UTC(2017, 10, 20 + i)),
  );

/** Month names, January first. */
export const monthNames = (loc: DateLocale, width: 'long' | 'short' = 'long'): readonly string[] =>
  loc.names?.months?.[width] ??
  Array.from({ length: 12 }, (_, i) =>
    dateFormatter(loc.intl, { month: width, timeZone: 'UTC' }).format(Date.UTC(2017, i, 1)),
  );

interface Fields {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  /** ISO weekday, 1 = Monday. */
  weekday?: number;
}

/** Fills a pattern's `{field}`s; unknown fields stay as written. */
function fill(pattern: string, f: Fields, loc: DateLocale): string {
  return pattern.replace(/\{(\w+)\}/g, (whole, k: string) => {
    switch (k) {
      case 'd':
        return String(f.day);
      case 'dd':
        return pad(f.day);
      case 'M':
        return String(f.month);
      case 'MM':
        return pad(f.month);
      case 'MMM':
        return monthNames(loc, 'short')[f.month - 1]!;
      case 'MMMM':
        return monthNames(loc)[f.month - 1]!;
      case 'yyyy':
        return String(f.year);
      case 'EEEE':
        return weekdayNames(loc)[f.weekday! - 1]!;
      case 'HH':
        return pad(f.hour!);
      case 'mm':
        return pad(f.minute!);
      default:
        return whole;
    }
  });
}

const dayFieldsWithWeekday = (day: Day): Fields => ({ ...dayFields(day), weekday: isoWeekday(day) });

/** `22/11/2017` in Vietnamese, `22 Nov 2017` in English. */
export const formatDate = (date: Date, loc: DateLocale, tz = VIETNAM_TIME_ZONE): string =>
  loc.dates.date
    ? fill(loc.dates.date, zonedParts(date, tz), loc)
    : dateFormatter(loc.intl, { day: 'numeric', month: 'short', year: 'numeric', timeZone: tz }).format(date);

/** `07:30`. */
export const formatTime = (date: Date, loc: DateLocale, tz = VIETNAM_TIME_ZONE): string =>
  loc.dates.time
    ? fill(loc.dates.time, zonedParts(date, tz), loc)
    : dateFormatter(loc.intl, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: tz }).format(date);

/** `22/11/2017 - 11:16` in Vietnamese (the portal's format), `22 Nov 2017, 11:16` in English. */
export const formatDateTime = (date: Date, loc: DateLocale, tz = VIETNAM_TIME_ZONE): string =>
  loc.dates.dateTime.replace(/\{(date|time)\}/g, (_, k: string) =>
    (k === 'date' ? formatDate : formatTime)(date, loc, tz),
  );

/** `07:30 – 11:00`. */
export const formatTimeRange = (start: Date, end: Date, loc: DateLocale, tz = VIETNAM_TIME_ZONE): string =>
  end.getTime() > start.getTime()
    ? `${formatTime(start, loc, tz)} – ${formatTime(end, loc, tz)}`
    : formatTime(start, loc, tz);

/** A day in full: `Thứ Tư, 22 tháng 11, 2017` / `Wednesday, 22 November 2017`. */
export const formatLongDay = (day: Day, loc: DateLocale): string =>
  loc.dates.longDay
    ? fill(loc.dates.longDay, dayFieldsWithWeekday(day), loc)
    : dateFormatter(loc.intl, {
        weekday: 'long',
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }).format(utcDate(day));

/** `Tháng 11 năm 2017` / `November 2017`. */
export function formatMonth(year: number, month: number, loc: DateLocale): string {
  if (loc.dates.month) return fill(loc.dates.month, { year, month, day: 1 }, loc);
  const s = dateFormatter(loc.intl, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    Date.UTC(year, month - 1, 1),
  );
  return s.charAt(0).toLocaleUpperCase(loc.intl) + s.slice(1);
}
