import { expect } from '@open-wc/testing';
import {
  addDays,
  addMonths,
  dayOf,
  formatDate,
  formatDateTime,
  formatLongDay,
  formatMonth,
  formatTime,
  formatTimeRange,
  daysBetween,
  daysInMonth,
  isoWeekday,
  monthWeeks,
  parseInstant,
  readerZoneDiffers,
  startOfWeek,
  weekdayNames,
  zoneOffsetMinutes,
  zonedParts,
} from '../src/shared/dates.js';
import { parseDay, type Day } from '../src/shared/dates.js';
import { localeInfo } from '../src/locale/locales.js';

const vi = localeInfo('vi');
const en = localeInfo('en');
/** A day from a literal the test knows is valid. */
const d = (s: string): Day => parseDay(s)!;

const seed = new Date('2017-11-22T11:16:00+07:00');

describe('dates', () => {
  it('runs in a reader time zone other than Vietnam (the point of these tests)', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('America/New_York');
    expect(seed.getHours()).to.equal(23); // 23:16 on the 21st in New York
  });

  it('formats Vietnamese dates exactly as the portal does', () => {
    expect(formatDateTime(seed, vi)).to.equal('22/11/2017 - 11:16');
    expect(formatDate(seed, vi)).to.equal('22/11/2017');
    expect(formatTime(new Date('2017-11-22T07:30:00+07:00'), vi)).to.equal('07:30');
  });

  it('formats English dates naturally, still in Vietnam time', () => {
    expect(formatDateTime(seed, en)).to.equal('22 Nov 2017, 11:16');
    expect(formatDate(seed, en)).to.equal('22 Nov 2017');
  });

  it('honours another display zone when asked', () => {
    expect(formatDateTime(seed, vi, 'Europe/Paris')).to.equal('22/11/2017 - 05:16');
    expect(formatDateTime(seed, en, 'UTC')).to.equal('22 Nov 2017, 04:16');
  });

  it('formats ranges, long days and months', () => {
    const a = new Date('2017-11-22T07:30:00+07:00');
    const b = new Date('2017-11-22T11:00:00+07:00');
    expect(formatTimeRange(a, b, vi)).to.equal('07:30 – 11:00');
    expect(formatLongDay(d('2017-11-22'), vi)).to.equal('Thứ Tư, 22 tháng 11, 2017');
    expect(formatLongDay(d('2017-11-22'), en)).to.equal('Wednesday, 22 November 2017');
    expect(formatMonth(2017, 11, vi)).to.equal('Tháng 11 năm 2017');
    expect(formatMonth(2017, 11, en)).to.equal('November 2017');
    expect(weekdayNames(vi, 'long')).to.deep.equal([
      'Thứ Hai',
      'Thứ Ba',
      'Thứ Tư',
      'Thứ Năm',
      'Thứ Sáu',
      'Thứ Bảy',
      'Chủ Nhật',
    ]);
    expect(weekdayNames(vi, 'narrow')).to.deep.equal(['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN']);
  });

  it('parses RFC 3339 and bare days, reading missing offsets as Vietnam time', () => {
    expect(parseInstant('2017-11-22T11:16:00+07:00')!.getTime()).to.equal(seed.getTime());
    expect(parseInstant('2017-11-22T04:16:00Z')!.getTime()).to.equal(seed.getTime());
    expect(parseInstant('2017-11-22T11:16:00+0700')!.getTime()).to.equal(seed.getTime());
    expect(parseInstant('2017-11-22T11:16')!.getTime()).to.equal(seed.getTime());
    expect(parseInstant('2017-11-22')!.toISOString()).to.equal('2017-11-21T17:00:00.000Z');
    expect(parseInstant('2017-02-30')).to.equal(undefined);
    expect(parseInstant('22/11/2017')).to.equal(undefined);
    expect(parseInstant('2017-11-22T25:00:00Z')).to.equal(undefined);
  });

  it('parses instants exactly as the engine parses the same ISO string, across forms, offsets and edges', () => {
    // The reference: the engine's own ISO parser on the normalised form (seconds, ms and a colon offset).
    const reference = (y: string, mo: string, d: string, time?: [string, string, string?, string?], off?: string) => {
      const t = time ? `${time[0]}:${time[1]}:${time[2] ?? '00'}${(time[3] ?? '').slice(0, 4)}` : '00:00:00';
      const o =
        off === undefined
          ? '+07:00'
          : /^[Zz]$/.test(off)
            ? 'Z'
            : off.length === 5
              ? `${off.slice(0, 3)}:${off.slice(3)}`
              : off;
      return Date.parse(`${y}-${mo}-${d}T${t}${o}`);
    };
    let checked = 0;
    const days: Array<[string, string, string]> = [
      ['2017', '11', '22'],
      ['2016', '02', '29'],
      ['2000', '02', '29'],
      ['2024', '12', '31'],
      ['1970', '01', '01'],
      ['1969', '12', '31'],
      ['1975', '06', '13'],
      ['2040', '07', '04'],
      ['9999', '12', '31'],
      ['1000', '03', '01'],
    ];
    const offsets = [
      undefined,
      'Z',
      'z',
      '+07:00',
      '+0700',
      '-05:00',
      '+05:45',
      '-0330',
      '+00:00',
      '+14:00',
      '-12:00',
      '+23:59',
    ];
    const times: Array<[string, string, string?, string?]> = [
      ['00', '00'],
      ['11', '16'],
      ['23', '59', '59'],
      ['07', '30', '05', '.5'],
      ['12', '00', '00', '.123456'],
      ['06', '01', '09', '.09'],
    ];
    for (const [y, mo, d] of days) {
      expect(parseInstant(`${y}-${mo}-${d}`)!.getTime(), `${y}-${mo}-${d}`).to.equal(reference(y, mo, d));
      for (const time of times) {
        for (const off of offsets) {
          for (const sep of ['T', ' ', 't']) {
            const text = `${y}-${mo}-${d}${sep}${time[0]}:${time[1]}${time[2] !== undefined ? `:${time[2]}${time[3] ?? ''}` : ''}${off ?? ''}`;
            expect(parseInstant(text)?.getTime(), text).to.equal(reference(y, mo, d, time, off));
            checked++;
          }
        }
      }
    }
    expect(checked).to.equal(days.length * times.length * offsets.length * 3);
    // Years before 100 are not moved to the 1900s (Date.UTC would).
    expect(parseInstant('0050-01-01T00:00:00Z')!.getUTCFullYear()).to.equal(50);
    expect(parseInstant('0004-02-29')).to.not.equal(undefined);
    // Invalid days, times and offsets are rejected; whitespace around is allowed.
    for (const bad of [
      '2017-02-29',
      '2017-13-01',
      '2017-00-10',
      '2017-04-31',
      '1900-02-29',
      '2017-11-22T24:00:00Z',
      '2017-11-22T10:60Z',
      '2017-11-22T10:00:00+24:00',
      '2017-11-22T10:00:00+07:60',
      '2017-11-22T10:00:00+7:00',
      '2017-11-22T10',
      '2017-11-22T',
      '20171122',
      '2017-1-2',
      ' ',
      'Wed, 22 Nov 2017 11:16:00 +0700',
    ]) {
      expect(parseInstant(bad), bad).to.equal(undefined);
    }
    expect(parseInstant(' 2017-11-22T11:16:00+07:00\n')!.getTime()).to.equal(seed.getTime());
    // A leap second is valid RFC 3339 (the engine rejects it): read as the last millisecond of :59.
    expect(parseInstant('2016-12-31T23:59:60Z')!.toISOString()).to.equal('2016-12-31T23:59:59.999Z');
    expect(parseInstant('2017-01-01T06:59:60+07:00')!.toISOString()).to.equal('2016-12-31T23:59:59.999Z');
  });

  it('computes Vietnam wall-clock time exactly as Intl does, across years and before 1975', () => {
    const intl = new Intl.DateTimeFormat('en', {
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      hourCycle: 'h23',
      timeZone: 'Asia/Ho_Chi_Minh',
    });
    for (let t = Date.UTC(1960, 0, 1); t < Date.UTC(2040, 0, 1); t += 7_919_993_000) {
      const d = new Date(t);
      const p = Object.fromEntries(
        intl
          .formatToParts(d)
          .filter((x) => x.type !== 'literal')
          .map((x) => [x.type, Number(x.value)]),
      );
      expect(zonedParts(d), d.toISOString()).to.deep.equal({
        year: p.year,
        month: p.month,
        day: p.day,
        hour: p.hour,
        minute: p.minute,
      });
    }
  });

  it('puts instants on Vietnam days', () => {
    expect(dayOf(new Date('2017-11-21T17:30:00Z'))).to.equal('2017-11-22');
    expect(zoneOffsetMinutes(seed, 'Asia/Ho_Chi_Minh')).to.equal(420);
    expect(readerZoneDiffers(seed)).to.equal(true);
  });

  it('does day arithmetic across months, years and DST changes', () => {
    expect(addDays(d('2017-11-30'), 1)).to.equal('2017-12-01');
    expect(addDays(d('2018-03-10'), 2)).to.equal('2018-03-12'); // US DST starts 11/3
    expect(addMonths(d('2018-01-31'), 1)).to.equal('2018-02-28');
    expect(addMonths(d('2017-11-22'), -12)).to.equal('2016-11-22');
    expect(isoWeekday(d('2017-11-22'))).to.equal(3);
    expect(startOfWeek(d('2017-11-26'))).to.equal('2017-11-20');
  });

  it('does day arithmetic exactly as Date does, from year 1000 to 9999', () => {
    // Reference: the engine's own UTC calendar.
    const ref = (day: string, n: number) =>
      d(new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10));
    let checked = 0;
    for (let t = Date.UTC(1000, 0, 1); t < Date.UTC(9999, 0, 1); t += 86_400_000 * 3_659 + 86_400_000 * (checked % 7)) {
      const day = d(new Date(t).toISOString().slice(0, 10));
      for (const n of [-800, -366, -31, -1, 0, 1, 28, 59, 365, 1461]) {
        expect(addDays(day, n), `${day} + ${n}`).to.equal(ref(day, n));
        expect(daysBetween(day, ref(day, n)), `${day} → ${n}`).to.equal(n);
      }
      expect(isoWeekday(day), day).to.equal(((new Date(t).getUTCDay() + 6) % 7) + 1);
      const [y, m] = [Number(day.slice(0, 4)), Number(day.slice(5, 7))];
      expect(daysInMonth(y, m), day).to.equal(new Date(Date.UTC(y, m, 0)).getUTCDate());
      checked++;
    }
    expect(checked).to.be.greaterThan(850);
    expect(addDays(d('2000-02-28'), 1)).to.equal('2000-02-29');
    expect(addDays(d('1900-02-28'), 1)).to.equal('1900-03-01');
    expect(daysInMonth(2024, 2)).to.equal(29);
    expect(daysInMonth(2100, 2)).to.equal(28);
  });

  it('steps day by day exactly as Date does over 1900–2100 (every day, both directions)', () => {
    let day = d('1900-01-01');
    for (let t = Date.UTC(1900, 0, 1); t < Date.UTC(2100, 11, 31); t += 86_400_000) {
      const next = addDays(day, 1);
      expect(next).to.equal(new Date(t + 86_400_000).toISOString().slice(0, 10));
      expect(addDays(next, -1)).to.equal(day);
      day = next;
    }
  });

  it('names Vietnamese days and months through Intl, as the portal writes them', () => {
    expect(weekdayNames(vi)[6]).to.equal('Chủ Nhật');
    expect(formatLongDay(d('2017-11-26'), vi)).to.equal('Chủ Nhật, 26 tháng 11, 2017');
    expect(formatLongDay(d('2018-01-01'), vi)).to.equal('Thứ Hai, 1 tháng 1, 2018');
    expect(formatMonth(2018, 1, vi)).to.equal('Tháng 1 năm 2018');
    expect(formatLongDay(d('2017-11-26'), en)).to.equal('Sunday, 26 November 2017');
  });

  it('builds Monday-first month grids', () => {
    const nov = monthWeeks(2017, 11); // starts on a Wednesday
    expect(nov[0]![0]).to.equal('2017-10-30');
    expect(nov.at(-1)!.at(-1)).to.equal('2017-12-03');
    expect(nov).to.have.length(5);
    const oct = monthWeeks(2017, 10); // starts on a Sunday: six rows
    expect(oct[0]![6]).to.equal('2017-10-01');
    expect(oct).to.have.length(6);
    const jan = monthWeeks(2018, 1); // starts on a Monday
    expect(jan[0]![0]).to.equal('2018-01-01');
    const feb = monthWeeks(2021, 2); // 28 days from a Monday: four rows
    expect(feb).to.have.length(4);
  });
});

describe('dates: the locale rows against Intl', () => {
  // What dates.ts built with Intl before the rows wrote patterns and names out; the rows must match it byte for byte.
  const intl = (tag: string, o: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(tag, o);
  const rows = [
    { row: vi, tag: 'vi-VN' },
    { row: en, tag: 'en-GB' },
  ];

  it('writes every month and weekday exactly as Intl does, for vi and en', () => {
    let checked = 0;
    for (const { row, tag } of rows) {
      const long = intl(tag, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
      const month = intl(tag, { month: 'long', year: 'numeric', timeZone: 'UTC' });
      const date = intl(tag, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'Asia/Ho_Chi_Minh' });
      const time = intl(tag, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Asia/Ho_Chi_Minh' });
      // Every month of two years (one leap) on days 1, 9 and 28: every weekday appears with every month.
      for (const y of [2017, 2024]) {
        for (let m = 1; m <= 12; m++) {
          const s = month.format(Date.UTC(y, m - 1, 1));
          expect(formatMonth(y, m, row), `${tag} ${y}-${m}`).to.equal(s.charAt(0).toLocaleUpperCase(tag) + s.slice(1));
          for (const dd of [1, 9, 28]) {
            const day = d(`${y}-${String(m).padStart(2, '0')}-${String(dd).padStart(2, '0')}`);
            const instant = new Date(Date.UTC(y, m - 1, dd, (5 * dd) % 24, 7 * dd));
            expect(formatLongDay(day, row), `${tag} ${day}`).to.equal(long.format(Date.UTC(y, m - 1, dd)));
            if (tag === 'en-GB') expect(formatDate(instant, row), `${tag} ${day}`).to.equal(date.format(instant));
            expect(formatTime(instant, row), `${tag} ${instant.toISOString()}`).to.equal(time.format(instant));
            checked++;
          }
        }
      }
      for (const width of ['long', 'short', 'narrow'] as const) {
        const f = intl(tag, { weekday: width, timeZone: 'UTC' });
        expect(weekdayNames(row, width), `${tag} ${width}`).to.deep.equal(
          Array.from({ length: 7 }, (_, i) => f.format(Date.UTC(2017, 10, 20 + i))),
        );
      }
    }
    expect(checked).to.equal(2 * 2 * 12 * 3);
  });

  it('formats a first render in Vietnamese without calling Intl', () => {
    const calls: string[] = [];
    const proto = Intl.DateTimeFormat.prototype;
    // `format` is a getter returning a bound function; `formatToParts` a method.
    const format = Object.getOwnPropertyDescriptor(proto, 'format')!;
    const { formatToParts } = proto;
    Object.defineProperty(proto, 'format', {
      configurable: true,
      get(this: Intl.DateTimeFormat) {
        calls.push('format');
        return format.get!.call(this);
      },
    });
    proto.formatToParts = function (this: Intl.DateTimeFormat, ...a: Parameters<typeof formatToParts>) {
      calls.push('formatToParts');
      return formatToParts.apply(this, a);
    };
    try {
      const out = [
        formatDateTime(seed, vi),
        formatLongDay(d('2017-11-22'), vi),
        formatMonth(2017, 11, vi),
        ...weekdayNames(vi, 'long'),
        ...weekdayNames(vi, vi.dates.gridWeekday),
      ];
      expect(out.slice(0, 3)).to.deep.equal(['22/11/2017 - 11:16', 'Thứ Tư, 22 tháng 11, 2017', 'Tháng 11 năm 2017']);
      expect(calls).to.deep.equal([]);
      // The spy works: another zone goes through Intl.
      formatDateTime(new Date(seed.getTime() + 60_000), vi, 'Asia/Tokyo');
      expect(calls).to.not.deep.equal([]);
    } finally {
      Object.defineProperty(proto, 'format', format);
      proto.formatToParts = formatToParts;
    }
  });
});
