import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LunarView } from './views/common.js';

let loading: Promise<LunarView> | undefined;

/**
 * Loads `lunar.js` (its own chunk) the first time a calendar asks for lunar dates, then re-renders the
 * host. A failed load (offline, a missing chunk) leaves the calendar without them and is retried next time.
 */
export class LunarController implements ReactiveController {
  /** The module, once loaded. */
  value?: LunarView;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly wanted: () => boolean,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    if (this.value || !this.wanted()) return;
    if (!loading) {
      loading = import('./lunar.js');
      loading.catch(() => (loading = undefined));
    }
    loading.then(
      (m) => {
        if (this.value) return;
        this.value = m;
        this.host.requestUpdate();
      },
      (err: unknown) => console.warn('[pw-training-calendar] lunar dates could not be loaded:', err),
    );
  }
}
