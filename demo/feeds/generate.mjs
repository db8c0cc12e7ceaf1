#!/usr/bin/env node
/**
 * Writes the demo's sample feeds (portal.vi.json, portal.en.json) and, when
 * missing, their images (ImageMagick `convert`). The JSON files are committed;
 * run this only after editing the content in demo/feeds/content/:
 *
 *   node demo/feeds/generate.mjs            # feeds only (images kept)
 *   node demo/feeds/generate.mjs --images   # also regenerate every image
 *
 * One source holds both languages, so the two editions always share ids
 * (content/news.mjs, content/events.mjs; build-feed.mjs makes the feed items).
 * Dates are the originals (November–December 2017); the demo server moves the
 * training events (not the seed session) to the current weeks when it serves
 * them: see README.md.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildFeed, drawImage, feedImages } from './build-feed.mjs';
import { EVENTS } from './content/events.mjs';
import { NEWS } from './content/news.mjs';

const dir = fileURLToPath(new URL('.', import.meta.url));

for (const lang of ['vi', 'en']) {
  writeFileSync(
    `${dir}portal.${lang}.json`,
    `${JSON.stringify(buildFeed(lang, { news: NEWS, events: EVENTS }), null, 2)}\n`,
  );
}

const force = process.argv.includes('--images');
for (const img of feedImages(NEWS)) {
  const out = `${dir}images/${img.file}`;
  if (force || !existsSync(out)) drawImage(img, out);
}
