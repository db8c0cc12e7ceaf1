#!/usr/bin/env node
/**
 * Bundles the feed tools (src/cli/main.ts, with the feed parser it reuses)
 * into one Node ES module for `bin/provincial-widgets.mjs`.
 *
 * The bundle starts with the notices of the third-party packages inside it (esbuild keeps only
 * `/*!` and `@license` comments, and ical.js's MPL-2.0 notice is neither), and their licence
 * texts are written next to it, in THIRD-PARTY-NOTICES.txt.
 *
 *   node scripts/build-cli.mjs [outfile]     # default dist/cli/main.js
 */
import { build } from 'esbuild';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** MPL-2.0's Exhibit A: the notice each file of an MPL-licensed package carries. */
const MPL_NOTICE =
  'This Source Code Form is subject to the terms of the Mozilla Public License, v. 2.0. If a copy of the MPL was not distributed with this file, You can obtain one at http://mozilla.org/MPL/2.0/.';

/** The packages (name, version, licence, source, licence text) whose files `inputs` include. */
function bundledPackages(inputs) {
  const dirs = new Set();
  for (const file of inputs) {
    const m = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(file);
    if (m) dirs.add(resolve(root, m[1]));
  }
  return [...dirs].sort().map((dir) => {
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const licenceFile = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
    const repo = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
    return {
      name: pkg.name,
      version: pkg.version,
      license: pkg.license ?? 'see its package',
      source: (repo ?? pkg.homepage ?? `https://www.npmjs.com/package/${pkg.name}`).replace(/^git\+/, ''),
      text: licenceFile && existsSync(join(dir, licenceFile)) ? readFileSync(join(dir, licenceFile), 'utf8') : '',
    };
  });
}

/** Builds the CLI to `outfile` and resolves to its absolute path. */
export async function buildCli(outfile = join(root, 'dist/cli/main.js')) {
  const out = resolve(outfile);
  const result = await build({
    entryPoints: [join(root, 'src/cli/main.ts')],
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    tsconfig: join(root, 'tsconfig.json'),
    sourcemap: false,
    legalComments: 'none',
    // package.json's sideEffects names dist/ files; `render` imports the src/ define modules for their effect.
    ignoreAnnotations: true,
    logLevel: 'warning',
    metafile: true,
    write: false,
  });
  const packages = bundledPackages(Object.keys(result.metafile.inputs));
  const banner = [
    '// provincial-widgets feed tools. Built by scripts/build-cli.mjs from src/cli/; do not edit.',
    '// Third-party code bundled here (licence texts: THIRD-PARTY-NOTICES.txt next to this file):',
    ...packages.flatMap((p) => [
      `//   ${p.name} ${p.version} (${p.license}), ${p.source}`,
      ...(/MPL/.test(p.license) ? [`//     ${MPL_NOTICE}`] : []),
    ]),
  ].join('\n');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${banner}\n${result.outputFiles[0].text}`);
  writeFileSync(
    join(dirname(out), 'THIRD-PARTY-NOTICES.txt'),
    packages.map((p) => `${p.name} ${p.version} (${p.license})\n${p.source}\n\n${p.text.trim()}\n`).join('\n\n'),
  );
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = await buildCli(process.argv[2]);
  console.log(`CLI built: ${out}`);
}
