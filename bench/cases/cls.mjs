/**
 * Case 6: cumulative layout shift (PerformanceObserver 'layout-shift') on the demo page,
 * served by `npm start`'s server on a free port, while feeds and images load.
 */
import { spawn } from 'node:child_process';
import { root } from '../../scripts/lib/cdn-build.mjs';
import { freePort } from '../../scripts/lib/free-port.mjs';

/** Starts scripts/serve-demo.mjs and resolves with its URL once it answers. */
async function startDemo(child, base) {
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`demo server exited: ${log.trim().slice(-300)}`);
    try {
      if ((await fetch(base)).ok) return;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) throw new Error('demo server did not start');
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** In the page before any script: sums the layout shifts and keeps what moved. */
function observeShifts() {
  window.__cls = 0;
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.hadRecentInput) continue;
      window.__cls += e.value;
      const describe = (n) =>
        n
          ? `${n.nodeName.toLowerCase()}${n.id ? `#${n.id}` : ''}${n.classList?.length ? `.${[...n.classList].join('.')}` : ''}`
          : '?';
      window.__shifts.push({
        value: e.value,
        at: Math.round(e.startTime),
        sources: (e.sources ?? []).map(
          (s) =>
            `${describe(s.node)} y ${Math.round(s.previousRect.y)}→${Math.round(s.currentRect.y)} h ${Math.round(s.previousRect.height)}→${Math.round(s.currentRect.height)}`,
        ),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/** `runs` visits after one warm-up: [{ cls, shifts }]. */
export async function demoCls({ browser }, runs) {
  const port = await freePort();
  const child = spawn(process.execPath, [`${root}scripts/serve-demo.mjs`, '--port', String(port)], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    const base = `http://127.0.0.1:${port}/`;
    await startDemo(child, base);
    const values = [];
    for (let i = 0; i <= runs; i++) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      await page.evaluateOnNewDocument(observeShifts);
      await page.goto(base, { waitUntil: 'networkidle0', timeout: 60_000 });
      await new Promise((r) => setTimeout(r, 800));
      const r = await page.evaluate(() => ({ cls: window.__cls, shifts: window.__shifts }));
      await context.close();
      if (i > 0) values.push(r); // the first visit warms up the dev server's module graph
    }
    return values;
  } finally {
    child.kill('SIGTERM');
  }
}
