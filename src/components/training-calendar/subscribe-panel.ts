/**
 * The subscription links behind "Đăng ký lịch", in their own chunk: the calendar loads it on the first
 * click of the button, so pages whose readers never subscribe don't download it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { copyText } from '../../base/clipboard.js';
import { newTabHint } from './labels.js';

/** The result of the last "copy link". */
export type CopyStatus = '' | 'copied' | 'copy-failed';

/** `https://host/x.ics` → `webcal://host/x.ics`: calendar apps open it as a subscription. */
export const webcalUrl = (ics: string): string => ics.replace(/^https?:/i, 'webcal:');

/** Google Calendar's "add by URL" page for a subscription. */
export const googleSubscribeUrl = (ics: string): string =>
  `https://calendar.google.com/calendar/r?cid=${encodeURIComponent(webcalUrl(ics))}`;

export { copyText };

/** The links, the copy button, its live region and (after a failed copy) the field to copy by hand. */
export function renderPanel(ics: string, status: CopyStatus, copy: (button: HTMLElement) => void): TemplateResult {
  return html`<ul>
      <li><a part="subscribe-webcal" href=${webcalUrl(ics)}>${msg('Mở bằng ứng dụng lịch', { id: 'training-calendar.subscribe-webcal' })}</a></li>
      <li><a part="subscribe-google" href=${googleSubscribeUrl(ics)} target="_blank" rel="noopener noreferrer">${msg('Đăng ký bằng Google Calendar', { id: 'training-calendar.subscribe-google' })}${newTabHint()}</a></li>
      <li><button type="button" part="subscribe-copy" class="link-button"
        @click=${(e: MouseEvent) => copy(e.currentTarget as HTMLElement)}>${msg('Sao chép liên kết', { id: 'clipboard.copy' })}</button></li>
    </ul>
    <p part="subscribe-status" class="subscribe-status" role="status">${
      status === 'copied'
        ? msg('Đã sao chép liên kết', { id: 'clipboard.copied' })
        : status === 'copy-failed'
          ? msg('Không sao chép được liên kết. Hãy chọn và sao chép liên kết dưới đây.', {
              id: 'clipboard.copy-failed',
            })
          : ''
    }</p>
    ${
      status === 'copy-failed'
        ? html`<label class="subscribe-field"><span>${msg('Liên kết đăng ký lịch', { id: 'training-calendar.subscribe-link' })}</span>
          <input type="text" readonly .value=${ics} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} /></label>`
        : nothing
    }`;
}
