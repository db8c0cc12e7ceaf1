/** The benchmark's table of medians (and the largest layout shifts), from the raw results. */
import { CALENDAR_SIZES, NEWS_SIZES } from './feeds.mjs';
import { median, SLOW_MS } from './harness.mjs';

const ms = (v) => `${v.toFixed(1)} ms`;
const mib = (v) => `${(v / 1048576).toFixed(2)} MiB`;
const kib = (v) => `${(v / 1024).toFixed(1)} KiB`;
const verdict = (ok) => (ok ? '✓' : '✗');

/** The table's rows: [case, ours, theirs, ratio, target]. */
export function reportRows(results, only) {
  const { sizes } = results;
  const rows = [];
  const row = (what, ours, theirs = '', ratio = '', target = '') => rows.push([what, ours, theirs, ratio, target]);
  row(
    'JS gzip (CDN bundle, all 5 elements)',
    kib(sizes.pw),
    `${kib(sizes.fcJs)} + ${kib(sizes.fcCss)} CSS`,
    (sizes.pw / (sizes.fcJs + sizes.fcCss)).toFixed(2),
    '',
  );
  for (const n of CALENDAR_SIZES) {
    const r = results.calendar[n];
    if (!r) continue;
    const a = median(r.pw.map((x) => x.ms));
    const b = median(r.fc.map((x) => x.ms));
    const target = n >= 500 ? `≤ 0.50 ${verdict(a / b <= 0.5)}` : '';
    row(`calendar month render, ${n} events`, ms(a), ms(b), (a / b).toFixed(2), target);
  }
  if (only.has('heap')) {
    for (const n of CALENDAR_SIZES) {
      const r = results.calendar[n];
      if (!r) continue;
      const a = median(r.pw.map((x) => x.heap));
      const b = median(r.fc.map((x) => x.heap));
      const da = median(r.pw.map((x) => x.heapDelta));
      const db = median(r.fc.map((x) => x.heapDelta));
      row(
        `JS heap after month, ${n} events (render Δ)`,
        `${mib(a)} (Δ ${mib(da)})`,
        `${mib(b)} (Δ ${mib(db)})`,
        (a / b).toFixed(2),
        `≤ 1 ${verdict(a <= b)}`,
      );
    }
  }
  if (results.news[NEWS_SIZES[0]]) {
    // Two ways to take the feed out: minus a warm re-parse of the same text (under-counts the
    // element's cold parse), and minus the feed load seen by the element (creation → pw-feed-load:
    // fetch + read + cold parse), leaving only the render.
    const base = median(results.news[NEWS_SIZES[0]].map((x) => x.ms - x.parse));
    const baseLoad = median(results.news[NEWS_SIZES[0]].map((x) => x.ms - x.load));
    for (const n of NEWS_SIZES) {
      const r = results.news[n];
      const t = median(r.map((x) => x.ms));
      const p = median(r.map((x) => x.parse));
      const l = median(r.map((x) => x.load));
      const ratio = median(r.map((x) => x.ms - x.parse)) / base;
      const ratioLoad = median(r.map((x) => x.ms - x.load)) / baseLoad;
      row(
        `news list page-size=10, ${n} items (warm parse; feed load)`,
        `${ms(t)} (${ms(p)}; ${ms(l)})`,
        '',
        n === NEWS_SIZES[0] ? '1.00' : `${ratio.toFixed(2)}; ${ratioLoad.toFixed(2)}`,
        n === NEWS_SIZES.at(-1)
          ? `≤ 1.5 excl. parse ${verdict(ratio <= 1.5)}; render only ${verdict(ratioLoad <= 1.5)}`
          : '',
      );
    }
  }
  if (results.locale.length) row('locale switch vi→en, 5 widgets', ms(median(results.locale.map((x) => x.ms))));
  if (results.repeat.length) {
    const cold = median(results.repeat.map((x) => x.cold));
    const warm = median(results.repeat.map((x) => x.warm));
    row(
      `first news item: cold / repeat visit (feed +${SLOW_MS} ms)`,
      `${ms(warm)} repeat`,
      `${ms(cold)} cold`,
      (warm / cold).toFixed(2),
      '',
    );
  }
  if (results.cls.length) {
    const v = results.cls.map((x) => x.cls);
    row(
      'layout shift (CLS), demo page',
      `${median(v).toFixed(4)} (max ${Math.max(...v).toFixed(4)})`,
      '',
      '',
      `0 ${verdict(Math.max(...v) === 0)}`,
    );
  } else if (results.clsError) {
    row('layout shift (CLS), demo page', `not measured: ${results.clsError}`);
  }
  return rows;
}

/** Prints the table for `results` measured in `seconds`. */
export function printReport(results, only, seconds) {
  const rows = reportRows(results, only);
  const headers = ['case', 'provincial-widgets', 'FullCalendar 7.1 / other', 'ratio', 'target'];
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => `  ${cells.map((c, i) => String(c).padEnd(widths[i])).join('  ')}`;
  console.log(
    `\nBenchmark: medians of ${results.runs} alternating runs, ${results.browser}, headless, ${seconds.toFixed(0)} s`,
  );
  console.log(line(headers));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const r of rows) console.log(line(r));
  const worst = results.cls
    .flatMap((x) => x.shifts)
    .sort((a, b) => b.value - a.value)
    .slice(0, 3);
  if (worst.length) {
    console.log('\n  largest layout shifts on the demo page:');
    for (const s of worst) console.log(`    ${s.value.toFixed(4)} at ${s.at} ms: ${s.sources.join('; ')}`);
  }
}
