import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { lazyModule } from '../../base/lazy-module.js';
import type { LunarView } from './views/common.js';

/** The lunar module's chunk: `render` and a pre-rendered calendar load it before their first render. */
export const lunarChunk = lazyModule(() => import('./lunar.js'));

/**
 * Loads `lunar.js` (its own chunk) the first time a calendar asks for lunar dates, then re-renders the
 * host. A failed load (offline, a missing chunk) leaves the calendar without them and is retried next time.
 */
export class LunarController implements ReactiveController {
  /** The module, once loaded (by this calendar or another). */
  get value(): LunarView | undefined {
    return lunarChunk.value;
  }

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly wanted: () => boolean,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    if (lunarChunk.value || !this.wanted()) return;
    void lunarChunk.load(this.host, 'the lunar dates').then((m) => m && this.host.requestUpdate());
  }
}
