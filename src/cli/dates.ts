/**
 * Feed dates to RFC 3339, keeping the publisher's own offset (a Long An
 * `+0700` stays `+07:00`, so the JSON reads like the portal).
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const ZONES: Record<string, number> = {
  UT: 0, UTC: 0, GMT: 0, Z: 0, EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
  ICT: 420, // Indochina Time, which some Vietnamese CMSs print
};

export interface ParsedDate {
  /** RFC 3339 with offset. */
  value: string;
  /** True when the input had no zone and Vietnam time (+07:00) was assumed. */
  assumedZone: boolean;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
export const offsetString = (minutes: number) =>
  minutes === 0 ? 'Z' : `${minutes < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;

function valid(y: number, mo: number, d: number, h: number, mi: number, s: number): boolean {
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 60) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

function build(y: number, mo: number, d: number, h: number, mi: number, s: number, offset: number | undefined): ParsedDate | undefined {
  if (!valid(y, mo, d, h, mi, s)) return undefined;
  return {
    value: `${pad(y, 4)}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(Math.min(s, 59))}${offsetString(offset ?? 420)}`,
    assumedZone: offset === undefined,
  };
}

function zone(z: string | undefined): number | undefined | null {
  if (!z) return undefined;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(z);
  if (m) return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
  const named = ZONES[z.toUpperCase()];
  return named === undefined ? null : named;
}

/**
 * RFC 822/1123 (`Wed, 22 Nov 2017 11:16:00 +0700`), RFC 3339/ISO 8601
 * (`2017-11-22T11:16:00+07:00`), and the portal's own `22/11/2017 - 11:16`.
 * Returns undefined for anything else.
 */
export function toRfc3339(input: string | undefined): ParsedDate | undefined {
  const v = input?.trim().replace(/\s+/g, ' ');
  if (!v) return undefined;

  // RFC 822: [Wed, ]22 Nov 2017 11:16[:00] +0700
  let m = /^(?:[A-Za-z]{3,9},? )?(\d{1,2}) ([A-Za-z]{3})[a-z]* (\d{2}|\d{4}) (\d{1,2}):(\d{2})(?::(\d{2}))?(?: ?([+-]\d{2}:?\d{2}|[A-Za-z]{1,4}))?$/.exec(v);
  if (m) {
    const month = MONTHS.indexOf(m[2].toLowerCase()) + 1;
    let year = Number(m[3]);
    if (m[3].length === 2) year += year < 50 ? 2000 : 1900;
    const off = zone(m[7]);
    if (off === null || month === 0) return undefined;
    return build(year, month, Number(m[1]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0), off);
  }

  // RFC 3339 / ISO 8601
  m = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)? ?([Zz]|[+-]\d{2}:?\d{2})?$/.exec(v);
  if (m) {
    const off = zone(m[7]);
    if (off === null) return undefined;
    return build(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0), off);
  }

  // The portal's display format: 22/11/2017 - 11:16 (Vietnam time)
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: -? ?(\d{1,2}):(\d{2}))?$/.exec(v);
  if (m) return build(Number(m[3]), Number(m[2]), Number(m[1]), Number(m[4] ?? 0), Number(m[5] ?? 0), 0, undefined);

  return undefined;
}

/** A spreadsheet or calendar date: a calendar day (all-day) or an RFC 3339 instant. */
export type CellDate = { day: string; instant?: undefined } | { instant: string; day?: undefined; assumedZone: boolean };

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
  return m ? timeOn(day, m[1], m[2], m[3]) : undefined;
}

function timeOn(day: string, h: string, mi = '0', s = '0'): CellDate | undefined {
  const parsed = toRfc3339(`${day}T${pad(Number(h))}:${pad(Number(mi))}:${pad(Number(s))}`);
  return parsed ? { instant: parsed.value, assumedZone: true } : undefined;
}

const validDay = (y: number, mo: number, d: number) => valid(y, mo, d, 0, 0, 0);
