/**
 * "Đăng ký lịch" / "Subscribe": shown when the feed declares `_pw.ics_url`. A disclosure with a `webcal:`
 * link, Google Calendar's "add by URL" and "copy link" (the share bar's copy: Clipboard API, else
 * `execCommand`, else a field to copy by hand). Plain links: nothing is requested before a click.
 */
import { html, nothing, type ReactiveControllerHost } from 'lit';
import { msg } from '@lit/localize';
import { copyText } from '../../base/clipboard.js';

type CopyStatus = '' | 'copied' | 'copy-failed';

/** `https://host/x.ics` → `webcal://host/x.ics`: calendar apps open it as a subscription. */
export const webcalUrl = (ics: string): string => ics.replace(/^https?:/i, 'webcal:');

/** Google Calendar's "add by URL" page for a subscription. */
export const googleSubscribeUrl = (ics: string): string =>
  `https://calendar.google.com/calendar/r?cid=${encodeURIComponent(webcalUrl(ics))}`;

/** The subscribe disclosure's state (open, copy result) and its template. */
export class SubscribeControl {
  private open = false;
  private status: CopyStatus = '';

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {}

  private get root(): ParentNode {
    return this.host.shadowRoot ?? this.host;
  }

  private async toggle(open = !this.open) {
    this.open = open;
    this.status = '';
    this.host.requestUpdate();
    await this.host.updateComplete;
    if (!open) this.root.querySelector<HTMLElement>('.subscribe-button')?.focus();
  }

  private async copy(ics: string, button: HTMLElement) {
    this.status = '';
    this.host.requestUpdate();
    await this.host.updateComplete;
    const ok = await copyText(ics);
    this.status = ok ? 'copied' : 'copy-failed';
    this.host.requestUpdate();
    await this.host.updateComplete;
    if (ok) button.focus();
    else this.root.querySelector<HTMLInputElement>('.subscribe-field input')?.focus();
  }

  /** The control, or nothing when the feed declares no subscription calendar. */
  render(ics: string | undefined): unknown {
    if (!ics) return nothing;
    const copyLabel = msg('Sao chép liên kết', { id: 'share-bar.copy' });
    return html`<div part="subscribe" class="subscribe"
      @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && this.open && (e.stopPropagation(), void this.toggle(false))}>
      <button type="button" part="subscribe-button" class="subscribe-button" aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="subscribe-panel" @click=${() => void this.toggle()}>
        ${msg('Đăng ký lịch', { id: 'training-calendar.subscribe' })}
      </button>
      <div id="subscribe-panel" part="subscribe-panel" class="subscribe-panel" ?hidden=${!this.open}>
        <ul>
          <li><a part="subscribe-webcal" href=${webcalUrl(ics)}>${msg('Mở bằng ứng dụng lịch', { id: 'training-calendar.subscribe-webcal' })}</a></li>
          <li><a part="subscribe-google" href=${googleSubscribeUrl(ics)} target="_blank" rel="noopener noreferrer">${msg('Đăng ký bằng Google Calendar', { id: 'training-calendar.subscribe-google' })}</a></li>
          <li><button type="button" part="subscribe-copy" class="link-button"
            @click=${(e: MouseEvent) => void this.copy(ics, e.currentTarget as HTMLElement)}>${copyLabel}</button></li>
        </ul>
        <p part="subscribe-status" class="subscribe-status" role="status">${
          this.status === 'copied'
            ? msg('Đã sao chép liên kết', { id: 'share-bar.copied' })
            : this.status === 'copy-failed'
              ? msg('Không sao chép được liên kết. Hãy chọn và sao chép liên kết dưới đây.', {
                  id: 'share-bar.copy-failed',
                })
              : ''
        }</p>
        ${
          this.status === 'copy-failed'
            ? html`<label class="subscribe-field"><span>${msg('Liên kết đăng ký lịch', { id: 'training-calendar.subscribe-link' })}</span>
              <input type="text" readonly .value=${ics} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} /></label>`
            : nothing
        }
      </div>
    </div>`;
  }
}
