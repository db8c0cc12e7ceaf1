import type { RawAuthor, RawFeed } from '../../feed/types.js';

/** A guess, a gap or a problem in a command's output, printed as `note <path>: <message>`. */
export interface Note {
  /** Where in the output, e.g. `items[3].date_published`. */
  path: string;
  message: string;
}

/** What the converter writes: the contract's feed plus the JSON Feed 1.1 top-level fields it can fill. */
export type ConvertedFeed = RawFeed & { description?: string; icon?: string; favicon?: string; authors?: RawAuthor[] };
