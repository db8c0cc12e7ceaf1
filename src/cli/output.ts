/** Writing a command's output file, with a one-line reason and fix instead of a stack trace. */
import { writeFile } from 'node:fs/promises';
import { InputError } from './input.js';
import { t } from './i18n.js';

export async function writeOutput(path: string, text: string): Promise<void> {
  try {
    await writeFile(path, text);
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'ENOENT') {
      throw new InputError(t(`the folder of ${path} does not exist`, `thư mục của ${path} không tồn tại`), t('Create the folder first, or choose another -o path.', 'Hãy tạo thư mục trước, hoặc chọn đường dẫn -o khác.'));
    }
    if (code === 'EISDIR') {
      throw new InputError(t(`${path} is a folder`, `${path} là một thư mục`), t('Give a file name after -o, e.g. -o portal.vi.json.', 'Hãy ghi tên tệp sau -o, ví dụ -o portal.vi.json.'));
    }
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
      throw new InputError(t(`cannot write ${path} (${code})`, `không ghi được ${path} (${code})`), t('Choose a folder you can write to.', 'Hãy chọn thư mục bạn có quyền ghi.'));
    }
    throw e;
  }
}
