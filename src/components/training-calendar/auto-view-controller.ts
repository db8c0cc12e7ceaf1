/**
 * The automatic view: `month` when the element is at least 600px wide, `list`
 * when narrower. Used only while the `view` attribute is not set.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CalendarView } from './grid.js';

/** Width (px) from which the month grid is the default view. */
export const MONTH_MIN_WIDTH = 600;

export class AutoViewController implements ReactiveController {
  /** The width-based view. */
  value: CalendarView = 'month';

  private resizeObserver?: ResizeObserver;
  private probe?: HTMLElement;

  /**
   * @param host the element
   * @param probeElement the box to observe while the width decides the view, else undefined
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly probeElement: () => HTMLElement | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.hostUpdated();
  }

  hostDisconnected(): void {
    this.hostUpdated();
  }

  /**
   * Width decides the view only when `view` is not set: observe exactly then. The observed box is
   * an empty probe as wide as the element, not the element: its height never changes, so a render
   * that changes our height right after the callback cannot start a ResizeObserver loop.
   */
  hostUpdated(): void {
    const probe = typeof ResizeObserver === 'undefined' || !this.host.isConnected ? undefined : this.probeElement();
    if (probe === this.probe) return;
    this.resizeObserver?.disconnect();
    this.probe = probe;
    if (!probe) return;
    this.resizeObserver ??= new ResizeObserver((entries) => {
      const width = entries[entries.length - 1]!.contentRect.width;
      // Next frame: switching views inside the callback would resize us within the same frame.
      if (width > 0) {
        requestAnimationFrame(() => {
          const view = width >= MONTH_MIN_WIDTH ? 'month' : 'list';
          if (view !== this.value) {
            this.value = view;
            this.host.requestUpdate();
          }
        });
      }
    });
    this.resizeObserver.observe(probe);
  }
}
