/**
 * The one date and Intl module. Widgets never construct Intl formatters or do
 * date arithmetic themselves.
 *
 * Two kinds of value:
 * - instants (`Date`), always displayed in a named zone (Vietnam by default),
 *   never the reader's own, so a reader abroad sees the portal's times;
 * - calendar days (`Day`, `YYYY-MM-DD` strings), for all-day events and grids.
 *   Day arithmetic is done in UTC, where no day has 23 or 25 hours.
 */

export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** A calendar day, `YYYY-MM-DD`. */
export type Day = string;

const intlLocales: Record<string, string> = { vi: 'vi-VN', en: 'en-GB' };
const intlLocale = (locale: string) => (Object.hasOwn(intlLocales, locale) ? intlLocales[locale] : locale);

const formatters = new Map<string, Intl.DateTimeFormat>();

/** A cached `Intl.DateTimeFormat`; building one costs far more than using it. */
export function dateFormatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(intlLocale(locale), options);
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

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT_RE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(?:([Zz])|([+-])(\d{2}):?(\d{2}))?)?$/;
const HOUR = 3600_000;
const VIETNAM_OFFSET_MS = 7 * HOUR;

const validDay = (y: number, mo: number, d: number): boolean => mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);

/** Validates a `YYYY-MM-DD` day. */
export function parseDay(value: string): Day | undefined {
  const m = DAY_RE.exec(value.trim());
  return m && validDay(Number(m[1]), Number(m[2]), Number(m[3])) ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

/**
 * Parses RFC 3339. A date-time without an offset, or a bare day, is read as
 * Vietnam time: that is what a provincial CMS means by it. Plain arithmetic, no
 * string rebuilding, `Date.UTC` or `Date.parse`: a month of 2,000 events parses 4,000 of these.
 * Fractions are cut to milliseconds. A leap second (`23:59:60`, valid RFC 3339)
 * is read as the last millisecond of :59, since `Date` has no leap seconds.
 */
export function parseInstant(value: string): Date | undefined {
  const m = INSTANT_RE.exec(value.trim());
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
  const ms = leap ? 999 : m[7] ? Number(m[7].slice(1, 4).padEnd(3, '0')) : 0;
  let offset = m[8] ? 0 : VIETNAM_OFFSET_MS;
  if (m[9]) {
    const oh = Number(m[10]);
    const om = Number(m[11]);
    if (oh > 23 || om > 59) return undefined;
    offset = (m[9] === '-' ? -1 : 1) * (oh * HOUR + om * 60_000);
  }
  return new Date(epochDayOf(y, mo, d) * DAY_MS + h * HOUR + mi * 60_000 + s * 1000 + ms - offset);
}

/** The parts of an RFC 3339 value as `parseInstant` reads them: [4] hour, [6] seconds, [8]/[9] zone. */
export const instantParts = (value: string): RegExpExecArray | null => INSTANT_RE.exec(value.trim());

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
    year: 'numeric', month: 'numeric', day: 'numeric',
    hour: 'numeric', minute: 'numeric', hourCycle: 'h23', timeZone: tz,
  });
  const p: Record<string, number> = {};
  for (const { type, value } of f.formatToParts(date)) if (type !== 'literal') p[type] = Number(value);
  const parts = { year: p.year, month: p.month, day: p.day, hour: p.hour, minute: p.minute };
  if (partsCache.size > 5000) partsCache.clear();
  partsCache.set(key, parts);
  return parts;
}

/** Vietnam has kept +07:00 since 13 June 1975; earlier instants go through Intl's history. */
const FIXED_OFFSET_SINCE = Date.UTC(1975, 5, 12, 17);

/** Arithmetic instead of Intl for the zone nearly every call uses: a calendar month of 2,000 events formats 4,000 instants. */
function vietnamParts(date: Date): ZonedParts {
  const d = new Date(date.getTime() + 7 * 3600_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes() };
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** The calendar day `date` falls on in `tz`. */
export function dayOf(date: Date, tz = VIETNAM_TIME_ZONE): Day {
  const p = zonedParts(date, tz);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}

/** Today in `tz`. */
export const today = (tz = VIETNAM_TIME_ZONE, now = new Date()): Day => dayOf(now, tz);

// ---------------------------------------------------------------- formatting

const timeOptions = (tz: string): Intl.DateTimeFormatOptions => ({
  hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: tz,
});

function dateParts(date: Date, locale: string, tz: string): string {
  if (locale === 'vi') {
    const p = zonedParts(date, tz);
    return `${pad(p.day)}/${pad(p.month)}/${p.year}`;
  }
  return dateFormatter(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: tz }).format(date);
}

/** `22/11/2017 - 11:16` in Vietnamese (the portal's format), `22 Nov 2017, 11:16` in English. */
export function formatDateTime(date: Date, locale: string, tz = VIETNAM_TIME_ZONE): string {
  const d = dateParts(date, locale, tz);
  const t = formatTime(date, locale, tz);
  return locale === 'vi' ? `${d} - ${t}` : `${d}, ${t}`;
}

/** `22/11/2017` in Vietnamese, `22 Nov 2017` in English. */
export const formatDate = (date: Date, locale: string, tz = VIETNAM_TIME_ZONE): string => dateParts(date, locale, tz);

/** `07:30`, 24-hour in both locales. */
export function formatTime(date: Date, locale: string, tz = VIETNAM_TIME_ZONE): string {
  const p = zonedParts(date, tz);
  return locale === 'vi' ? `${pad(p.hour)}:${pad(p.minute)}` : dateFormatter(locale, timeOptions(tz)).format(date);
}

/** `07:30 – 11:00`. */
export const formatTimeRange = (start: Date, end: Date, locale: string, tz = VIETNAM_TIME_ZONE): string =>
  end.getTime() > start.getTime() ? `${formatTime(start, locale, tz)} – ${formatTime(end, locale, tz)}` : formatTime(start, locale, tz);

/** ISO 8601 with offset, for `<time datetime>`. */
export const isoString = (date: Date): string => date.toISOString();

/** A day in full: `Thứ Tư, 22 tháng 11, 2017` / `Wednesday, 22 November 2017`. */
export const formatLongDay = (day: Day, locale: string): string =>
  dateFormatter(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(utcDate(day));

/** `Tháng 11 năm 2017` / `November 2017`. */
export function formatMonth(year: number, month: number, locale: string): string {
  const s = dateFormatter(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, 1));
  return s.charAt(0).toLocaleUpperCase(intlLocale(locale)) + s.slice(1);
}

/** Weekday name of `day` from Intl; Vietnamese long names are `Thứ Hai … Chủ Nhật`. */
export const weekdayName = (day: Day, locale: string, width: 'long' | 'short' | 'narrow' = 'long'): string =>
  dateFormatter(locale, { weekday: width, timeZone: 'UTC' }).format(utcDate(day));

/** Monday-first weekday names. Weeks start on Monday in Vietnam; hard-coded because `getWeekInfo` is not everywhere. */
export function weekdayNames(locale: string, width: 'long' | 'short' | 'narrow' = 'long'): string[] {
  const monday = '2017-11-20';
  return Array.from({ length: 7 }, (_, i) => weekdayName(addDays(monday, i), locale, width));
}

/** The offset of `tz` at `date`, in minutes east of UTC. */
export function zoneOffsetMinutes(date: Date, tz: string): number {
  const p = zonedParts(date, tz);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
  return Math.round((asUtc - Math.floor(date.getTime() / 60000) * 60000) / 60000);
}

/** True when the reader's own zone shows a different wall clock than `tz` at `date`. */
export const readerZoneDiffers = (date: Date, tz = VIETNAM_TIME_ZONE): boolean =>
  -date.getTimezoneOffset() !== zoneOffsetMinutes(date, tz);

// ---------------------------------------------------------------- day arithmetic

/*
 * Day arithmetic on day numbers (days since 1970-01-01, proleptic Gregorian; Howard Hinnant's
 * days-from-civil) rather than ISO strings parsed into Date objects: a month of 2,000 events
 * spreads each one over its days. Years 0–99 stay themselves (`Date.UTC` would move them to 19xx).
 */
const DAY_MS = 86_400_000;

function epochDayOf(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

const epochDay = (day: Day): number => epochDayOf(Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10)));
const utcDate = (day: Day): Date => new Date(epochDay(day) * DAY_MS);

const dayFromEpoch = (n: number): Day => new Date(n * DAY_MS).toISOString().slice(0, 10);

const isLeapYear = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

export const daysInMonth = (year: number, month: number): number =>
  month === 2 ? (isLeapYear(year) ? 29 : 28) : 30 + ((month + (month >> 3)) & 1);

export const makeDay = (year: number, month: number, day: number): Day => `${pad(year, 4)}-${pad(month)}-${pad(day)}`;

export const dayFields = (day: Day): { year: number; month: number; day: number } => ({
  year: Number(day.slice(0, 4)), month: Number(day.slice(5, 7)), day: Number(day.slice(8, 10)),
});

export const addDays = (day: Day, n: number): Day => dayFromEpoch(epochDay(day) + n);

/** Adds months, clamping the day: 31 Jan + 1 month = 28/29 Feb. */
export function addMonths(day: Day, n: number): Day {
  const { year, month, day: dd } = dayFields(day);
  const total = year * 12 + (month - 1) + n;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return makeDay(y, m, Math.min(dd, daysInMonth(y, m)));
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export const isoWeekday = (day: Day): number => ((((epochDay(day) + 3) % 7) + 7) % 7) + 1;

export const startOfWeek = (day: Day): Day => addDays(day, 1 - isoWeekday(day));
export const endOfWeek = (day: Day): Day => addDays(day, 7 - isoWeekday(day));

/*
 * Years 1–9999: what ISO strings (`toISOString` writes `+010000-…` beyond them), iCalendar's
 * 4-digit DATE/DATE-TIME and Google Calendar's `dates` can express.
 */
const FIRST_EPOCH_DAY = epochDayOf(1, 1, 1);
const LAST_EPOCH_DAY = epochDayOf(9999, 12, 31);

/**
 * True when `day` plus `offset` days is in years 1–9999. An all-day event's last day is checked
 * with offset 1, its exclusive end: a last day of 9999-12-31 ends in year 10000.
 */
export const dayInRange = (day: Day, offset = 0): boolean => {
  const n = epochDay(day) + offset;
  return n >= FIRST_EPOCH_DAY && n <= LAST_EPOCH_DAY;
};

/** True when `date` is in years 1–9999 both in UTC (ISO strings) and on Vietnam's wall clock (.ics, Google Calendar). */
export const instantInRange = (date: Date): boolean => {
  const t = date.getTime();
  return t >= FIRST_EPOCH_DAY * DAY_MS && t < (LAST_EPOCH_DAY + 1) * DAY_MS - VIETNAM_OFFSET_MS;
};

/** Whole days from `a` to `b`. */
export const daysBetween = (a: Day, b: Day): number => epochDay(b) - epochDay(a);

/** The Monday-first weeks covering a month: 4 to 6 rows of 7 days. */
export function monthWeeks(year: number, month: number): Day[][] {
  const first = makeDay(year, month, 1);
  const last = makeDay(year, month, daysInMonth(year, month));
  const weeks: Day[][] = [];
  for (let start = startOfWeek(first); start <= last; start = addDays(start, 7)) {
    weeks.push(Array.from({ length: 7 }, (_, i) => addDays(start, i)));
  }
  return weeks;
}

// ---------------------------------------------------------------- appended helpers (training calendar)

/** The offset of `tz` at `date` as `GMT+7`, `GMT-5`, `GMT+5:30`. */
export function formatZoneOffset(date: Date, tz = VIETNAM_TIME_ZONE): string {
  const m = zoneOffsetMinutes(date, tz);
  const abs = Math.abs(m);
  return `GMT${m < 0 ? '-' : '+'}${Math.floor(abs / 60)}${abs % 60 ? `:${pad(abs % 60)}` : ''}`;
}

/** `20171122T073000`: the wall clock of `date` in `tz`, iCalendar/Google Calendar style (no zone suffix). */
export function compactLocalDateTime(date: Date, tz = VIETNAM_TIME_ZONE): string {
  const p = zonedParts(date, tz);
  return `${pad(p.year, 4)}${pad(p.month)}${pad(p.day)}T${pad(p.hour)}${pad(p.minute)}${pad(date.getUTCSeconds())}`;
}

/** `20171122T003000Z`: `date` in UTC, iCalendar style. */
export const compactUtcDateTime = (date: Date): string =>
  date.toISOString().replace(/\.\d+Z$/, 'Z').replace(/[-:]/g, '');

/** `20171122`: a day, iCalendar `VALUE=DATE` style. */
export const compactDay = (day: Day): string => day.replace(/-/g, '');

/** The hour (0–23) of `date`'s wall clock in `tz`. */
export const zonedHour = (date: Date, tz = VIETNAM_TIME_ZONE): number => zonedParts(date, tz).hour;
