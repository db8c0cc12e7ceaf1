/**
 * The Vietnamese lunar calendar (âm lịch), computed the way Hồ Ngọc Đức published it: new moons and the
 * sun's longitude from Meeus's "Astronomical Algorithms" (1998), evaluated in Vietnam time (UTC+7).
 * Not `Intl`'s `chinese` calendar: that one is computed for UTC+8 and differs on real dates (Tết 1968,
 * 1985, 2007). Loaded only by pages that ask for lunar dates (a lazy chunk).
 */
import { dayFields, epochDay, epochDayOf, type Day } from './day.js';

/** A lunar date: day 1–30, month 1–12, the lunar year, and whether the month is a leap (nhuận) month. */
export interface LunarDate {
  day: number;
  month: number;
  year: number;
  leap: boolean;
}

const TZ = 7 / 24;
const RAD = Math.PI / 180;
/** Julian day number of 1970-01-01. */
const JD_EPOCH = 2440588;

/** Julian date (UT) of the k-th new moon after 1900-01-01 13:52 UT (Meeus, ch. 49, shortened terms). */
function newMoon(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  let jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
  jd += 0.00033 * Math.sin((166.56 + 132.87 * T - 0.009173 * T2) * RAD);
  const M = (359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3) * RAD;
  const Mp = (306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3) * RAD;
  const F = (21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3) * RAD;
  let c = (0.1734 - 0.000393 * T) * Math.sin(M) + 0.0021 * Math.sin(2 * M);
  c += -0.4068 * Math.sin(Mp) + 0.0161 * Math.sin(2 * Mp) - 0.0004 * Math.sin(3 * Mp);
  c += 0.0104 * Math.sin(2 * F) - 0.0051 * Math.sin(M + Mp) - 0.0074 * Math.sin(M - Mp);
  c += 0.0004 * Math.sin(2 * F + M) - 0.0004 * Math.sin(2 * F - M) - 0.0006 * Math.sin(2 * F + Mp);
  c += 0.001 * Math.sin(2 * F - Mp) + 0.0005 * Math.sin(2 * Mp + M);
  // ΔT (TT − UT), in days.
  const dT =
    T < -11
      ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3
      : -0.000278 + 0.000265 * T + 0.000262 * T2;
  return jd + c - dT;
}

/** The sun's apparent longitude, in radians 0–2π, at Julian date `jd` (UT). */
function sunLongitude(jd: number): number {
  const T = (jd - 2451545) / 36525;
  const T2 = T * T;
  const M = (357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2) * RAD;
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
  const C =
    (1.9146 - 0.004817 * T - 0.000014 * T2) * Math.sin(M) +
    (0.019993 - 0.000101 * T) * Math.sin(2 * M) +
    0.00029 * Math.sin(3 * M);
  const L = (L0 + C) * RAD;
  return L - 2 * Math.PI * Math.floor(L / (2 * Math.PI));
}

/** The day number (JDN) on which the k-th new moon falls in Vietnam. */
const newMoonDay = (k: number): number => Math.floor(newMoon(k) + 0.5 + TZ);

/** Which of the 12 sun-longitude sectors (0 = the one starting at the spring equinox) local midnight of `jdn` starts in. */
const sunSector = (jdn: number): number => Math.floor((sunLongitude(jdn - 0.5 - TZ) / Math.PI) * 6);

/** The JDN of the start of the 11th lunar month (the one holding the winter solstice) of solar year `y`. */
function month11(y: number): number {
  const off = JD_EPOCH + epochDayOf(y, 12, 31) - 2415021;
  const k = Math.floor(off / 29.530588853);
  const nm = newMoonDay(k);
  // Past the solstice (sector 9 starts at 270°): the 11th month began at the previous new moon.
  return sunSector(nm) >= 9 ? newMoonDay(k - 1) : nm;
}

/** Index (1-based, after month 11) of the leap month in the lunar year starting at month 11 `a11`. */
function leapOffset(a11: number): number {
  const k = Math.floor((a11 - 2415021.076998695) / 29.530588853 + 0.5);
  let i = 1;
  let arc = sunSector(newMoonDay(k + i));
  let last: number;
  do {
    last = arc;
    i++;
    arc = sunSector(newMoonDay(k + i));
  } while (arc !== last && i < 14);
  return i - 1;
}

/** The lunar date of a (Gregorian) day, in Vietnam. */
export function lunarDate(day: Day): LunarDate {
  const jdn = epochDay(day) + JD_EPOCH;
  const k = Math.floor((jdn - 2415021.076998695) / 29.530588853);
  let monthStart = newMoonDay(k + 1);
  if (monthStart > jdn) monthStart = newMoonDay(k);
  const solarYear = dayFields(day).year;
  let a11 = month11(solarYear);
  let b11 = a11;
  let year: number;
  if (a11 >= monthStart) {
    year = solarYear;
    a11 = month11(solarYear - 1);
  } else {
    year = solarYear + 1;
    b11 = month11(solarYear + 1);
  }
  const lunarDay = jdn - monthStart + 1;
  const diff = Math.floor((monthStart - a11) / 29);
  let leap = false;
  let month = diff + 11;
  if (b11 - a11 > 365) {
    const leapDiff = leapOffset(a11);
    if (diff >= leapDiff) {
      month = diff + 10;
      leap = diff === leapDiff;
    }
  }
  if (month > 12) month -= 12;
  if (month >= 11 && diff < 4) year -= 1;
  return { day: lunarDay, month, year, leap };
}

const STEMS = ['Giáp', 'Ất', 'Bính', 'Đinh', 'Mậu', 'Kỷ', 'Canh', 'Tân', 'Nhâm', 'Quý'];
const BRANCHES = ['Tý', 'Sửu', 'Dần', 'Mão', 'Thìn', 'Tỵ', 'Ngọ', 'Mùi', 'Thân', 'Dậu', 'Tuất', 'Hợi'];

/** The can-chi (sexagenary) name of a lunar year, e.g. 2017 → "Đinh Dậu". Not translated: it is a name. */
export const yearName = (year: number): string => `${STEMS[(year + 6) % 10]} ${BRANCHES[(year + 8) % 12]}`;

/** Vietnam's public holidays (Labour Code 2019, art. 112) by key; names are the widget's (localized). */
export type Holiday = 'new-year' | 'tet' | 'hung-kings' | 'reunification' | 'labour' | 'national';

/** Month × 100 + day → holiday. */
const SOLAR_HOLIDAYS: Record<number, Holiday> = {
  101: 'new-year',
  430: 'reunification',
  501: 'labour',
  902: 'national',
};

/**
 * The public holidays on `day` (`lunar`: its lunar date). Tết is marked on the 1st–3rd of the first month:
 * the law gives five days off but the government sets which ones each year (and the day next to 2/9), so
 * only the days fixed by the calendar are marked.
 */
export function holidaysOn(day: Day, lunar: LunarDate): Holiday[] {
  const out: Holiday[] = [];
  const { month, day: date } = dayFields(day);
  const solar = SOLAR_HOLIDAYS[month * 100 + date];
  if (solar) out.push(solar);
  if (!lunar.leap && lunar.month === 1 && lunar.day <= 3) out.push('tet');
  if (!lunar.leap && lunar.month === 3 && lunar.day === 10) out.push('hung-kings');
  return out;
}
