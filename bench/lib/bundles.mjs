/**
 * The two libraries under test, built into `out`: our CDN ES bundle (the shipped options,
 * scripts/lib/cdn-build.mjs), optionally an unminified copy for profiles, and the
 * FullCalendar reference (bench/fullcalendar-entry.js). Returns the gzip sizes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { cdnBuildConfig, root } from '../../scripts/lib/cdn-build.mjs';

export async function buildBundles(out, { profile = false } = {}) {
  await build(cdnBuildConfig({ outDir: `${out}/pw` }));
  // The profiled runs use an unminified copy, so the profile names our functions.
  if (profile) await build(cdnBuildConfig({ outDir: `${out}/pw-debug`, minify: false }));
  await build(
    cdnBuildConfig({
      entry: `${root}bench/fullcalendar-entry.js`,
      outDir: `${out}/fc`,
      fileName: 'fullcalendar.js',
      lib: { cssFileName: 'fullcalendar' },
      output: { codeSplitting: false },
      build: { cssCodeSplit: false },
    }),
  );
  const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
  const cssFile = readdirSync(`${out}/fc`).find((f) => f.endsWith('.css'));
  return {
    cssFile,
    sizes: {
      pw: gz(`${out}/pw/provincial-widgets.js`),
      fcJs: gz(`${out}/fc/fullcalendar.js`),
      fcCss: cssFile ? gz(`${out}/fc/${cssFile}`) : 0,
    },
  };
}
