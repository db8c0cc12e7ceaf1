#!/usr/bin/env node
/**
 * `npm run release` (after `npm run build`): release/provincial-widgets-<version>.zip, for
 * webmasters without Node: the CDN folder, the sample feed with its images, the WordPress plugin
 * zip, the server configuration examples of hosting/ when the repository has them, and a one-page
 * README in Vietnamese and English (scripts/release/README.md).
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { zip } from './lib/zip.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { version } = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
for (const f of ['dist/cdn/autoloader.js', 'release/provincial-widgets-wordpress.zip']) {
  if (!existsSync(`${root}${f}`)) {
    console.error(`release: ${f} is missing; run npm run build first.`);
    process.exit(1);
  }
}

/** Every file under `dir` (relative to the repository), as zip entries under `to`. */
const folder = (dir, to) =>
  readdirSync(`${root}${dir}`)
    .sort()
    .flatMap((n) =>
      statSync(`${root}${dir}/${n}`).isDirectory()
        ? folder(`${dir}/${n}`, `${to}/${n}`)
        : [{ path: `${to}/${n}`, data: readFileSync(`${root}${dir}/${n}`) }],
    );

const top = `provincial-widgets-${version}`;
const hosting = existsSync(`${root}hosting`);
const readme = readFileSync(`${root}scripts/release/README.md`, 'utf8')
  .replaceAll('{version}', version)
  .replace('{hosting-vi}', hosting ? '- `hosting/`: cấu hình máy chủ mẫu (nginx, Apache).\n' : '')
  .replace('{hosting-en}', hosting ? '- `hosting/`: server configuration examples (nginx, Apache).\n' : '');
const entries = [
  { path: `${top}/README.md`, data: readme },
  ...folder('dist/cdn', `${top}/cdn`).filter((e) => !e.path.endsWith('.d.ts')),
  ...['portal.vi.json', 'portal.en.json'].map((f) => ({
    path: `${top}/feeds/${f}`,
    data: readFileSync(`${root}demo/feeds/${f}`),
  })),
  ...folder('demo/feeds/images', `${top}/feeds/images`),
  {
    path: `${top}/wordpress/provincial-widgets.zip`,
    data: readFileSync(`${root}release/provincial-widgets-wordpress.zip`),
  },
  ...(hosting ? folder('hosting', `${top}/hosting`) : []),
];
const out = `release/${top}.zip`;
const bytes = zip(entries);
writeFileSync(`${root}${out}`, bytes);
console.log(`release: ${out} (${entries.length} files, ${(bytes.length / 1024).toFixed(0)} KiB)`);
