/**
 * "Alive whatever day": the demo server serves the sample feeds with their
 * training events moved by whole weeks, so that the week of 20/11/2017 (the
 * seed session's week) becomes the current week in Vietnam. Weekdays and
 * times stay as published (no session lands on a Sunday), the calendar opens
 * on the current month with upcoming sessions, and the seed session itself
 * keeps its real date, 22/11/2017. News items keep their dates.
 *
 * Pure functions, no I/O; used by the CLI's sample-feed (./sample-feed.ts), the demo server
 * (scripts/serve-demo.mjs) and their tests.
 */

/** The Monday of the week the sample events were written around. */
export const ANCHOR_MONDAY = '2017-11-20';

/** Events that keep their published dates. */
export const FIXED_EVENT_IDS = new Set(['lich-tap-huan-quy-che-dan-chu-2017']);

const DAY_MS = 86_400_000;
const utcDay = (day) => Date.parse(`${day}T00:00:00Z`);
const dayString = (ms) => new Date(ms).toISOString().slice(0, 10);

/** Today's date (`YYYY-MM-DD`) in Vietnam (UTC+7, no daylight saving). */
export const vietnamToday = (now = new Date()) => dayString(now.getTime() + 7 * 3_600_000);

/** Whole weeks from the anchor week to the week holding `today`. */
export function weeksSinceAnchor(today) {
  const t = utcDay(today);
  const weekday = (new Date(t).getUTCDay() + 6) % 7; // Monday = 0
  return Math.round((t - weekday * DAY_MS - utcDay(ANCHOR_MONDAY)) / (7 * DAY_MS));
}

/**
 * Moves the date part of an RFC 3339 value (`2017-11-27`, or
 * `2017-11-27T07:30:00+07:00`) by `days`, keeping the time and the offset.
 * Values it does not recognise are returned unchanged.
 */
export function shiftDate(value, days) {
  if (typeof value !== 'string') return value;
  const m = /^(\d{4}-\d{2}-\d{2})(.*)$/.exec(value);
  if (!m || Number.isNaN(utcDay(m[1]))) return value;
  return dayString(utcDay(m[1]) + days * DAY_MS) + m[2];
}

/**
 * A copy of `feed` (parsed JSON) whose non-fixed events are moved by whole
 * weeks so that the anchor week becomes the week of `today`.
 */
export function shiftFeed(feed, today = vietnamToday()) {
  const days = weeksSinceAnchor(today) * 7;
  if (!feed || !Array.isArray(feed.items) || days === 0) return feed;
  return {
    ...feed,
    items: feed.items.map((item) => {
      const event = item?._pw?.event;
      if (!event || FIXED_EVENT_IDS.has(item.id)) return item;
      const moved = { ...event, start: shiftDate(event.start, days) };
      if (event.end !== undefined) moved.end = shiftDate(event.end, days);
      if (event.registration?.deadline) {
        moved.registration = { ...event.registration, deadline: shiftDate(event.registration.deadline, days) };
      }
      const out = { ...item, _pw: { ...item._pw, event: moved } };
      for (const key of ['date_published', 'date_modified']) if (item[key]) out[key] = shiftDate(item[key], days);
      return out;
    }),
  };
}
