import { PwShareBar } from './share-bar.js';

export { PwShareBar };
export type { ShareStartDetail, ShareDetail } from './share-bar.js';
export type { ShareTarget, ShareData } from './share-targets.js';

PwShareBar.define('pw-share-bar');

declare global {
  interface HTMLElementTagNameMap {
    'pw-share-bar': PwShareBar;
  }
}
