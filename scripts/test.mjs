#!/usr/bin/env node
/** `npm test` after the typecheck: finds a browser, then runs @web/test-runner. */
import { spawnSync } from 'node:child_process';
import { browserHelp, findBrowser } from './find-browser.mjs';

const browser = findBrowser();
if (!browser) {
  console.error(`\nnpm test: ${browserHelp}`);
  process.exit(1);
}
const result = spawnSync(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROME_PATH: browser },
});
process.exit(result.status ?? 1);
