/**
 * Copies text with the Clipboard API, falling back to a hidden textarea and
 * `execCommand('copy')`: `navigator.clipboard` only exists on HTTPS pages,
 * and some agency sites are still served over plain HTTP. Its strings (copy link, copied, failed)
 * are shared by the share bar and the calendar's subscribe panel.
 */
import { addTranslations } from '../locale/locales.js';
import { translations } from '../locale/generated/strings/clipboard.js';

addTranslations(translations);

export async function copyText(text: string): Promise<boolean> {
  const clipboard = (navigator as Navigator & { clipboard?: Clipboard }).clipboard;
  if (typeof clipboard?.writeText === 'function') {
    try {
      await clipboard.writeText(text);
      return true;
    } catch {
      /* permission denied or document not focused: try the fallback */
    }
  }
  return legacyCopy(text);
}

function legacyCopy(text: string): boolean {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.setAttribute('aria-hidden', 'true');
  area.style.cssText =
    'position:fixed;top:0;left:0;width:1px;height:1px;padding:0;border:0;opacity:0;pointer-events:none;';
  document.body.appendChild(area);
  try {
    area.select();
    area.setSelectionRange(0, text.length);
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}
