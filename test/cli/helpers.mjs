/**
 * Shared by the feed-tool tests: builds the CLI once to a temporary file with
 * scripts/build-cli.mjs, and runs it as a real process.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCli } from '../../scripts/build-cli.mjs';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const fixture = (name) => join(root, 'test/fixtures/rss', name);
export const tempDir = () => mkdtempSync(join(tmpdir(), 'pw-cli-'));

let built;
/**
 * Absolute path of a freshly built CLI bundle (built once per test process).
 * PW_CLI_BUNDLE runs the tests against another build instead, e.g. an older
 * commit's, to show what a change fixed.
 */
export function cliBundle() {
  built ??= process.env.PW_CLI_BUNDLE
    ? Promise.resolve(process.env.PW_CLI_BUNDLE)
    : buildCli(join(tempDir(), 'main.js'));
  return built;
}

/** Runs `main(args)` of the bundle in a child process: { status, stdout, stderr }. */
export async function runCli(args, { input, cwd = root, env = {} } = {}) {
  const bundle = await cliBundle();
  const script = `import(${JSON.stringify(bundle)}).then(async (m) => { process.exitCode = await m.main(process.argv.slice(1)); });`;
  // Asynchronous, so that a test's own HTTP server keeps answering meanwhile.
  const child = spawn(process.execPath, ['--input-type=module', '-e', script, ...args], {
    cwd,
    env: { ...process.env, NO_COLOR: '1', PW_LANG: '', ...env },
    timeout: 30_000,
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
  child.stdin.end(input ?? '');
  const status = await new Promise((resolve) => child.on('close', resolve));
  return { status, stdout, stderr };
}
