/**
 * ical.js, as the event commands use it: X-WR-CALNAME and X-WR-CALDESC are text (as RFC 7986's
 * NAME and DESCRIPTION that replace them), so ical.js escapes them on writing and unescapes them
 * on reading like SUMMARY; unknown X- properties are otherwise written raw, and a calendar name
 * could then start new lines (properties, events) of the subscription calendar.
 */
import ICAL from 'ical.js';

const properties = ICAL.design.icalendar.property as Record<string, { defaultType: string }>;
for (const name of ['x-wr-calname', 'x-wr-caldesc']) properties[name] = { defaultType: 'text' };

export default ICAL;
