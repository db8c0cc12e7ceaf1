import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { inflateRawSync } from 'node:zlib';

/** `npm run release` after `npm run build` (run by .ci/run with the other package checks). */
const root = fileURLToPath(new URL('../..', import.meta.url));

/** The entries of a ZIP archive: name → contents, read from its central directory. */
function unzip(buf) {
  const end = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const entries = new Map();
  let at = buf.readUInt32LE(end + 16);
  for (let i = 0; i < buf.readUInt16LE(end + 10); i++) {
    const size = buf.readUInt32LE(at + 20);
    const nameLength = buf.readUInt16LE(at + 28);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
    const local = buf.readUInt32LE(at + 42);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    entries.set(name, inflateRawSync(buf.subarray(start, start + size)));
    at += 46 + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
  return entries;
}

test('the release zip holds the CDN folder, the sample feed, the WordPress plugin and a bilingual README', () => {
  execFileSync(process.execPath, [`${root}scripts/release.mjs`], { cwd: root, stdio: 'pipe' });
  const { version } = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
  const files = unzip(readFileSync(`${root}release/provincial-widgets-${version}.zip`));
  const top = `provincial-widgets-${version}`;
  for (const f of [
    'README.md',
    'cdn/autoloader.js',
    'cdn/autoload/upgrade.js',
    'cdn/autoload/pw-news-list.js',
    'cdn/provincial-widgets.js',
    'cdn/provincial-widgets.iife.js',
    'feeds/portal.vi.json',
    'feeds/portal.en.json',
    'wordpress/provincial-widgets.zip',
  ])
    assert.ok(files.has(`${top}/${f}`), `${f} is in the release`);
  assert.deepEqual(
    files.get(`${top}/cdn/autoloader.js`),
    readFileSync(`${root}dist/cdn/autoloader.js`),
    'the files are stored byte for byte',
  );
  const readme = files.get(`${top}/README.md`).toString('utf8');
  assert.match(readme, /## Tiếng Việt[\s\S]*## English/);
  const plugin = unzip(files.get(`${top}/wordpress/provincial-widgets.zip`));
  assert.ok(plugin.has('provincial-widgets/provincial-widgets.php'));
});
