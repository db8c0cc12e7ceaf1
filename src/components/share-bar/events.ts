/** The share bar's event: its detail type, and its place in PwEventMap. */
import type { ShareData, ShareTarget } from './share-targets.js';

/** Detail of `pw-share-start`: which target the reader chose and what is shared. */
export interface ShareStartDetail extends ShareData {
  target: ShareTarget;
}

/** @deprecated Renamed `ShareStartDetail` after its event, `pw-share-start` (works until 0.3). */
export type ShareDetail = ShareStartDetail;

declare module '../../base/events.js' {
  interface PwEventMap {
    /** The reader activated a share target. Cancelable: `preventDefault()` skips the bar's own action. */
    'pw-share-start': ShareStartDetail;
    /** @deprecated Renamed `pw-share-start` (still fired after it until 0.3). */
    'pw-share': ShareStartDetail;
  }
}
