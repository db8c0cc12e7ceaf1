/**
 * The feed contract: JSON Feed 1.1 (1.0 accepted) with the `_pw` item extension.
 * Raw* types describe the JSON as published; the others are what the parser
 * hands to widgets: validated, NFC-normalized, URLs absolute, dates parsed.
 */
import type { Day } from '../shared/dates.js';

export interface RawAuthor {
  name?: string;
  url?: string;
  avatar?: string;
}

export interface RawEvent {
  start: string;
  end?: string;
  all_day?: boolean;
  status?: EventStatus;
  location?: string | { name?: string; address?: string };
  online_url?: string;
  organizer?: { name?: string; url?: string };
  audience?: string;
  registration?: { url?: string; deadline?: string; capacity?: number };
}

export interface RawItem {
  id: string;
  url?: string;
  external_url?: string;
  title?: string;
  summary?: string;
  content_html?: string;
  content_text?: string;
  image?: string;
  banner_image?: string;
  date_published?: string;
  date_modified?: string;
  authors?: RawAuthor[];
  /** JSON Feed 1.0 */
  author?: RawAuthor;
  tags?: string[];
  language?: string;
  _pw?: {
    image_alt?: string;
    translations?: Record<string, { url: string; title?: string }>;
    event?: RawEvent;
  };
}

export interface RawFeed {
  version: string;
  title?: string;
  home_page_url?: string;
  feed_url?: string;
  next_url?: string;
  language?: string;
  /** The feed-level extension: `ics_url`, the subscription calendar; other members are kept as published. */
  _pw?: { ics_url?: string; [member: string]: unknown };
  items: RawItem[];
}

export type EventStatus = 'scheduled' | 'cancelled' | 'postponed' | 'rescheduled';

export interface Author {
  name?: string;
  url?: string;
}

export interface Translation {
  url: string;
  title?: string;
}

export interface EventLocation {
  name?: string;
  address?: string;
}

export interface Registration {
  url?: string;
  deadline?: Date;
  capacity?: number;
}

/** A training event. Instants are absolute; all-day events also keep their calendar days. */
export interface TrainingEvent {
  /** Start instant. For all-day events: 00:00 Vietnam time on `startDay`. */
  start: Date;
  /** End instant (exclusive). Defaults to `start` for timed events without an end. */
  end: Date;
  allDay: boolean;
  /** `YYYY-MM-DD`, set for all-day events. */
  startDay?: Day;
  /** `YYYY-MM-DD`, inclusive last day, set for all-day events. */
  endDay?: Day;
  status: EventStatus;
  location?: EventLocation;
  onlineUrl?: string;
  organizer?: Author;
  audience?: string;
  registration?: Registration;
}

export interface FeedItem {
  id: string;
  /** Position in the published feed; a stable tie-breaker for sorting. */
  index: number;
  url?: string;
  externalUrl?: string;
  title: string;
  summary?: string;
  /** Untrusted HTML. Render only through the sanitizer. */
  contentHtml?: string;
  contentText?: string;
  image?: string;
  imageAlt?: string;
  bannerImage?: string;
  datePublished?: Date;
  dateModified?: Date;
  authors: Author[];
  tags: string[];
  language?: string;
  translations: Record<string, Translation>;
  event?: TrainingEvent;
}

export interface Feed {
  /** Absolute URL the feed was loaded from; base for relative URLs. */
  url: string;
  version: string;
  title?: string;
  homePageUrl?: string;
  nextUrl?: string;
  language?: string;
  /** `_pw.ics_url`: the published subscription calendar (absolute http(s)). */
  icsUrl?: string;
  items: FeedItem[];
}
