/**
 * Pure rules of the loader's persistent cache (no storage, no clock of its own).
 */

/**
 * The saved-at time of a stored copy as the loader reports it: the stored
 * timestamp when it is a finite number, else 0 (unknown).
 */
export function savedAtOf(t: unknown): number {
  return typeof t === 'number' && Number.isFinite(t) ? t : 0;
}

/**
 * Whether a copy saved at `savedAt` is still fresh at `now`. A copy from the
 * future (saved while the device clock was ahead), or with no valid timestamp,
 * is never fresh: otherwise it would never be refreshed.
 */
export function isFresh(savedAt: number, now: number, maxAgeMs: number): boolean {
  const age = now - savedAt;
  if (!Number.isFinite(savedAt) || savedAt <= 0 || !(age >= 0)) return false;
  return !(age >= maxAgeMs);
}

/**
 * The use order of the stored copies, kept in a small key of its own so that
 * eviction never has to read (or parse) the copies themselves: `[url, chars]`
 * pairs, least recently used first, where `chars` is the copy's key length
 * plus value length.
 */
export type UseIndex = [url: string, chars: number][];

/** Reads a stored index, tolerating damage: anything malformed is left out. */
export function parseUseIndex(raw: string | null): UseIndex {
  let data: unknown;
  try {
    data = raw ? JSON.parse(raw) : [];
  } catch {
    return [];
  }
  if (!Array.isArray(data)) return [];
  const seen = new Set<string>();
  const index: UseIndex = [];
  // Walk from the most recent end so that a duplicate keeps its latest position.
  for (let i = data.length - 1; i >= 0; i--) {
    const pair: unknown = data[i];
    if (!Array.isArray(pair) || typeof pair[0] !== 'string' || typeof pair[1] !== 'number' || !(pair[1] >= 0)) continue;
    if (seen.has(pair[0])) continue;
    seen.add(pair[0]);
    index.unshift([pair[0], pair[1]]);
  }
  return index;
}

/** `url` moved to the most recent end (with its new size when given). Unknown urls need a size. */
export function markUsed(index: UseIndex, url: string, chars?: number): UseIndex {
  const old = index.find(([u]) => u === url);
  const size = chars ?? old?.[1];
  const rest = index.filter(([u]) => u !== url);
  return size === undefined ? rest : [...rest, [url, size]];
}

/** Characters the index itself takes in storage under `key`. */
export const indexChars = (key: string, index: UseIndex): number => key.length + JSON.stringify(index).length;

/**
 * The least recently used urls to evict so that `index` (whose last entry is
 * the copy about to be written, which is never evicted) and the index key
 * itself take at most `cap` characters. Returns null when even that copy
 * alone does not fit.
 */
export function evictionsFor(index: UseIndex, indexKey: string, cap: number): string[] | null {
  let kept = index;
  const evict: string[] = [];
  const total = (i: UseIndex) => i.reduce((sum, [, chars]) => sum + chars, 0) + indexChars(indexKey, i);
  while (total(kept) > cap) {
    if (kept.length <= 1) return null;
    evict.push(kept[0]![0]);
    kept = kept.slice(1);
  }
  return evict;
}
