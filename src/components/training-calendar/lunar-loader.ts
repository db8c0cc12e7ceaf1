import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LunarView } from './views/common.js';

let loading: Promise<LunarView> | undefined;
let loaded: LunarView | undefined;

/** Loads the lunar module once per page (or server render); resolves to it. */
export function loadLunar(): Promise<LunarView> {
  if (!loading) {
    loading = import('./lunar.js').then((m) => (loaded = m));
    loading.catch(() => (loading = undefined));
  }
  return loading;
}

/**
 * Loads `lunar.js` (its own chunk) the first time a calendar asks for lunar dates, then re-renders the
 * host. A failed load (offline, a missing chunk) leaves the calendar without them and is retried next time.
 */
export class LunarLoader implements ReactiveController {
  /** The module, once loaded (by this calendar or another). */
  get value(): LunarView | undefined {
    return loaded;
  }

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly wanted: () => boolean,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    if (loaded || !this.wanted()) return;
    loadLunar().then(
      () => this.host.requestUpdate(),
      (err: unknown) => console.warn('[pw-training-calendar] lunar dates could not be loaded:', err),
    );
  }
}
