/**
 * Case 5: repeat visit: time to first news item (from navigation start) on a cold visit and
 * on a reload that renders from the persistent cache; the feed answers after SLOW_MS both times.
 */
import { untilFrame } from '../lib/harness.mjs';

export async function repeatVisit({ browser, origin }) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const first = async () => {
      await page.waitForFunction(() => window.benchReady === true);
      return page.evaluate((untilFrameSrc) => {
        const untilFrame = eval(untilFrameSrc);
        const el = document.querySelector('pw-news-list');
        // Time origin = navigation start, so this is the time to first content.
        return untilFrame(() => el.shadowRoot?.querySelector('[part~="item"]'), 0);
      }, untilFrame);
    };
    await page.goto(`${origin}/repeat.html`, { waitUntil: 'domcontentloaded' });
    const cold = await first();
    await page.waitForNetworkIdle({ idleTime: 200 });
    await page.reload({ waitUntil: 'domcontentloaded' });
    const warm = await first();
    return { cold, warm };
  } finally {
    await context.close();
  }
}
