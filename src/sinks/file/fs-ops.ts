import { Buffer } from 'node:buffer';
import { lstat, open, type FileHandle } from 'node:fs/promises';
import { errnoCode } from './errors';

const NEWLINE = Buffer.from('\n');
/** fsync on a directory is not supported everywhere; these mean "cannot", not "failed". */
const DIR_FSYNC_UNSUPPORTED = new Set(['EISDIR', 'EINVAL', 'EPERM', 'EBADF', 'ENOTSUP', 'EOPNOTSUPP']);

/** Writes all of `data` at the end of the file (O_APPEND); loops only on short writes. */
export async function writeAll(handle: FileHandle, data: Buffer): Promise<void> {
  let offset = 0;
  while (offset < data.length) {
    const { bytesWritten } = await handle.write(data, offset, data.length - offset);
    if (bytesWritten <= 0) throw Object.assign(new Error('write made no progress'), { code: 'EIO' });
    offset += bytesWritten;
  }
}

/** Appends '\n' when the file's last byte is not one; returns the bytes added. */
export async function repairTail(handle: FileHandle, size: number, fsync: boolean): Promise<number> {
  const last = Buffer.alloc(1);
  await handle.read(last, 0, 1, size - 1);
  if (last[0] === NEWLINE[0]) return 0;
  await writeAll(handle, NEWLINE);
  if (fsync) await handle.sync();
  return 1;
}

export async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch (err) {
    if (errnoCode(err) === 'ENOENT') return false;
    throw err;
  }
}

/** Makes a directory entry change (create, rename) durable. */
export async function fsyncDirectory(dir: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch (err) {
    const code = errnoCode(err);
    if (code === undefined || !DIR_FSYNC_UNSUPPORTED.has(code)) throw err;
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
