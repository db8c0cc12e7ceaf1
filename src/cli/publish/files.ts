/**
 * Writing what the web server serves: a file is replaced by rename (a reader never sees half of it), and a
 * file whose bytes are the same is left alone, so its mtime and ETag stay and browsers keep their copies.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';

const sameBytes = async (path: string, bytes: Uint8Array) => {
  try {
    return Buffer.from(bytes).equals(await readFile(path));
  } catch {
    return false;
  }
};

/** Writes `content` to `path` through a temporary file and a rename; false when the file already held it. */
export async function writeAtomic(path: string, content: string | Uint8Array): Promise<boolean> {
  const bytes = typeof content === 'string' ? Buffer.from(content) : content;
  if (await sameBytes(path, bytes)) return false;
  await mkdir(dirname(path), { recursive: true });
  // In the same folder, so the rename stays on one file system (and is atomic there).
  const temp = join(dirname(path), `.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temp, bytes);
    await rename(temp, path);
  } catch (e) {
    await rm(temp, { force: true });
    throw e;
  }
  return true;
}

/** Every file under `dir`, as paths relative to it. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

/**
 * Copies the tree `from` into `to` file by file with {@link writeAtomic}; resolves to the number of files
 * written. Files already in `to` and not in `from` stay: a page that cached an older autoloader.js still
 * finds the hashed chunks it names.
 */
export async function copyTree(from: string, to: string): Promise<{ files: number; written: number }> {
  const files = await listFiles(from);
  let written = 0;
  for (const f of files) if (await writeAtomic(join(to, f), await readFile(join(from, f)))) written++;
  return { files: files.length, written };
}
