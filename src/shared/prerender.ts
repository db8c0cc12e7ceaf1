/**
 * What `provincial-widgets render` leaves in a pre-rendered element's shadow root for the script that
 * adopts it: the feed it rendered and when it was fetched, in `<script type="application/json"
 * data-pw-prerender>` (data, never run).
 */

/** The attribute that marks the data script. */
export const PRERENDER_DATA = 'data-pw-prerender';

/** The data script's content. */
export interface PrerenderData {
  /** The element's `src` as written in the page. */
  src: string;
  /** The language it was rendered in (`{lang}`). */
  lang: string;
  /** When the feed was fetched, ms since the epoch. */
  t: number;
  /** The feed as published (JSON Feed). */
  feed: unknown;
}
