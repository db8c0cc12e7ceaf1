import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

/**
 * What `npm pack` puts in the package, after `npm run build` (so not part of `npm test`; .ci/run
 * runs it with scripts/package-check.mjs). Lists the contents and checks what must and must not be
 * there: the entry points, the CDN files, the editor and JSX data; no tests, stories, demo code or
 * release zips; licence notices kept for bundled third-party code.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
assert.ok(existsSync(`${root}dist/index.js`), 'run `npm run build` first');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const [pack] = JSON.parse(
  execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' }),
);
const files = pack.files.map((f) => f.path).sort();

test('npm pack contents (listed)', () => {
  const byFolder = {};
  for (const f of files) {
    const folder = f.includes('/')
      ? f
          .split('/')
          .slice(0, f.startsWith('dist/') ? 2 : 1)
          .join('/')
      : '.';
    byFolder[folder] = (byFolder[folder] ?? 0) + 1;
  }
  console.log(
    `${pack.entryCount} files, ${(pack.size / 1024).toFixed(0)} KiB packed, ${(pack.unpackedSize / 1024).toFixed(0)} KiB unpacked`,
  );
  for (const [folder, n] of Object.entries(byFolder)) console.log(`  ${folder.padEnd(40)} ${n}`);
  assert.ok(files.length > 50);
});

test('has every entry point, the CDN files, the feed tools and the editor data', () => {
  const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
  const targets = Object.values(pkg.exports).flatMap((v) => (typeof v === 'string' ? [v] : Object.values(v)));
  for (const t of [
    ...targets,
    pkg.main,
    pkg.types,
    pkg['web-types'],
    pkg.customElements,
    pkg.bin['provincial-widgets'],
  ])
    assert.ok(files.includes(t.replace(/^\.\//, '')), `${t} is in the package`);
  for (const f of [
    'dist/cdn/autoload/upgrade.js',
    'dist/cli/main.js',
    'dist/cli/THIRD-PARTY-NOTICES.txt',
    'dist/jsx/custom-element-jsx.d.ts',
  ])
    assert.ok(files.includes(f), `${f} is in the package`);
});

test("has no tests, stories, demo code, sources (only the elements' READMEs that docs/elements.md links to) or release zips", () => {
  const unwanted = files.filter(
    (f) =>
      /\.(test|spec|stories)\.[cm]?[jt]sx?(\.map)?$/.test(f) ||
      /(^|\/)(stories|__tests__|test)\//.test(f) ||
      /examples?\.[jt]s(\.map)?$/.test(f) ||
      (f.startsWith('demo/') && !f.startsWith('demo/feeds/images/') && !f.endsWith('/README.md')) ||
      (/^(src|integrations|scripts|bench|\.ci|\.storybook)\//.test(f) &&
        !/^src\/components\/[\w-]+\/README\.md$/.test(f)) ||
      /\.(zip|tgz)$/.test(f),
  );
  assert.deepEqual(unwanted, []);
});

test('bundled third-party code keeps its licence notice (ical.js is MPL-2.0)', () => {
  const cli = readFileSync(`${root}dist/cli/main.js`, 'utf8');
  assert.match(cli.slice(0, 4000), /ical\.js [\d.]+ \(MPL-2\.0\)/);
  assert.match(cli.slice(0, 4000), /Mozilla Public License, v\. 2\.0/);
  assert.match(readFileSync(`${root}dist/cli/THIRD-PARTY-NOTICES.txt`, 'utf8'), /Mozilla Public License Version 2\.0/);
  // The CDN bundles keep the @license comments of Lit and DOMPurify.
  const cdn = readFileSync(`${root}dist/cdn/provincial-widgets.iife.js`, 'utf8');
  assert.match(cdn, /@license[\s\S]{0,200}Google LLC/);
  assert.match(cdn, /DOMPurify[\s\S]{0,300}(Apache|MPL)/);
});
