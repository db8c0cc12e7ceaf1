/**
 * Case 1 and 2: calendar month render with n events, from element creation to the first
 * animation frame with event elements in the DOM, and the JS heap after it (forced GC).
 * FullCalendar renders the same JSON (fetched and mapped to its event objects) with
 * dayMaxEvents 3, like our grid.
 */
import { MONTH } from '../lib/feeds.mjs';
import { open, startProfile, untilFrame } from '../lib/harness.mjs';

async function measure(ctx, path, n, profile, render) {
  const { page, cdp, heap, errors, close } = await open(ctx, path);
  try {
    const before = await heap();
    if (profile) await startProfile(cdp);
    const ms = await page.evaluate(render, `${ctx.origin}/feeds/calendar-${n}.json`, MONTH, untilFrame);
    const cpuProfile = profile ? (await cdp.send('Profiler.stop')).profile : undefined;
    const after = await heap();
    if (errors.length) throw new Error(errors.join('; '));
    return { ms, heap: after, heapDelta: after - before, cpuProfile };
  } finally {
    await close();
  }
}

/** <pw-training-calendar view="month">; `profile` uses the unminified build under the profiler. */
export const pwCalendar = (ctx, n, profile = false) =>
  measure(ctx, profile ? '/pw-debug.html' : '/pw.html', n, profile, async (url, month, untilFrameSrc) => {
    const untilFrame = eval(untilFrameSrc);
    const t0 = performance.now();
    const el = document.createElement('pw-training-calendar');
    el.setAttribute('src', url);
    el.setAttribute('month', month);
    el.setAttribute('view', 'month');
    document.getElementById('stage').append(el);
    return untilFrame(() => el.shadowRoot?.querySelector('[part~="event"]'), t0);
  });

/** FullCalendar's month view on the same feed (bench/fullcalendar-entry.js). */
export const fcCalendar = (ctx, n, profile = false) =>
  measure(ctx, '/fc.html', n, profile, async (url, month, untilFrameSrc) => {
    const untilFrame = eval(untilFrameSrc);
    const t0 = performance.now();
    const el = document.createElement('div');
    document.getElementById('stage').append(el);
    window.renderFullCalendar(el, url, month);
    return untilFrame(() => el.querySelector('.bench-event'), t0);
  });
