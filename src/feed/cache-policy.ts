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
