#!/usr/bin/env node
/**
 * `npm run bench`, from-rss case (issue 13): converts a generated 2,000-item
 * RSS 2.0 file (about 2.9 MB: Vietnamese text, HTML entities, CDATA bodies,
 * media:content images) with the CLI, each run in a fresh Node process, and
 * prints the median wall and CPU time and the peak memory (max RSS) of the
 * conversion.
 *
 *   node bench/from-rss.mjs [--runs 5] [--bundle path/to/cli/main.js]
 *
 * --bundle measures another build of the CLI (e.g. one built from an older
 * commit with scripts/build-cli.mjs), to compare before and after a change.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildCli } from '../scripts/build-cli.mjs';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, bundle: { type: 'string' } } });
const RUNS = Number(values.runs);
const dir = mkdtempSync(join(tmpdir(), 'pw-bench-rss-'));

/** A portal-like RSS feed with `n` items. */
function feed(n) {
  const parts = [
    '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>Cổng thông tin điện tử tỉnh Long An</title><link>https://www.longan.gov.vn/</link><language>vi-VN</language>\n',
  ];
  const body = '<p>Nội dung bài viết về quy chế dân chủ ở cơ sở &amp; cải cách hành chính. </p>'.repeat(8);
  for (let i = 0; i < n; i++) {
    parts.push(
      `<item><title>Tin s&#7889; ${i}: T&agrave;i li&#7879;u &amp; h&#432;&#7899;ng d&#7851;n</title><link>https://www.longan.gov.vn/tin/${i}</link>` +
        `<guid isPermaLink="false">tin-${i}</guid><pubDate>Wed, 22 Nov 2017 11:16:00 +0700</pubDate><dc:creator>Phong Nh&atilde;</dc:creator><category>Tin tức</category>` +
        `<description><![CDATA[<p>Sáng 22/11, Ban Chỉ đạo Quy chế dân chủ tỉnh Long An tổ chức tập huấn số ${i}.</p>]]></description>` +
        `<content:encoded><![CDATA[<p>Sáng 22/11, <strong>Ban Chỉ đạo</strong> tổ chức tập huấn.</p><figure><img src="/images/${i}.jpg" alt="Ảnh ${i}"></figure>${body}]]></content:encoded>` +
        `<media:content url="https://www.longan.gov.vn/images/${i}.jpg" medium="image"><media:description>Ảnh ${i}</media:description></media:content></item>\n`,
    );
  }
  parts.push('</channel></rss>\n');
  return parts.join('');
}

const input = join(dir, 'feed-2000.xml');
writeFileSync(input, feed(2000));
const bundle = values.bundle ?? (await buildCli(join(dir, 'main.js')));
// One child per run: the conversion's own time and the process's peak memory, nothing shared between runs.
const child = `const m = await import(${JSON.stringify(bundle)});
const t = performance.now();
const cpu = process.cpuUsage();
const status = await m.main(['from-rss', ${JSON.stringify(input)}, '-o', ${JSON.stringify(join(dir, 'out.json'))}], { out() {}, err() {}, color: false });
const { user, system } = process.cpuUsage(cpu);
process.stdout.write(JSON.stringify({ status, ms: performance.now() - t, cpuMs: (user + system) / 1000, maxRssKb: process.resourceUsage().maxRSS }));`;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const runs = [];
for (let i = 0; i <= RUNS; i++) {
  const r = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', child], { encoding: 'utf8' }));
  if (r.status !== 0) throw new Error(`from-rss exited ${r.status}`);
  if (i > 0) runs.push(r); // the first run warms the disk cache
}
const mb = (statSync(input).size / 1048576).toFixed(1);
console.log(
  `\nfrom-rss: 2,000-item RSS (${mb} MB), median of ${RUNS} runs, one Node ${process.version} process each${values.bundle ? ` (${values.bundle})` : ''}`,
);
console.log(
  `  time        ${median(runs.map((r) => r.ms)).toFixed(0)} ms (CPU ${median(runs.map((r) => r.cpuMs)).toFixed(0)} ms: steadier on a busy machine)`,
);
console.log(`  peak memory ${(median(runs.map((r) => r.maxRssKb)) / 1024).toFixed(0)} MB (max RSS of the process)`);
rmSync(dir, { recursive: true, force: true });
