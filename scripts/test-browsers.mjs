#!/usr/bin/env node
/**
 * The browser test suite in the browsers other than Chromium:
 *
 *   node scripts/test-browsers.mjs                 every extra browser that is installed
 *   node scripts/test-browsers.mjs firefox         only Firefox (web-test-runner.firefox.config.mjs)
 *   node scripts/test-browsers.mjs webkit          only WebKitGTK (web-test-runner.webkit.config.mjs)
 *   node scripts/test-browsers.mjs --require firefox   a missing browser is an error (for CI)
 *   node scripts/test-browsers.mjs firefox --files test/dates.test.ts   other arguments go to the test runner
 *
 * A browser that is not installed is skipped with the install hint. The exit
 * code is non-zero when a test fails, a run breaks, or (with --require) a
 * requested browser is missing. The last line is `Tests: N passed, N failed`
 * over all browsers run. See docs/browsers.md.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findFirefox, findWebKit, firefoxHelp, webkitHelp } from './find-browser.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

const browsers = {
  firefox: {
    label: 'Firefox',
    config: 'web-test-runner.firefox.config.mjs',
    check() {
      const path = findFirefox();
      return path ? { ok: true, detail: path } : { ok: false, detail: firefoxHelp };
    },
  },
  webkit: {
    label: 'WebKitGTK',
    config: 'web-test-runner.webkit.config.mjs',
    check() {
      const found = findWebKit();
      return found.missing.length
        ? { ok: false, detail: webkitHelp(found.missing) }
        : { ok: true, detail: `${found.driver} + ${found.browser}${found.xvfb ? ' (in Xvfb)' : ''}` };
    },
  },
};

const argv = process.argv.slice(2);
const requireAll = argv.includes('--require');
const rest = argv.filter((a) => a !== '--require');
const chosen = [];
while (rest.length && Object.hasOwn(browsers, rest[0])) chosen.push(rest.shift());
if (rest.length && !rest[0].startsWith('-')) {
  console.error(`test-browsers: unknown browser "${rest[0]}"; known: ${Object.keys(browsers).join(', ')}`);
  process.exit(2);
}
const runnerArgs = rest;
const names = chosen.length ? chosen : Object.keys(browsers);

const dir = mkdtempSync(join(tmpdir(), 'pw-browsers-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];
let ok = true;

for (const name of names) {
  const b = browsers[name];
  const found = b.check();
  if (!found.ok) {
    console.log(`\n${b.label}: not installed, ${requireAll ? 'FAILED (--require)' : 'skipped'}.\n${found.detail}`);
    lines.push(`${b.label}: ${requireAll ? 'missing (failure)' : 'skipped (not installed)'}`);
    if (requireAll) ok = false;
    continue;
  }
  console.log(`\n${b.label} (${found.detail}):`);
  const summary = join(dir, `${name}.json`);
  const start = Date.now();
  const r = spawnSync(
    process.execPath,
    ['node_modules/@web/test-runner/dist/bin.js', '--config', b.config, ...runnerArgs],
    {
      stdio: 'inherit',
      env: { ...process.env, PW_TEST_SUMMARY: summary },
    },
  );
  const seconds = Math.round((Date.now() - start) / 1000);
  const t = existsSync(summary) ? JSON.parse(readFileSync(summary, 'utf8')) : { passed: 0, failed: 1, skipped: 0 };
  for (const k of Object.keys(totals)) totals[k] += t[k];
  const runOk = r.status === 0 && t.failed === 0;
  if (!runOk) ok = false;
  const skipped = t.skipped ? `, ${t.skipped} skipped` : '';
  lines.push(`${b.label}: ${t.passed} passed, ${t.failed} failed${skipped} in ${seconds} s${runOk ? '' : ' (FAILED)'}`);
}

console.log(`\n${lines.join('\n')}`);
const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
console.log(`Tests: ${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(ok ? 0 : 1);
