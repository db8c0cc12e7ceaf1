/**
 * The last good items of each source, kept in the state folder (beside `out`, never served): when a source
 * fails, the run publishes these instead, so a portal that is down at 3 a.m. does not empty every agency's
 * widget.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RawFeed } from '../../feed/types.js';
import type { SourceKind } from './sources.js';
import { writeAtomic } from './files.js';

/** A source's last good conversion. */
export interface LastGood {
  source: string;
  kind: SourceKind;
  /** When it was read, RFC 3339. */
  read: string;
  feed: RawFeed;
}

const fileOf = (state: string, edition: string, source: string) =>
  join(state, 'sources', edition, `${createHash('sha256').update(source).digest('hex').slice(0, 16)}.json`);

/** The last good copy of `source` for the edition (`portal.vi`), if any. */
export async function readLastGood(state: string, edition: string, source: string): Promise<LastGood | undefined> {
  try {
    const copy = JSON.parse(await readFile(fileOf(state, edition, source), 'utf8')) as LastGood;
    return copy.source === source && Array.isArray(copy.feed?.items) ? copy : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps `copy` as the source's last good copy. */
export async function saveLastGood(state: string, edition: string, copy: LastGood): Promise<void> {
  await writeAtomic(fileOf(state, edition, copy.source), `${JSON.stringify(copy)}\n`);
}
