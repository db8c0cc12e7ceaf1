/** The `prerender` case's table (issue 24 §3): pre-rendered first content against the floor, take-over, CLS. */
import { median } from './harness.mjs';

const ms = (v) => (Number.isFinite(v) ? `${v.toFixed(1)} ms` : '—');
const TARGET = 1.1;

/** Prints one row per case: FCP pre-rendered / floor / client-only, the ratio and its target, take-over, CLS, feed requests. */
export function printPrerender({ prerender, prerenderCpu }) {
  if (!prerender) return;
  console.log(`\nPre-rendered pages (provincial-widgets render), CPU ×${prerenderCpu}, medians:`);
  const rows = [
    [
      'page',
      'pre-rendered FCP',
      'floor FCP',
      'ratio',
      'target',
      'client-only FCP',
      'take-over',
      'CLS (max)',
      'client-only CLS',
      'feed requests',
    ],
  ];
  for (const [name, r] of Object.entries(prerender)) {
    const pre = median(r.pre.map((m) => m.fcp));
    const floor = median(r.floor.map((m) => m.fcp));
    const ratio = pre / floor;
    rows.push([
      name,
      ms(pre),
      ms(floor),
      `${ratio.toFixed(2)}×`,
      ratio <= TARGET ? `≤ ${TARGET}× ✓` : `≤ ${TARGET}× ✗ (+${Math.round((ratio / TARGET - 1) * 100)} %)`,
      ms(median(r.client.map((m) => m.fcp))),
      ms(median(r.pre.map((m) => m.takeOver))),
      Math.max(...r.pre.map((m) => m.cls)).toFixed(4),
      Math.max(...r.client.map((m) => m.cls)).toFixed(4),
      String(Math.max(...r.pre.map((m) => m.feedRequests))),
    ]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  for (const row of rows) console.log(`  ${row.map((c, i) => c.padEnd(widths[i])).join('  ')}`);
}
