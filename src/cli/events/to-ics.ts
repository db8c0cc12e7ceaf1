/**
 * `to-ics`: a feed → one subscription calendar with every event, written with
 * ical.js. UIDs are the widget's own (src/shared/event-uid.ts), so a reader who
 * added one event from the widget and then subscribes gets no duplicate.
 */
import ICAL from './ical.js';
import type { Feed, FeedItem, TrainingEvent } from '../../feed/types.js';
import { addDays, VIETNAM_TIME_ZONE, zonedParts, zoneOffsetMinutes } from '../../shared/dates.js';
import { eventUid, ICS_STATUS, VTIMEZONE_LINES } from '../../shared/event-uid.js';

export interface ToIcsOptions {
  /** The calendar's name (X-WR-CALNAME). */
  name: string;
  /** The feed's published URL: its host goes into the UIDs, as in the widget. */
  feedUrl: string;
  now?: Date;
}

/**
 * Text as an iCalendar TEXT value may hold it: line breaks of every kind (CR, CRLF, NEL, U+2028,
 * U+2029) become LF, which ical.js then escapes as `\\n`, and the other control characters (NUL, VT,
 * FF, ESC, C1…) go; a bare CR is a line break to some readers, so none reaches the file.
 */
export const icsText = (s: string): string =>
  s
    .replace(/\r\n?|[\u0085\u2028\u2029]/g, '\n')
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '');

/** THE text writer: every TEXT property of the calendar (names, titles, places, descriptions) goes through it. */
function addText(component: ICAL.Component, name: string, value: string): ICAL.Property {
  const property = new ICAL.Property(name, component);
  property.resetType('text');
  property.setValue(icsText(value));
  return component.addProperty(property);
}

const utcTime = (d: Date) => ICAL.Time.fromJSDate(d, true);

/** Vietnam's wall clock under the VTIMEZONE, or UTC where the zone database's offset was not +07:00 (before 13 June 1975). */
function setDateTime(vevent: ICAL.Component, name: string, date: Date): void {
  if (zoneOffsetMinutes(date, VIETNAM_TIME_ZONE) !== 420) {
    vevent.addPropertyWithValue(name, utcTime(date));
    return;
  }
  const p = zonedParts(date);
  const time = ICAL.Time.fromData({
    year: p.year,
    month: p.month,
    day: p.day,
    hour: p.hour,
    minute: p.minute,
    second: date.getUTCSeconds(),
  });
  vevent.addPropertyWithValue(name, time).setParameter('tzid', VIETNAM_TIME_ZONE);
}

const dayTime = (day: string) => ICAL.Time.fromDateString(day);

function vevent(
  item: FeedItem & { event: TrainingEvent },
  { feedUrl, now = new Date() }: ToIcsOptions,
): ICAL.Component {
  const e = item.event;
  const v = new ICAL.Component('vevent');
  addText(v, 'uid', eventUid(item, feedUrl));
  v.addPropertyWithValue('dtstamp', utcTime(now));
  if (e.allDay && e.startDay && e.endDay) {
    v.addPropertyWithValue('dtstart', dayTime(e.startDay));
    v.addPropertyWithValue('dtend', dayTime(addDays(e.endDay, 1)));
  } else {
    setDateTime(v, 'dtstart', e.start);
    if (e.end.getTime() > e.start.getTime()) setDateTime(v, 'dtend', e.end);
  }
  addText(v, 'summary', item.title);
  const place = [e.location?.name, e.location?.address].filter(Boolean).join(', ') || e.onlineUrl;
  const description = [item.summary ?? item.contentText, e.onlineUrl && e.onlineUrl !== place ? e.onlineUrl : '']
    .filter(Boolean)
    .join('\n\n');
  if (description) addText(v, 'description', description);
  if (place) addText(v, 'location', place);
  if (e.organizer?.name && e.organizer.url?.startsWith('mailto:'))
    v.addPropertyWithValue('organizer', e.organizer.url)
      // A parameter has no escapes for line breaks (RFC 6868's ^n aside): the name stays on one line.
      .setParameter('cn', icsText(e.organizer.name).replace(/\n/g, ' '));
  if (item.url && /^https?:/.test(item.url)) v.addPropertyWithValue('url', item.url);
  const modified = item.dateModified ?? item.datePublished;
  if (modified) v.addPropertyWithValue('last-modified', utcTime(modified));
  v.addPropertyWithValue('status', ICS_STATUS[e.status]);
  v.addPropertyWithValue('transp', 'OPAQUE');
  return v;
}

/** The subscription calendar, CRLF-terminated and folded at 75 octets. */
export function feedToIcs(feed: Feed, options: ToIcsOptions): { ics: string; events: number } {
  const cal = new ICAL.Component('vcalendar');
  cal.addPropertyWithValue('version', '2.0');
  cal.addPropertyWithValue(
    'prodid',
    `-//provincial-widgets//to-ics//${(feed.language ?? 'vi').split('-')[0]!.toUpperCase()}`,
  );
  cal.addPropertyWithValue('calscale', 'GREGORIAN');
  cal.addPropertyWithValue('method', 'PUBLISH');
  addText(cal, 'x-wr-calname', options.name);
  cal.addPropertyWithValue('x-wr-timezone', VIETNAM_TIME_ZONE);
  // How often subscribers re-read the calendar: RFC 7986, and the older name Outlook reads.
  const hour = ICAL.Duration.fromString('PT1H');
  cal.addPropertyWithValue('refresh-interval', hour); // ical.js writes its VALUE=DURATION
  cal.addPropertyWithValue('x-published-ttl', 'PT1H');
  cal.addSubcomponent(new ICAL.Component(ICAL.parse(VTIMEZONE_LINES.join('\r\n'))));
  const events = feed.items.filter((i): i is FeedItem & { event: TrainingEvent } => !!i.event);
  for (const item of events) cal.addSubcomponent(vevent(item, options));
  // ical.js folds at 75 octets before the leading space of a continuation line: 74 keeps every line within 75.
  const fold = ICAL.foldLength;
  ICAL.foldLength = 74;
  try {
    return { ics: `${cal.toString()}\r\n`, events: events.length };
  } finally {
    ICAL.foldLength = fold;
  }
}
