/** bin/provincial-widgets.mjs, the package's `bin`, runs the bundled CLI and passes its exit status on. */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { cliBundle, fixture, root, tempDir } from './helpers.mjs';

/** A package layout in a temp folder: bin/ next to a freshly built dist/cli/main.js. */
async function installed() {
  const dir = tempDir();
  mkdirSync(join(dir, 'bin'));
  mkdirSync(join(dir, 'dist/cli'), { recursive: true });
  copyFileSync(join(root, 'bin/provincial-widgets.mjs'), join(dir, 'bin/provincial-widgets.mjs'));
  copyFileSync(await cliBundle(), join(dir, 'dist/cli/main.js'));
  return join(dir, 'bin/provincial-widgets.mjs');
}

function run(bin, args) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

describe('bin/provincial-widgets.mjs', () => {
  it('prints the version and the help', async () => {
    const bin = await installed();
    const v = await run(bin, ['--version']);
    assert.equal(v.status, 0);
    assert.match(v.stdout, /^\d+\.\d+\.\d+\n$/);
    const help = await run(bin, ['--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /provincial-widgets validate <file\|url>[\s\S]*provincial-widgets from-rss <file\|url>/);
  });

  it('exits 1 for a feed with errors and 0 for a good one', async () => {
    const bin = await installed();
    assert.equal((await run(bin, ['validate', fixture('cms-export-problems.json')])).status, 1);
    assert.equal((await run(bin, ['validate', join(root, 'demo/feeds/portal.vi.json')])).status, 0);
  });

  it('says how to build when the bundle and the build script are both missing', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'bin'));
    copyFileSync(join(root, 'bin/provincial-widgets.mjs'), join(dir, 'bin/provincial-widgets.mjs'));
    const r = await run(join(dir, 'bin/provincial-widgets.mjs'), ['--version']);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /dist\/cli\/main\.js is missing/);
  });
});
