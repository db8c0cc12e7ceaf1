/**
 * One publish run at a time: a lock file created exclusively (O_EXCL) holding the run's pid. A lock whose
 * process is gone (a run killed by the OOM killer or a reboot) is stale and taken over, so one crash does
 * not stop every later cron run.
 */
import { mkdir, open, readFile, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { InputError } from '../common/errors.js';
import { t } from '../common/i18n.js';

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to another user.
    return (e as { code?: string }).code === 'EPERM';
  }
};

/** Takes the lock at `path`; throws {@link InputError} when a live run holds it. Resolves to its release. */
export async function takeLock(path: string): Promise<() => Promise<void>> {
  await mkdir(dirname(path), { recursive: true });
  for (let attempt = 0; ; attempt++) {
    try {
      const file = await open(path, 'wx');
      await file.writeFile(`${process.pid}\n${new Date().toISOString()}\n`);
      await file.close();
      return () => rm(path, { force: true });
    } catch (e) {
      if ((e as { code?: string }).code !== 'EEXIST') throw e;
    }
    const [pid, since] = (await readFile(path, 'utf8').catch(() => '')).split('\n');
    // An empty file is a run between its open and its write: looked at again once before it counts as stale.
    if (!Number(pid) && attempt === 0) {
      await new Promise((r) => setTimeout(r, 200));
      continue;
    }
    // A pid is reused after a reboot: a lock older than a day is stale whoever has that pid now.
    const old = !since || Date.now() - Date.parse(since) > 86_400_000;
    if (attempt < 3 && (!Number(pid) || old || !alive(Number(pid)))) {
      await rm(path, { force: true });
      continue;
    }
    throw new InputError(
      t(
        `another publish run is going on (pid ${pid || '?'}${since ? `, since ${since}` : ''}): it holds ${path}`,
        `một lần publish khác đang chạy (pid ${pid || '?'}${since ? `, từ ${since}` : ''}): nó giữ ${path}`,
      ),
      t(
        'Wait for it to finish; if no run is going on, delete that file.',
        'Hãy đợi lần đó xong; nếu không có lần nào đang chạy, hãy xóa tệp đó.',
      ),
    );
  }
}
