import type { RawAuthor, RawFeed } from '../../feed/types.js';

/** What the converter writes: the contract's feed plus the JSON Feed 1.1 top-level fields it can fill. */
export type ConvertedFeed = RawFeed & { description?: string; icon?: string; favicon?: string; authors?: RawAuthor[] };
