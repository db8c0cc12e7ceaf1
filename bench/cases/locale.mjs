/**
 * Case 4: locale switch with all five elements on the page (sample feed, `{lang}` URLs): from
 * setLocale('en') to the first frame where every widget is in English, not updating, and
 * shows no skeleton.
 */
import { open, untilFrame } from '../lib/harness.mjs';

export async function localeSwitch(ctx) {
  const { page, errors, close } = await open(ctx, '/five.html');
  try {
    const ms = await page.evaluate(async (untilFrameSrc) => {
      const untilFrame = eval(untilFrameSrc);
      const tags = ['pw-language-switcher', 'pw-article-card', 'pw-share-bar', 'pw-news-list', 'pw-training-calendar'];
      const els = tags.map((t) => document.querySelector(t));
      const settled = (lang) =>
        els.every((el) => {
          const root = el?.shadowRoot;
          if (!root || el.isUpdatePending || root.querySelector('.skeleton')) return false;
          const bases = [...root.querySelectorAll('[part~="base"][lang]')];
          return bases.every((b) => b.lang.startsWith(lang));
        });
      await untilFrame(() => settled('vi'), performance.now());
      const t0 = performance.now();
      window.PW.setLocale('en', { persist: false });
      return untilFrame(() => settled('en'), t0);
    }, untilFrame);
    if (errors.length) throw new Error(errors.join('; '));
    return { ms };
  } finally {
    await close();
  }
}
