/** Writing a command's output file, with a one-line reason and fix instead of a stack trace. */
import { writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { InputError } from './errors.js';
import { t } from './i18n.js';

/** Writes the converted feed; a missing folder or a folder given as the file is a one-line error with a hint. */
export async function writeOutput(path: string, json: string): Promise<void> {
  try {
    await writeFile(path, json);
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'ENOENT') {
      throw new InputError(
        t(
          `cannot write ${path}: the folder ${dirname(path)} does not exist`,
          `không ghi được ${path}: thư mục ${dirname(path)} không tồn tại`,
        ),
        t(
          'Create the folder first, or give another path with -o.',
          'Hãy tạo thư mục trước, hoặc dùng đường dẫn khác với -o.',
        ),
      );
    }
    if (code === 'EISDIR') {
      throw new InputError(
        t(`cannot write ${path}: it is a folder`, `không ghi được ${path}: đó là thư mục`),
        t(
          `Give a file name with -o, e.g. ${path.replace(/\/+$/, '')}/feed.json`,
          `Dùng tên tệp với -o, ví dụ ${path.replace(/\/+$/, '')}/feed.json`,
        ),
      );
    }
    throw new InputError(
      t(`cannot write ${path} (${code ?? 'error'})`, `không ghi được ${path} (${code ?? 'lỗi'})`),
      t(
        'Check the permissions of the folder, or give another path with -o.',
        'Kiểm tra quyền ghi của thư mục, hoặc dùng đường dẫn khác với -o.',
      ),
    );
  }
}
