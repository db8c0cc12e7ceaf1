/**
 * The autoloader's bytes per page (issue 15 §2): runs scripts/build-autoloader.mjs (which
 * rebuilds dist/cdn/autoloader.js and dist/cdn/autoload/ from the current source, as
 * `npm run build` does) and reads the figures it prints, so the bench and the build's
 * enforced ceilings count the same files the same way.
 */
import { spawnSync } from 'node:child_process';
import { root } from '../../scripts/lib/cdn-build.mjs';

/** [{ page, kib, target }] or throws with the script's output. */
export function autoloadBytes() {
  const r = spawnSync(process.execPath, [`${root}scripts/build-autoloader.mjs`, '--skip-budget'], {
    cwd: root,
    encoding: 'utf8',
  });
  const rows = [...r.stdout.matchAll(/^ {2}(\S.*?)\s+([\d.]+) KiB {2}target ([\d.]+):/gm)].map((m) => ({
    page: m[1],
    kib: Number(m[2]),
    target: Number(m[3]),
  }));
  if (r.status !== 0 || !rows.length) throw new Error(`build-autoloader: ${(r.stderr || r.stdout).trim().slice(-400)}`);
  return rows;
}
