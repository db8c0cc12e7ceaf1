#!/usr/bin/env node
/**
 * `npm test` after the typecheck: the Node tests of the feed tools (node:test),
 * then every browser test in headless Chrome/Chromium through @web/test-runner.
 * The last line is the combined `Tests: N passed, N failed`.
 * Arguments are passed to the test runner (e.g. `--files test/x.test.ts`, which
 * also skips the Node tests).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { browserHelp, findBrowser } from './find-browser.mjs';

const browser = findBrowser();
if (!browser) {
  console.error(`\nnpm test: ${browserHelp}`);
  process.exit(1);
}

const args = process.argv.slice(2);
const dir = mkdtempSync(join(tmpdir(), 'pw-test-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
let ok = true;

const nodeTests = existsSync('test/cli') ? readdirSync('test/cli').filter((f) => f.endsWith('.node.test.mjs')) : [];
if (!args.includes('--files') && nodeTests.length) {
  console.log('Node tests (feed tools):');
  const tap = join(dir, 'node.tap');
  const r = spawnSync(
    process.execPath,
    [
      '--test',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=tap',
      `--test-reporter-destination=${tap}`,
      ...nodeTests.map((f) => join('test/cli', f)),
    ],
    { stdio: 'inherit' },
  );
  const out = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
  const num = (k) => Number(new RegExp(`^# ${k} (\\d+)`, 'm').exec(out)?.[1] ?? 0);
  totals.passed += num('pass');
  totals.failed += num('fail') + num('cancelled');
  totals.skipped += num('skipped') + num('todo');
  if (r.status !== 0) {
    ok = false;
    if (!num('fail')) totals.failed++;
  }
}

console.log('\nBrowser tests:');
const summary = join(dir, 'browser.json');
const r = spawnSync(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', ...args], {
  stdio: 'inherit',
  env: { ...process.env, CHROME_PATH: browser, PW_TEST_SUMMARY: summary },
});
if (r.status !== 0) ok = false;
if (existsSync(summary)) {
  const b = JSON.parse(readFileSync(summary, 'utf8'));
  for (const k of Object.keys(totals)) totals[k] += b[k];
} else {
  totals.failed++;
}
const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
console.log(`\nTests: ${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(ok && totals.failed === 0 ? 0 : 1);
