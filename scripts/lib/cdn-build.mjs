/**
 * The Vite options of the shipped CDN bundle, in one place: scripts/build.mjs writes
 * dist/cdn with them, and every script that measures or checks that bundle (size budget,
 * benchmark, render check, skeleton check) builds with the same ones, so it measures the
 * file that ships.
 */
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * V8's explicit compile hint (Chrome 136+; other engines read a comment): compile every function
 * while the file streams in, on a background thread, instead of lazily on the main thread at its
 * first call. A widget calls most of its code in its first render, so that compile otherwise
 * lands between element creation and first content (docs/performance.md has the figures). It must
 * be the file's first line, so it is added after minification.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/**
 * Output settings of the CDN file. It is final: no bundler reads it again, so tree-shaking
 * annotations (`@__PURE__` comments, 52 of them) are dropped; licence comments stay.
 */
export const cdnOutput = {
  minify: true,
  comments: { legal: true, annotation: false, jsdoc: false },
  postBanner: COMPILE_HINT,
};

/**
 * A Vite inline config that bundles `entry` like dist/cdn: vite.config.ts (side effects kept,
 * template minifiers), Lit's production build, ES2022, minified with `cdnOutput`, lazy
 * imports in `chunks/`.
 * @param {object} o
 * @param {string} [o.entry] absolute path, default src/index.ts
 * @param {string} [o.outDir] where to write; omit with `write: false`
 * @param {string} [o.fileName] the entry's file name
 * @param {'es'|'iife'} [o.format]
 * @param {string} [o.name] the IIFE's global
 * @param {boolean} [o.minify] false for a readable build (profiles): no minifier, no cdnOutput
 * @param {object} [o.lib] Vite library options on top of these (cssFileName…)
 * @param {object} [o.output] rolldown output options on top of the defaults
 * @param {object} [o.build] Vite build options on top of the defaults (sourcemap, emptyOutDir, write…)
 * @param {string} [o.logLevel]
 */
export function cdnBuildConfig({
  entry = `${root}src/index.ts`,
  outDir,
  fileName = 'provincial-widgets.js',
  format = 'es',
  name,
  minify = true,
  lib = {},
  output = {},
  build = {},
  logLevel = 'warn',
} = {}) {
  return {
    configFile: `${root}vite.config.ts`,
    root,
    mode: 'production',
    logLevel,
    // Lit's production build (no dev-mode warnings, smaller).
    resolve: { conditions: ['module', 'browser', 'production'] },
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    publicDir: false,
    build: {
      ...(outDir ? { outDir } : {}),
      emptyOutDir: true,
      target: 'es2022',
      minify,
      reportCompressedSize: false,
      lib: { entry, name, formats: [format], fileName: () => fileName, ...lib },
      rolldownOptions: {
        // Lets the bundler give the entry extra exports, so what a lazy chunk shares with the
        // entry stays in the entry instead of becoming a third file every page fetches.
        preserveEntrySignatures: 'allow-extension',
        output: { ...(minify ? cdnOutput : {}), chunkFileNames: 'chunks/[name]-[hash].js', ...output },
      },
      ...build,
    },
  };
}
