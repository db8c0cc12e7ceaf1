/** Types for shift.mjs (plain JavaScript so that the Node demo server runs it without a build). */
export const ANCHOR_MONDAY: string;
export const FIXED_EVENT_IDS: Set<string>;
export function vietnamToday(now?: Date): string;
export function weeksSinceAnchor(today: string): number;
export function shiftDate<T>(value: T, days: number): T;
export function shiftFeed<T>(feed: T, today?: string): T;
