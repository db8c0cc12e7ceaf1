/**
 * Pure indexing of a feed's training events, built once per (feed, display
 * zone) and memoized on the Feed object, so re-renders, navigation and
 * filtering never re-parse or re-sort the feed.
 */
import type { Feed, FeedItem, TrainingEvent } from '../../feed/types.js';
import { addDays, dayOf, daysBetween, zonedHour, type Day } from '../../shared/dates.js';
import { foldForSearch } from '../../shared/text.js';

export type Session = 'all-day' | 'morning' | 'afternoon';

/** A feed item that carries an event, with its days in the display zone. */
export interface CalendarEvent {
  item: FeedItem;
  event: TrainingEvent;
  /** First day it covers in the display zone. */
  first: Day;
  /** Last day it covers (inclusive). */
  last: Day;
  /** Morning/afternoon of its start (all-day events: `all-day`). */
  session: Session;
}

export interface EventIndex {
  /** Every event, sorted by first day, all-day first, start, feed order. */
  events: CalendarEvent[];
  /** Events of at most LONG_SPAN days, by each day they cover (sorted as `events`). */
  byDay: Map<Day, CalendarEvent[]>;
  /** Longer events, checked by range instead of being copied onto every day. */
  long: CalendarEvent[];
  organizers: string[];
  audiences: string[];
  tags: string[];
  /** The language of each organiser, audience and tag: that of the first item naming it (WCAG 3.1.2). */
  langs: Map<string, string | undefined>;
}

/** Events longer than this many days are not spread day by day (a hostile feed could say 1000 years). */
export const LONG_SPAN = 62;

const cache = new WeakMap<Feed, Map<string, EventIndex>>();

/** The index of `feed` in zone `tz`, built on first use and memoized on the Feed object. */
export function eventIndex(feed: Feed, tz: string): EventIndex {
  let byZone = cache.get(feed);
  if (!byZone) cache.set(feed, (byZone = new Map()));
  let index = byZone.get(tz);
  if (!index) byZone.set(tz, (index = buildIndex(feed, tz)));
  return index;
}

function compare(a: CalendarEvent, b: CalendarEvent): number {
  if (a.first !== b.first) return a.first < b.first ? -1 : 1;
  if (a.event.allDay !== b.event.allDay) return a.event.allDay ? -1 : 1;
  const d = a.event.start.getTime() - b.event.start.getTime();
  return d || a.item.index - b.item.index;
}

function buildIndex(feed: Feed, tz: string): EventIndex {
  const events: CalendarEvent[] = [];
  const organizers = new Set<string>();
  const audiences = new Set<string>();
  const tags = new Set<string>();
  const langs = new Map<string, string | undefined>();
  for (const item of feed.items) {
    const event = item.event;
    if (!event) continue;
    let first: Day;
    let last: Day;
    let session: Session;
    if (event.allDay && event.startDay && event.endDay) {
      // Calendar days are the same in every zone.
      first = event.startDay;
      last = event.endDay;
      session = 'all-day';
    } else {
      first = dayOf(event.start, tz);
      const endMs = event.end.getTime();
      last = endMs > event.start.getTime() ? dayOf(new Date(endMs - 1), tz) : first;
      session = zonedHour(event.start, tz) < 12 ? 'morning' : 'afternoon';
    }
    const lang = item.language ?? feed.language;
    const add = (set: Set<string>, v: string) => {
      set.add(v);
      if (!langs.has(v)) langs.set(v, lang);
    };
    if (event.organizer?.name) add(organizers, event.organizer.name);
    if (event.audience) add(audiences, event.audience);
    for (const t of item.tags) add(tags, t);
    events.push({ item, event, first, last, session });
  }
  events.sort(compare);
  const byDay = new Map<Day, CalendarEvent[]>();
  const long: CalendarEvent[] = [];
  for (const e of events) {
    const span = daysBetween(e.first, e.last);
    if (span > LONG_SPAN) {
      long.push(e);
      continue;
    }
    for (let d = e.first, i = 0; i <= span; d = addDays(d, 1), i++) {
      let list = byDay.get(d);
      if (!list) byDay.set(d, (list = []));
      list.push(e);
    }
  }
  const sorted = (s: Set<string>) => [...s].sort((a, b) => a.localeCompare(b, 'vi'));
  return {
    events,
    byDay,
    long,
    organizers: sorted(organizers),
    audiences: sorted(audiences),
    tags: sorted(tags),
    langs,
  };
}

export type EventPredicate = (e: CalendarEvent) => boolean;

/** The events on `day`, in display order. */
export function eventsOn(index: EventIndex, day: Day, pass?: EventPredicate): CalendarEvent[] {
  let list = index.byDay.get(day) ?? [];
  const longs = index.long.filter((e) => e.first <= day && e.last >= day);
  if (longs.length) list = [...list, ...longs].sort(compare);
  return pass ? list.filter(pass) : list;
}

/** Events overlapping `from`..`to` (inclusive days), sorted; `to` undefined means open-ended. */
export function eventsBetween(
  index: EventIndex,
  from: Day,
  to: Day | undefined,
  pass?: EventPredicate,
): CalendarEvent[] {
  return index.events.filter((e) => e.last >= from && (to === undefined || e.first <= to) && (!pass || pass(e)));
}

export interface EventFilter {
  organizer?: string | null;
  audience?: string | null;
  tag?: string | null;
  query?: string | null;
}

const searchTexts = new WeakMap<CalendarEvent, string>();

/**
 * Folded title, description, location, organiser, audience and tags. Built on the
 * first search, not with the index: most pages never search, and folding 2,000
 * events costs more than drawing the month.
 */
function searchText(e: CalendarEvent): string {
  let text = searchTexts.get(e);
  if (text === undefined) {
    const { item, event } = e;
    text = foldForSearch(
      [
        item.title,
        item.summary,
        item.contentText,
        event.location?.name,
        event.location?.address,
        event.organizer?.name,
        event.audience,
        ...item.tags,
      ]
        .filter(Boolean)
        .join(' \u0001 '),
    );
    searchTexts.set(e, text);
  }
  return text;
}

/** A predicate for the active filters, or undefined when none is set (the fast path). */
export function filterPredicate(f: EventFilter): EventPredicate | undefined {
  const words = f.query ? foldForSearch(f.query).split(/\s+/).filter(Boolean) : [];
  const organizer = f.organizer ? foldForSearch(f.organizer) : '';
  const audience = f.audience ? foldForSearch(f.audience) : '';
  const tag = f.tag ? foldForSearch(f.tag) : '';
  if (!words.length && !organizer && !audience && !tag) return undefined;
  return (e) =>
    (!organizer || foldForSearch(e.event.organizer?.name ?? '') === organizer) &&
    (!audience || foldForSearch(e.event.audience ?? '') === audience) &&
    (!tag || e.item.tags.some((t) => foldForSearch(t) === tag)) &&
    (!words.length || words.every((w) => searchText(e).includes(w)));
}

/** The session `e` belongs to on `day`: a timed event continuing from an earlier day counts as all-day there. */
export const sessionOn = (e: CalendarEvent, day: Day): Session =>
  e.event.allDay || day !== e.first ? 'all-day' : e.session;
