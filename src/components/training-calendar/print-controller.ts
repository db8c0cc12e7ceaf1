/**
 * Printing: between `beforeprint` and `afterprint` the element also renders
 * the period as a list (the grid and the week table do not print well).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class PrintController implements ReactiveController {
  /** True while the page is being printed. */
  printing = false;

  /**
   * @param host the element
   * @param renderNow renders the host synchronously (its `performUpdate`)
   */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly renderNow: () => void,
  ) {
    host.addController(this);
  }

  /** `beforeprint` and `afterprint` (this object is their listener). */
  handleEvent(e: Event): void {
    this.printing = e.type === 'beforeprint';
    this.host.requestUpdate();
    // Print layout happens right after beforeprint: render now, not in a microtask.
    if (this.printing) this.renderNow();
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this);
    window.addEventListener('afterprint', this);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this);
    window.removeEventListener('afterprint', this);
  }
}
