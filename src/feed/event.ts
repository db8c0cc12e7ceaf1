import {
  addDays,
  dayInRange,
  dayStart,
  instantInRange,
  instantOf,
  instantParts,
  parseDay,
  parseInstant,
} from '../shared/dates.js';
import { safeUrl } from '../shared/url.js';
import { noteAssumptions } from './coerce.js';
import { DropField, isObject, text, type Pending } from './values.js';
import type { EventLocation, EventStatus, Registration, TrainingEvent } from './types.js';

/** Drops `_pw.event.<member>`, with a message naming it. */
function fail(member: string, why: string): never {
  throw new DropField(`_pw.event.${member}`, `"_pw.event.${member}" ${why}`);
}

const STATUSES: ReadonlySet<string> = new Set(['scheduled', 'cancelled', 'postponed', 'rescheduled']);

/** `_pw.event`; throws {@link DropField} naming the member at fault, and the item stays a news item. */
export function parseEvent(v: unknown, base: string, p: Pending): TrainingEvent {
  if (!isObject(v)) throw new DropField('_pw.event', '"_pw.event" must be an object');
  if (typeof v.start !== 'string') fail('start', 'is required');
  const endText = typeof v.end === 'string' ? v.end : undefined;
  const startDay = parseDay(v.start);
  const allDay = v.all_day === true || (v.all_day === undefined && !!startDay);
  // Date-time parts of start and end, matched once for the dates and for the notes on what they lack.
  const startParts = allDay && startDay ? null : instantParts(v.start);
  const endParts = endText === undefined ? null : instantParts(endText);
  let event: Pick<TrainingEvent, 'start' | 'end' | 'allDay' | 'startDay' | 'endDay'>;
  if (allDay) {
    const first = startDay ?? (instantOf(startParts) ? parseDay(v.start.slice(0, 10)) : undefined);
    if (!first) fail('start', 'is not a date');
    const last = v.end === undefined ? first : endText === undefined ? undefined : parseDay(endText.slice(0, 10));
    if (!last) fail('end', 'is not a date');
    if (last < first) fail('end', 'is before its start');
    // Years 1–9999 only, the exclusive end included: the .ics and Google Calendar write the day after the last.
    if (!dayInRange(first)) fail('start', 'is outside the years 1–9999');
    // Without an end, the start day is the last day.
    if (!dayInRange(last, 1))
      fail(
        v.end === undefined ? 'start' : 'end',
        'is outside the years 1–9999 (an all-day event ends the day after its last day)',
      );
    // Feeds give the last day inclusively; the instant end is the next midnight.
    event = { allDay: true, startDay: first, endDay: last, start: dayStart(first), end: dayStart(addDays(last, 1)) };
  } else {
    const start = instantOf(startParts);
    if (!start) fail('start', 'is not an RFC 3339 date');
    const end = v.end === undefined ? start : instantOf(endParts);
    if (!end) fail('end', 'is not an RFC 3339 date');
    if (end < start) fail('end', 'is before its start');
    // Years 1–9999 in UTC and in Vietnam time, where the .ics and Google Calendar write them.
    if (!instantInRange(start)) fail('start', 'is outside the years 1–9999');
    if (!instantInRange(end)) fail('end', 'is outside the years 1–9999');
    event = { allDay: false, start, end };
  }
  const status = v.status === undefined ? 'scheduled' : v.status;
  if (typeof status !== 'string' || !STATUSES.has(status)) {
    fail('status', 'must be scheduled, cancelled, postponed or rescheduled');
  }
  const reg = registration(v.registration, base);
  // Noted only once the event is kept.
  if (startParts) noteAssumptions(p, '_pw.event.start', v.start, startParts, true);
  if (endParts) noteAssumptions(p, '_pw.event.end', endText!, endParts, true);
  return {
    ...event,
    status: status as EventStatus,
    location: location(v.location),
    onlineUrl: safeUrl(v.online_url, base, 'http'),
    organizer:
      isObject(v.organizer) && text(v.organizer.name)
        ? { name: text(v.organizer.name), url: safeUrl(v.organizer.url, base, 'link') }
        : undefined,
    audience: text(v.audience),
    registration: reg,
  };
}

function location(v: unknown): EventLocation | undefined {
  if (typeof v === 'string') return v.trim() ? { name: text(v) } : undefined;
  if (!isObject(v)) return undefined;
  const loc = { name: text(v.name), address: text(v.address) };
  return loc.name || loc.address ? loc : undefined;
}

function registration(v: unknown, base: string): Registration | undefined {
  if (!isObject(v)) return undefined;
  const deadline = typeof v.deadline === 'string' ? parseInstant(v.deadline) : undefined;
  if (typeof v.deadline === 'string' && !deadline)
    throw new DropField('_pw.event.registration.deadline', 'not an RFC 3339 date');
  if (deadline && !instantInRange(deadline))
    throw new DropField('_pw.event.registration.deadline', 'outside the years 1–9999');
  const capacity =
    typeof v.capacity === 'number' && Number.isFinite(v.capacity) && v.capacity >= 0
      ? Math.floor(v.capacity)
      : undefined;
  const reg = { url: safeUrl(v.url, base, 'link'), deadline, capacity };
  return reg.url || reg.deadline || reg.capacity !== undefined ? reg : undefined;
}
