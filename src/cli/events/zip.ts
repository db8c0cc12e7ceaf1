/**
 * Just enough of a zip reader for an .xlsx: the central directory, and one entry inflated at a
 * time with node:zlib's `maxOutputLength`, so a zip bomb stops at a budget instead of filling
 * memory. Only the entries asked for are ever inflated.
 */
import { inflateRawSync } from 'node:zlib';

/** Every entry asked for, together, inflates to at most this many bytes. */
export const MAX_INFLATED_BYTES = 50 * 1024 * 1024;
/** An entry may inflate to at most this many times its compressed size (past the first MiB)… */
export const MAX_RATIO = 200;
/** …which real sheets never approach (Excel's XML compresses 5–30×); below a MiB any ratio is harmless. */
const RATIO_FLOOR = 1024 * 1024;

/** Why an archive was not read: `limit` names the cap reached, if one was. */
export class ZipError extends Error {
  constructor(
    message: string,
    readonly limit?: 'inflated' | 'ratio',
  ) {
    super(message);
  }
}

interface Entry {
  method: number;
  compressed: number;
  offset: number;
}

/** The archive's entries by name, read from its central directory (nothing is inflated yet). */
export class Zip {
  private readonly entries = new Map<string, Entry>();
  private inflated = 0;

  constructor(private readonly bytes: Uint8Array) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    // The end-of-central-directory record sits in the last 22 + 65,535 (comment) bytes.
    let end = -1;
    for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--)
      if (view.getUint32(i, true) === 0x06054b50) {
        end = i;
        break;
      }
    if (end < 0) throw new ZipError('not a zip archive (no central directory)');
    const count = view.getUint16(end + 10, true);
    let at = view.getUint32(end + 16, true);
    const decoder = new TextDecoder();
    for (let n = 0; n < count; n++) {
      if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50)
        throw new ZipError('the zip central directory is damaged');
      const nameLength = view.getUint16(at + 28, true);
      const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
      this.entries.set(name, {
        method: view.getUint16(at + 10, true),
        compressed: view.getUint32(at + 20, true),
        offset: view.getUint32(at + 42, true),
      });
      at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    }
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** The entry's text (UTF-8), or undefined when there is none; throws {@link ZipError} past a limit. */
  text(name: string): string | undefined {
    const entry = this.entries.get(name);
    if (!entry) return undefined;
    const view = new DataView(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength);
    const local = entry.offset;
    if (local + 30 > this.bytes.length || view.getUint32(local, true) !== 0x04034b50)
      throw new ZipError(`the zip entry ${name} is damaged`);
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const data = this.bytes.subarray(start, start + entry.compressed);
    const budget = MAX_INFLATED_BYTES - this.inflated;
    const ratioCap = Math.max(RATIO_FLOOR, entry.compressed * MAX_RATIO);
    let out: Uint8Array;
    if (entry.method === 0) out = data;
    else if (entry.method === 8) {
      try {
        out = inflateRawSync(data, { maxOutputLength: Math.max(1, Math.min(budget, ratioCap)) });
      } catch (e) {
        if ((e as { code?: string }).code !== 'ERR_BUFFER_TOO_LARGE')
          throw new ZipError(`the zip entry ${name} is damaged (${(e as Error).message})`);
        throw budget <= ratioCap
          ? new ZipError(`${name} inflates past the ${MAX_INFLATED_BYTES / 1048576} MB limit`, 'inflated')
          : new ZipError(`${name} inflates more than ${MAX_RATIO} times its size (a zip bomb?)`, 'ratio');
      }
    } else throw new ZipError(`the zip entry ${name} uses compression method ${entry.method}`);
    this.inflated += out.byteLength;
    if (this.inflated > MAX_INFLATED_BYTES)
      throw new ZipError(`${name} inflates past the ${MAX_INFLATED_BYTES / 1048576} MB limit`, 'inflated');
    return new TextDecoder().decode(out);
  }
}
