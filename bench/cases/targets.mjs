/**
 * Issue 15's side-by-side runs: for each size, the widget, the floor (lib/floor.mjs) and, for
 * the calendar, FullCalendar, each on a fresh page, in an order that rotates from run to run
 * (so no library always goes first); then the first-content case of every element. `ctx.cpu`
 * throttles the CPU (4 = a mid-range phone).
 */
import { fcCalendar, pwCalendar } from './calendar.mjs';
import { ELEMENTS, firstContent, floorCalendarFirst, floorNewsFirst, pwNewsFirst } from './first-content.mjs';
import { CALENDAR_SIZES, NEWS_SIZES } from '../lib/feeds.mjs';

const rotate = (xs, k) => xs.map((_, i) => xs[(i + k) % xs.length]);

const NEWS = { pw: pwNewsFirst, floor: floorNewsFirst };
const CALENDAR = { pw: pwCalendar, floor: floorCalendarFirst, fc: fcCalendar };

/**
 * One run of every side-by-side case into `into` ({ news, calendar, first }: per size or
 * element, per library, a list of ms); `tick` is called after each group.
 */
export async function sideBySide(ctx, run, into, tick = () => {}) {
  for (const n of NEWS_SIZES) {
    const r = (into.news[n] ??= { pw: [], floor: [] });
    for (const who of rotate(Object.keys(NEWS), run)) r[who].push((await NEWS[who](ctx, n)).ms);
    tick();
  }
  for (const n of CALENDAR_SIZES) {
    const r = (into.calendar[n] ??= { pw: [], floor: [], fc: [] });
    for (const who of rotate(Object.keys(CALENDAR), run)) r[who].push((await CALENDAR[who](ctx, n)).ms);
    tick();
  }
  for (const name of rotate(Object.keys(ELEMENTS), run))
    (into.first[name] ??= []).push((await firstContent(ctx, name)).ms);
  tick();
}
