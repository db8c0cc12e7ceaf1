import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

/**
 * The WordPress plugin's generated attribute table and version stay in step with the elements and
 * the package. (The plugin itself runs on a real WordPress in .ci/wordpress.sh.)
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const plugin = `${root}integrations/wordpress/provincial-widgets`;

test('includes/elements.php lists every attribute of custom-elements.json, booleans as flags', () => {
  execFileSync(process.execPath, [`${root}scripts/build-wordpress.mjs`, '--check'], { stdio: 'pipe' });
  const php = readFileSync(`${plugin}/includes/elements.php`, 'utf8');
  const manifest = JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8'));
  const tags = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName?.startsWith('pw-'));
  assert.equal(tags.length, 5);
  assert.match(php, /'lunar'\s+=> 'flag'/);
  assert.match(php, /'page-size'\s+=> 'value'/);
});

test('the plugin header and constant carry the package version', () => {
  const { version } = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
  const main = readFileSync(`${plugin}/provincial-widgets.php`, 'utf8');
  assert.match(main, new RegExp(`\\* Version:\\s+${version.replaceAll('.', '\\.')}\\n`));
  assert.match(main, new RegExp(`'PROVINCIAL_WIDGETS_VERSION', '${version.replaceAll('.', '\\.')}'`));
});
