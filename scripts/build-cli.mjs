#!/usr/bin/env node
/**
 * Bundles the feed tools (src/cli/main.ts, with the feed parser it reuses)
 * into one Node ES module for `bin/provincial-widgets.mjs`.
 *
 *   node scripts/build-cli.mjs [outfile]     # default dist/cli/main.js
 */
import { build } from 'esbuild';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Builds the CLI to `outfile` and resolves to its absolute path. */
export async function buildCli(outfile = join(root, 'dist/cli/main.js')) {
  const out = resolve(outfile);
  await build({
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
    banner: { js: '// provincial-widgets feed tools. Built by scripts/build-cli.mjs from src/cli/; do not edit.' },
  });
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = await buildCli(process.argv[2]);
  console.log(`CLI built: ${out}`);
}
