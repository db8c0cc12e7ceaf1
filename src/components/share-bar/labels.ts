/**
 * The share bar's words: each target's visible text and accessible name,
 * and the status messages, in the current locale.
 */
import { msg, str } from '@lit/localize';
import { addTranslations } from '../../locale/locales.js';
import { translations } from '../../locale/generated/strings/share-bar.js';
import type { ShareTarget } from './share-targets.js';

// The share bar's strings in every locale, registered once, before its first render.
addTranslations(translations);

/** What the live region says after an action. */
export type Status = 'copied' | 'zalo-paste' | 'copy-failed' | 'zalo-loading' | 'zalo-ready';

const BRAND: Partial<Record<ShareTarget, string>> = {
  zalo: 'Zalo',
  facebook: 'Facebook',
  x: 'X',
  linkedin: 'LinkedIn',
};

const shareOn = (name: string): string => msg(str`Chia sẻ lên ${name}`, { id: 'share-bar.on' });

export function visibleText(t: ShareTarget): string {
  switch (t) {
    case 'email':
      return 'Email';
    case 'copy':
      return msg('Sao chép liên kết', { id: 'clipboard.copy' });
    case 'print':
      return msg('In', { id: 'share-bar.print' });
    case 'native':
      return msg('Chia sẻ', { id: 'share-bar.native' });
    default:
      return BRAND[t] ?? t;
  }
}

/** The accessible name; it always contains the visible text. */
export function accessibleName(t: ShareTarget): string {
  switch (t) {
    case 'zalo':
      return shareOn('Zalo');
    case 'facebook':
    case 'x':
    case 'linkedin':
      return `${shareOn(BRAND[t] ?? t)} ${msg('(mở trong thẻ mới)', { id: 'share-bar.new-tab' })}`;
    case 'email':
      return msg('Chia sẻ qua email', { id: 'share-bar.email' });
    case 'copy':
      return msg('Sao chép liên kết', { id: 'clipboard.copy' });
    case 'print':
      return msg('In bài viết', { id: 'share-bar.print-label' });
    case 'native':
      return msg('Chia sẻ qua ứng dụng khác', { id: 'share-bar.native-label' });
  }
}

export function statusText(status?: Status): string {
  switch (status) {
    case 'copied':
      return msg('Đã sao chép liên kết', { id: 'clipboard.copied' });
    case 'zalo-paste':
      return msg('Đã sao chép liên kết. Hãy dán vào Zalo để chia sẻ.', { id: 'share-bar.zalo-paste' });
    case 'copy-failed':
      return msg('Không sao chép được liên kết. Hãy chọn và sao chép liên kết dưới đây.', {
        id: 'clipboard.copy-failed',
      });
    case 'zalo-loading':
      return msg('Đang tải nút chia sẻ của Zalo…', { id: 'share-bar.zalo-loading' });
    case 'zalo-ready':
      return msg('Nút chia sẻ của Zalo đã sẵn sàng. Hãy bấm vào nút đó để chia sẻ.', { id: 'share-bar.zalo-ready' });
    default:
      return '';
  }
}
