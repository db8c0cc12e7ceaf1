/**
 * "Đăng ký lịch" / "Subscribe": shown when the feed declares `_pw.ics_url`. A disclosure with a `webcal:`
 * link, Google Calendar's "add by URL" and "copy link" (the share bar's copy: Clipboard API, else
 * `execCommand`, else a field to copy by hand). Plain links: nothing is requested before a click.
 * The panel's code is a lazy chunk (subscribe-panel.ts) loaded on the first click.
 */
import { html, nothing, type ReactiveControllerHost } from 'lit';
import { msg } from '@lit/localize';
import { lazyModule } from '../../base/lazy-module.js';
import type { CopyStatus } from './subscribe-panel.js';

type Panel = typeof import('./subscribe-panel.js');

const panelChunk = lazyModule(() => import('./subscribe-panel.js'));

/** The subscribe disclosure's state (open, copy result) and its template, for the calendar that holds it. */
export class SubscribeController {
  private open = false;
  private status: CopyStatus = '';

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {}

  private get root(): ParentNode {
    return this.host.shadowRoot ?? this.host;
  }

  private async toggle(open = !this.open) {
    if (open && !panelChunk.value && !(await panelChunk.load(this.host, 'the subscription links'))) return;
    this.open = open;
    this.status = '';
    this.host.requestUpdate();
    await this.host.updateComplete;
    if (!open) this.root.querySelector<HTMLElement>('.subscribe-button')?.focus();
  }

  private async copy(panel: Panel, ics: string, button: HTMLElement) {
    const ok = await panel.copyText(ics);
    this.status = ok ? 'copied' : 'copy-failed';
    this.host.requestUpdate();
    await this.host.updateComplete;
    if (ok) button.focus();
    else this.root.querySelector<HTMLInputElement>('.subscribe-field input')?.focus();
  }

  /** The control, or nothing when the feed declares no subscription calendar. */
  render(ics: string | undefined): unknown {
    if (!ics) return nothing;
    const panel = this.open ? panelChunk.value : undefined;
    return html`<div part="subscribe" class="subscribe"
      @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && this.open && (e.stopPropagation(), void this.toggle(false))}>
      <button type="button" part="subscribe-button" class="subscribe-button" aria-expanded=${panel ? 'true' : 'false'}
        aria-controls="subscribe-panel" @click=${() => void this.toggle()}>
        ${msg('Đăng ký lịch', { id: 'training-calendar.subscribe' })}
      </button>
      <div id="subscribe-panel" part="subscribe-panel" class="subscribe-panel" ?hidden=${!panel}>
        ${panel ? panel.renderPanel(ics, this.status, (button) => void this.copy(panel, ics, button)) : nothing}
      </div>
    </div>`;
  }
}
