#!/usr/bin/env node
/**
 * `npx provincial-widgets validate|from-rss|from-csv|from-ics|merge|to-ics|publish …`: the feed tools.
 * Runs the bundled dist/cli/main.js. In a clone where it has not been built
 * yet, it builds it first (scripts/build-cli.mjs, with esbuild from the
 * dev dependencies).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const cli = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
const builder = fileURLToPath(new URL('../scripts/build-cli.mjs', import.meta.url));

if (!existsSync(cli)) {
  if (!existsSync(builder)) {
    console.error('provincial-widgets: dist/cli/main.js is missing from this installation.');
    process.exit(1);
  }
  try {
    const { buildCli } = await import(pathToFileURL(builder).href);
    await buildCli(cli);
  } catch (e) {
    console.error(
      `provincial-widgets: the CLI is not built and could not be built (${e.message}). Run \`npm run build\`.`,
    );
    process.exit(1);
  }
}

const { main } = await import(pathToFileURL(cli).href);
process.exitCode = await main(process.argv.slice(2));
