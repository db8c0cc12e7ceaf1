import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Where a {@link TaskController} is: not started, running, done, or failed. */
export type TaskState = 'initial' | 'pending' | 'complete' | 'error';

/**
 * The part of `@lit/task` the widgets use, at a third of its bytes: before each update of the host,
 * runs `fn` when `args()` has changed (compared element by element), aborting the run in progress,
 * and updates the host when the latest run settles. An earlier run's outcome is ignored.
 */
export class TaskController<A extends readonly unknown[], R> implements ReactiveController {
  state: TaskState = 'initial';
  /** The latest run's value (undefined after an error). */
  value?: R;
  /** The latest run's error. */
  error?: unknown;
  private last?: A;
  private abortController?: AbortController;
  private call = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly fn: (args: A, signal: AbortSignal) => Promise<R>,
    private readonly args: () => A,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const args = this.args();
    const last = this.last;
    if (!last || args.some((a, i) => !Object.is(a, last[i]))) void this.run(args);
  }

  /** Runs now (with the current arguments unless given), aborting a run in progress. */
  async run(args: A = this.args()): Promise<void> {
    this.last = args;
    if (this.state === 'pending') this.abortController?.abort();
    const call = ++this.call;
    const controller = (this.abortController = new AbortController());
    this.state = 'pending';
    this.host.requestUpdate();
    let value: R | undefined;
    let error: unknown;
    let failed = false;
    try {
      value = await this.fn(args, controller.signal);
    } catch (e) {
      failed = true;
      error = e;
    }
    if (call !== this.call) return;
    this.state = failed ? 'error' : 'complete';
    this.value = value;
    this.error = error;
    this.host.requestUpdate();
  }

  /** Aborts the run in progress; it settles as an error unless a newer run replaced it. */
  abort(): void {
    if (this.state === 'pending') this.abortController?.abort();
  }
}
