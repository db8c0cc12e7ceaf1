#!/usr/bin/env node
/**
 * `npm run build`, last step: the WordPress plugin.
 *
 * 1. integrations/wordpress/provincial-widgets/includes/elements.php: the elements and their
 *    attributes, written from custom-elements.json, so the shortcodes accept exactly what the
 *    elements read (`--check` fails instead of writing when the file is out of date).
 * 2. release/provincial-widgets-wordpress.zip: the plugin folder, ready for Plugins → Add New → Upload.
 *
 * Usage: node scripts/build-wordpress.mjs [--check]
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { zip } from './lib/zip.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const plugin = `${root}integrations/wordpress/provincial-widgets`;
const elementsFile = `${plugin}/includes/elements.php`;

/** The PHP source of includes/elements.php for a manifest. */
export function elementsPhp(manifest) {
  const elements = manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.tagName?.startsWith('pw-'))
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
  const q = (s) => `'${s.replace(/[\\']/g, '\\$&')}'`;
  const body = elements
    .map((d) => {
      const width = Math.max(...(d.attributes ?? []).map((a) => q(a.name).length));
      // Arrows aligned, as WordPress's coding standards want in a multi-line array.
      const attrs = (d.attributes ?? []).map(
        (a) => `\t\t\t\t${q(a.name).padEnd(width)} => ${q(a.type?.text === 'boolean' ? 'flag' : 'value')},`,
      );
      const feed = (d.attributes ?? []).some((a) => a.name === 'src');
      return `\t\t${q(d.tagName)} => array(\n\t\t\t'feed'       => ${feed},\n\t\t\t'attributes' => array(\n${attrs.join('\n')}\n\t\t\t),\n\t\t),`;
    })
    .join('\n');
  return `<?php
/**
 * The elements and their attributes ('flag' = boolean). Written by scripts/build-wordpress.mjs
 * from custom-elements.json: do not edit.
 *
 * @package ProvincialWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The elements the shortcodes write, by tag name.
 *
 * @return array<string, array{feed: bool, attributes: array<string, string>}> The elements.
 */
function provincial_widgets_elements() {
\treturn array(
${body}
\t);
}
`;
}

const manifest = JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8'));
const php = elementsPhp(manifest);
if (process.argv.includes('--check')) {
  if (readFileSync(elementsFile, 'utf8') !== php) {
    console.error('build-wordpress: includes/elements.php is out of date; run `npm run build`.');
    process.exit(1);
  }
  process.exit(0);
}
writeFileSync(elementsFile, php);

const files = (dir) =>
  readdirSync(dir)
    .sort()
    .flatMap((n) => (statSync(`${dir}/${n}`).isDirectory() ? files(`${dir}/${n}`) : [`${dir}/${n}`]));
const entries = files(plugin).map((f) => ({
  path: `provincial-widgets/${f.slice(plugin.length + 1)}`,
  data: readFileSync(f),
}));
mkdirSync(`${root}release`, { recursive: true });
writeFileSync(`${root}release/provincial-widgets-wordpress.zip`, zip(entries));
console.log(`\n▸ WordPress plugin: release/provincial-widgets-wordpress.zip (${entries.length} files)`);
