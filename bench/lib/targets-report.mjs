/** The table of issue 15's targets: each ratio printed next to its target, throttled and not. */
import { CALENDAR_SIZES, NEWS_SIZES } from './feeds.mjs';
import { median } from './harness.mjs';

const ms = (v) => `${v.toFixed(1)} ms`;
const num = (n) => n.toLocaleString('en-US');
const x = (v) => `${v.toFixed(2)}×`;
/** "≤ 2× ✓" or "≤ 2× ✗ (+31 %)": the verdict and, when missed, by how much. */
const check = (ratio, max) =>
  ratio <= max ? `≤ ${max}× ✓` : `≤ ${max}× ✗ (+${Math.round((ratio / max - 1) * 100)} %)`;

/** Targets per case (issue 15 §1). */
const NEWS_TARGET = { 10: 2, 100: 2, 10000: 1.3 };
const FLOOR_TARGET = 2;
const FC_TARGET = 0.3;

/** Rows [case, ours, floor, FullCalendar, ratio, target] for one CPU rate's results. */
function rateRows({ news, calendar, first }) {
  const rows = [];
  for (const n of NEWS_SIZES) {
    const r = news[n];
    if (!r) continue;
    const [a, f] = [median(r.pw), median(r.floor)];
    rows.push([
      `news list page-size=10, ${num(n)} items`,
      ms(a),
      ms(f),
      '',
      `${x(a / f)} floor`,
      check(a / f, NEWS_TARGET[n]),
    ]);
  }
  for (const n of CALENDAR_SIZES) {
    const r = calendar[n];
    if (!r) continue;
    const [a, f, c] = [median(r.pw), median(r.floor), median(r.fc)];
    rows.push([
      `calendar month, ${num(n)} events`,
      ms(a),
      ms(f),
      ms(c),
      `${x(a / f)} floor; ${x(a / c)} FC`,
      `${check(a / f, FLOOR_TARGET)}; ${check(a / c, FC_TARGET)}`,
    ]);
  }
  for (const [name, v] of Object.entries(first)) rows.push([`first content: ${name}`, ms(median(v)), '', '', '', '']);
  return rows;
}

/** Rows for the autoloader's bytes per page, the calendar page also against FullCalendar's bundle. */
function byteRows(bytes, sizes) {
  const fc = (sizes.fcJs + sizes.fcCss) / 1024;
  return bytes.map(({ page, kib, target }) => {
    const vsFc = /calendar/.test(page) ? `${x(kib / fc)} FC (${fc.toFixed(1)} KiB)` : '';
    const ok = kib <= target;
    const miss = ok ? '' : ` (+${(kib - target).toFixed(2)} KiB)`;
    return [`autoloader: ${page}`, `${kib.toFixed(2)} KiB`, '', '', vsFc, `≤ ${target} KiB ${ok ? '✓' : '✗'}${miss}`];
  });
}

/** Prints the targets table: per CPU rate, then the bytes. */
export function printTargets(results) {
  const { targets, bytes, bytesError, sizes, runs } = results;
  const headers = ['case', 'provincial-widgets', 'floor', 'FullCalendar 7.1', 'ratio', 'target'];
  const sections = Object.entries(targets).map(([cpu, r]) => [
    cpu === '1' ? 'unthrottled' : `CPU throttled ×${cpu} (CDP Emulation.setCPUThrottlingRate, a phone)`,
    rateRows(r),
  ]);
  if (bytes) sections.push(['bytes per page, gzip, all JS fetched', byteRows(bytes, sizes)]);
  else if (bytesError)
    sections.push(['bytes per page', [[`autoloader: not measured: ${bytesError}`, '', '', '', '', '']]]);
  const all = sections.flatMap(([, rows]) => rows);
  const widths = headers.map((h, i) => Math.max(h.length, ...all.map((r) => String(r[i]).length)));
  const line = (cells) => `  ${cells.map((c, i) => String(c).padEnd(widths[i])).join('  ')}`;
  console.log(
    `\nIssue 15 targets: medians of ${runs} alternating runs, fresh page each, to the first frame with content`,
  );
  console.log(line(headers));
  for (const [title, rows] of sections) {
    console.log(line(widths.map((w) => '-'.repeat(w))));
    console.log(`  ${title}`);
    for (const r of rows) console.log(line(r));
  }
}
