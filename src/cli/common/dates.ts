/**
 * Feed dates to RFC 3339, keeping the publisher's own offset (a Long An
 * `+0700` stays `+07:00`, so the JSON reads like the portal). Reads the
 * variants of feedparser's date tests (RFC 822 with its real-world slips,
 * asctime, W3C-DTF/RFC 3339, Perforce); anything out of range is refused
 * rather than written, so the output always validates.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
/** Zone names in minutes east of UTC (feedparser's table, plus ICT that some Vietnamese CMSs print). */
const ZONES: Record<string, number> = {
  UT: 0,
  UTC: 0,
  GMT: 0,
  Z: 0,
  ADT: -180,
  AST: -240,
  AT: -240,
  EDT: -240,
  EST: -300,
  ET: -300,
  CDT: -300,
  CST: -360,
  CT: -360,
  MDT: -360,
  MST: -420,
  MT: -420,
  PDT: -420,
  PST: -480,
  PT: -480,
  A: -60,
  N: 60,
  M: -720,
  Y: 720,
  MET: 60,
  MEST: 120,
  ICT: 420,
};

export interface ParsedDate {
  /** RFC 3339 with offset. */
  value: string;
  /** True when the input had no zone and Vietnam time (+07:00) was assumed. */
  assumedZone: boolean;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
export const offsetString = (minutes: number) =>
  minutes === 0
    ? 'Z'
    : `${minutes < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;

function valid(y: number, mo: number, d: number, h: number, mi: number, s: number): boolean {
  if (!(y >= 1 && y <= 9999) || mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 60) return false;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1]!;
}

function build(
  y: number,
  mo: number,
  d: number,
  h: number,
  mi: number,
  s: number,
  offset: number | undefined,
): ParsedDate | undefined {
  if (!valid(y, mo, d, h, mi, s)) return undefined;
  return {
    // A leap second (:60) is written as :59: not every reader accepts :60.
    value: `${pad(y, 4)}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(Math.min(s, 59))}${offsetString(offset ?? 420)}`,
    assumedZone: offset === undefined,
  };
}

/** Minutes east of UTC; undefined when absent, null when unreadable or out of range (`-9999`). */
function zone(z: string | undefined): number | undefined | null {
  if (!z) return undefined;
  const name = z.replace(/^etc\//i, '');
  const m = /^(?:GMT|UTC?)?([+-])(\d{1,2}):?(\d{2})?$/i.exec(name);
  if (m) {
    const h = Number(m[2]);
    const mi = Number(m[3] ?? 0);
    if (h > 23 || mi > 59) return null;
    return (m[1] === '-' ? -1 : 1) * (h * 60 + mi);
  }
  const upper = name.toUpperCase();
  return Object.hasOwn(ZONES, upper) ? ZONES[upper] : null;
}

const monthOf = (s: string) => (/^[a-z]{3,9}\.?$/i.test(s) ? MONTHS.indexOf(s.slice(0, 3).toLowerCase()) + 1 : 0);
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

/** RFC 822 and its slips: `Wed,22 Nov 2017 …`, `13 Feb, 2012`, `Aug 30 2012 …`, long month names, no seconds or no time, asctime. */
function rfc822(v: string): ParsedDate | undefined {
  const parts = v.replace(/,/g, ' ').trim().split(/\s+/);
  if (parts.length && WEEKDAYS.includes(parts[0]!.slice(0, 3).toLowerCase()) && /^[a-z]+\.?$/i.test(parts[0]!))
    parts.shift();
  let day: string | undefined,
    month: number,
    year: string | undefined,
    time: string | undefined,
    tz: string | undefined;
  if (monthOf(parts[0] ?? '')) {
    // `Aug 30 2012 17:26:16 +0200`, or asctime `Jan 4 16:29:06 2004` / `Jul 15 01:16:00 +0000 2012`
    month = monthOf(parts[0]!);
    day = parts[1];
    if (TIME.test(parts[2] ?? '')) {
      time = parts[2];
      [tz, year] = /^\d{4}$/.test(parts[3] ?? '') ? [parts[4], parts[3]] : [parts[3], parts[4]];
      if (parts.length > 5) return undefined;
    } else {
      [year, time, tz] = [parts[2], parts[3], parts[4]];
      if (parts.length > 5) return undefined;
    }
  } else {
    [day, , year, time, tz] = parts;
    month = monthOf(parts[1] ?? '');
    if (parts.length > 5) return undefined;
  }
  if (!month || !day || !year || !/^\d{1,2}$/.test(day) || !/^(\d{2}|\d{4})$/.test(year)) return undefined;
  const t = time ? TIME.exec(time) : ['', '0', '0', '0'];
  if (!t) return undefined;
  const off = zone(tz);
  if (off === null) return undefined;
  let y = Number(year);
  if (year.length === 2) y += y < 50 ? 2000 : 1900;
  return build(y, month, Number(day), Number(t[1]), Number(t[2]), Number(t[3] ?? 0), off);
}

/**
 * RFC 822/1123 (`Wed, 22 Nov 2017 11:16:00 +0700`), RFC 3339/W3C-DTF
 * (`2017-11-22T11:16:00+07:00`, `2017-11`, `2017`), Perforce
 * (`2006/09/15 08:19:53 EDT`), and the portal's own `22/11/2017 - 11:16`.
 * Returns undefined for anything else, and for impossible dates or offsets.
 */
export function toRfc3339(input: string | undefined): ParsedDate | undefined {
  const v = input?.trim().replace(/\s+/g, ' ');
  if (!v) return undefined;

  // RFC 3339 / W3C-DTF, with MSSQL's space before the zone and Google's 3-digit month (`2003-012-31`).
  let m =
    /^(\d{4})(?:-(0?\d{2})(?:-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)? ?([Zz]|[+-]\d{2}:?\d{2})?)?)?)?$/.exec(
      v,
    );
  if (m) {
    const off = zone(m[7]);
    if (off === null) return undefined;
    return build(
      Number(m[1]),
      Number(m[2] ?? 1),
      Number(m[3] ?? 1),
      Number(m[4] ?? 0),
      Number(m[5] ?? 0),
      Number(m[6] ?? 0),
      off,
    );
  }

  // Perforce: [Fri, ]2006/09/15 08:19:53 EDT
  m = /^(?:[A-Za-z]{3},? )?(\d{4})\/(\d{2})\/(\d{2}) (\d{2}):(\d{2}):(\d{2}) ([A-Za-z]+)$/.exec(v);
  if (m) {
    const off = zone(m[7]);
    if (off === null) return undefined;
    return build(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]), off);
  }

  // The portal's display format, 22/11/2017 - 11:16, and ASP.NET's 22/11/2017 11:16:00 (Vietnam time)
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: -? ?(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(v);
  if (m)
    return build(
      Number(m[3]),
      Number(m[2]),
      Number(m[1]),
      Number(m[4] ?? 0),
      Number(m[5] ?? 0),
      Number(m[6] ?? 0),
      undefined,
    );

  return rfc822(v);
}

/** A spreadsheet or calendar date: a calendar day (all-day) or an RFC 3339 instant. */
export type CellDate =
  { day: string; instant?: undefined } | { instant: string; day?: undefined; assumedZone: boolean };

/**
 * What a Vietnamese office types in a spreadsheet: `22/11/2017 07:30`,
 * `22/11/2017 7h30`, `22/11/2017 7h`, `22/11/2017` (a day), and ISO
 * (`2017-11-22`, `2017-11-22T07:30`, with or without an offset). Times
 * without an offset are Vietnam time.
 */
export function parseCellDate(input: string): CellDate | undefined {
  const v = input.trim().replace(/\s+/g, ' ');
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (iso) return validDay(Number(iso[1]), Number(iso[2]), Number(iso[3])) ? { day: v } : undefined;
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:,? (?:lúc )?(\d{1,2})(?:[:hHg](\d{2})?(?::(\d{2}))?)?)?$/.exec(v);
  if (m) {
    const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!validDay(y, mo, d)) return undefined;
    const day = `${pad(y, 4)}-${pad(mo)}-${pad(d)}`;
    if (m[4] === undefined) return { day };
    return timeOn(day, m[4], m[5], m[6]);
  }
  const parsed = /^\d{4}-/.test(v) ? toRfc3339(v) : undefined;
  return parsed ? { instant: parsed.value, assumedZone: parsed.assumedZone } : undefined;
}

/** A bare time (`11:00`, `11h30`, `11h`) on `day`, Vietnam time: for an end cell on the start's day. */
export function parseTimeOn(day: string, input: string): CellDate | undefined {
  const m = /^(\d{1,2})(?:[:hHg](\d{2})?(?::(\d{2}))?)$/.exec(input.trim());
  return m ? timeOn(day, m[1]!, m[2], m[3]) : undefined;
}

function timeOn(day: string, h: string, mi = '0', s = '0'): CellDate | undefined {
  const parsed = toRfc3339(`${day}T${pad(Number(h))}:${pad(Number(mi))}:${pad(Number(s))}`);
  return parsed ? { instant: parsed.value, assumedZone: true } : undefined;
}

const validDay = (y: number, mo: number, d: number) => valid(y, mo, d, 0, 0, 0);
