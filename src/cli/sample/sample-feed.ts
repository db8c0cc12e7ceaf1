/**
 * `provincial-widgets sample-feed`: the demo's sample feed for a webmaster to try the widgets on
 * their own site, with its training sessions moved to the current weeks (as the demo server
 * serves it), so the calendar shows upcoming sessions instead of "Không có lịch tập huấn".
 */
import { copyFile, mkdir, readdir, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import vi from '../../../demo/feeds/portal.vi.json';
import en from '../../../demo/feeds/portal.en.json';
import { shiftFeed, vietnamToday } from './shift.mjs';

/** The sample in `lang`, shifted so that its sessions fall around `today`. */
export function sampleFeed(lang: 'vi' | 'en', today = vietnamToday()): object {
  return shiftFeed(lang === 'vi' ? vi : en, today);
}

/**
 * The sample's photos (its `image` fields are relative, `images/…`): in the package next to
 * dist/ (`demo/feeds/images`), or in the clone the command runs in.
 */
function imagesDir(): string | undefined {
  const candidates = [fileURLToPath(new URL('../../demo/feeds/images', import.meta.url)), resolve('demo/feeds/images')];
  return candidates.find((dir) => existsSync(dir));
}

/** Copies the photos into `images/` next to `output`; resolves to how many were copied. */
export async function copySampleImages(output: string): Promise<number> {
  const from = imagesDir();
  if (!from) return 0;
  const to = join(dirname(resolve(output)), 'images');
  await mkdir(to, { recursive: true });
  const files = (await readdir(from)).filter((f) => /\.(jpe?g|png|webp)$/i.test(f));
  for (const f of files)
    if (!(await stat(join(to, f)).catch(() => undefined))) await copyFile(join(from, f), join(to, f));
  return files.length;
}
