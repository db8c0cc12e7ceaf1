import { expect } from '@open-wc/testing';
import {
  addDays, addMonths, dayOf, formatDate, formatDateTime, formatLongDay, formatMonth, formatTime, formatTimeRange,
  isoWeekday, monthWeeks, parseInstant, readerZoneDiffers, startOfWeek, weekdayNames, zoneOffsetMinutes, zonedParts,
} from '../src/internal/dates.js';

const seed = new Date('2017-11-22T11:16:00+07:00');

describe('dates', () => {
  it('runs in a reader time zone other than Vietnam (the point of these tests)', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('America/New_York');
    expect(seed.getHours()).to.equal(23); // 23:16 on the 21st in New York
  });

  it("formats Vietnamese dates exactly as the portal does", () => {
    expect(formatDateTime(seed, 'vi')).to.equal('22/11/2017 - 11:16');
    expect(formatDate(seed, 'vi')).to.equal('22/11/2017');
    expect(formatTime(new Date('2017-11-22T07:30:00+07:00'), 'vi')).to.equal('07:30');
  });

  it('formats English dates naturally, still in Vietnam time', () => {
    expect(formatDateTime(seed, 'en')).to.equal('22 Nov 2017, 11:16');
    expect(formatDate(seed, 'en')).to.equal('22 Nov 2017');
  });

  it('honours another display zone when asked', () => {
    expect(formatDateTime(seed, 'vi', 'Europe/Paris')).to.equal('22/11/2017 - 05:16');
    expect(formatDateTime(seed, 'en', 'UTC')).to.equal('22 Nov 2017, 04:16');
  });

  it('formats ranges, long days and months', () => {
    const a = new Date('2017-11-22T07:30:00+07:00');
    const b = new Date('2017-11-22T11:00:00+07:00');
    expect(formatTimeRange(a, b, 'vi')).to.equal('07:30 – 11:00');
    expect(formatLongDay('2017-11-22', 'vi')).to.equal('Thứ Tư, 22 tháng 11, 2017');
    expect(formatLongDay('2017-11-22', 'en')).to.equal('Wednesday, 22 November 2017');
    expect(formatMonth(2017, 11, 'vi')).to.equal('Tháng 11 năm 2017');
    expect(formatMonth(2017, 11, 'en')).to.equal('November 2017');
    expect(weekdayNames('vi', 'long')).to.deep.equal(['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ Nhật']);
    expect(weekdayNames('vi', 'narrow')).to.deep.equal(['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN']);
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

  it('computes Vietnam wall-clock time exactly as Intl does, across years and before 1975', () => {
    const intl = new Intl.DateTimeFormat('en', {
      year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', hourCycle: 'h23', timeZone: 'Asia/Ho_Chi_Minh',
    });
    for (let t = Date.UTC(1960, 0, 1); t < Date.UTC(2040, 0, 1); t += 7_919_993_000) {
      const d = new Date(t);
      const p = Object.fromEntries(intl.formatToParts(d).filter((x) => x.type !== 'literal').map((x) => [x.type, Number(x.value)]));
      expect(zonedParts(d), d.toISOString()).to.deep.equal({ year: p.year, month: p.month, day: p.day, hour: p.hour, minute: p.minute });
    }
  });

  it('puts instants on Vietnam days', () => {
    expect(dayOf(new Date('2017-11-21T17:30:00Z'))).to.equal('2017-11-22');
    expect(zoneOffsetMinutes(seed, 'Asia/Ho_Chi_Minh')).to.equal(420);
    expect(readerZoneDiffers(seed)).to.equal(true);
  });

  it('does day arithmetic across months, years and DST changes', () => {
    expect(addDays('2017-11-30', 1)).to.equal('2017-12-01');
    expect(addDays('2018-03-10', 2)).to.equal('2018-03-12'); // US DST starts 11/3
    expect(addMonths('2018-01-31', 1)).to.equal('2018-02-28');
    expect(addMonths('2017-11-22', -12)).to.equal('2016-11-22');
    expect(isoWeekday('2017-11-22')).to.equal(3);
    expect(startOfWeek('2017-11-26')).to.equal('2017-11-20');
  });

  it('builds Monday-first month grids', () => {
    const nov = monthWeeks(2017, 11); // starts on a Wednesday
    expect(nov[0][0]).to.equal('2017-10-30');
    expect(nov.at(-1)!.at(-1)).to.equal('2017-12-03');
    expect(nov).to.have.length(5);
    const oct = monthWeeks(2017, 10); // starts on a Sunday: six rows
    expect(oct[0][6]).to.equal('2017-10-01');
    expect(oct).to.have.length(6);
    const jan = monthWeeks(2018, 1); // starts on a Monday
    expect(jan[0][0]).to.equal('2018-01-01');
    const feb = monthWeeks(2021, 2); // 28 days from a Monday: four rows
    expect(feb).to.have.length(4);
  });
});
