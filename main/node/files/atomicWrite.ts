/**
 * Atomic file writes: the data goes to a temporary file beside the destination, is flushed, then
 * renamed over it. A crash at any point leaves either the old file or the new one, never half of one;
 * a failed write removes its temporary file, and a crash's leftover (a `.NAME.<hex>.tmp` older than
 * STALE_TEMPORARY_MS) is removed by the next write to that folder.
 */
import { randomBytes } from 'node:crypto'
import { lstat, open, readdir, rename, rm } from 'node:fs/promises'
import path from 'node:path'

/** The name of this module's temporary files: `.NAME.<12 hex digits>.tmp`. */
const TEMPORARY_NAME = /^\..+\.[0-9a-f]{12}\.tmp$/
/** Older than any write in progress could be: a bundle is written in seconds. */
export const STALE_TEMPORARY_MS = 60 * 60 * 1000
/** A folder with more entries than this is not searched (the Desktop of a busy user, say). */
const MAX_ENTRIES_SCANNED = 10_000

/** The file operations used, so tests can make one fail midway. */
export interface AtomicWriteFs {
  writeAndFlush(file: string, data: Uint8Array | string): Promise<void>
  rename(from: string, to: string): Promise<void>
  remove(file: string): Promise<void>
}

export const nodeAtomicWriteFs: AtomicWriteFs = {
  writeAndFlush: async (file, data) => {
    const handle = await open(file, 'wx', 0o600)
    try {
      await handle.writeFile(data)
      await handle.sync()
    } finally {
      await handle.close()
    }
  },
  rename,
  remove: (file) => rm(file, { force: true }),
}

export async function writeFileAtomic(
  destination: string,
  data: Uint8Array | string,
  fs: AtomicWriteFs = nodeAtomicWriteFs,
): Promise<void> {
  const temporary = path.join(
    path.dirname(destination),
    `.${path.basename(destination)}.${randomBytes(6).toString('hex')}.tmp`,
  )
  await removeStaleTemporaries(path.dirname(destination))
  try {
    await fs.writeAndFlush(temporary, data)
    await fs.rename(temporary, destination)
  } catch (error) {
    await fs.remove(temporary).catch(() => {})
    throw error
  }
}

/**
 * Removes this module's own temporaries left by a crash: only regular files named like them, owned
 * by this user, not modified for STALE_TEMPORARY_MS. Never fails the write that asked.
 */
export async function removeStaleTemporaries(dir: string, now: number = Date.now()): Promise<string[]> {
  const removed: string[] = []
  try {
    const names = await readdir(dir)
    if (names.length > MAX_ENTRIES_SCANNED) return removed
    for (const name of names) {
      if (!TEMPORARY_NAME.test(name)) continue
      const file = path.join(dir, name)
      const info = await lstat(file).catch(() => null)
      if (!info?.isFile() || now - info.mtimeMs < STALE_TEMPORARY_MS) continue
      if (typeof process.getuid === 'function' && info.uid !== process.getuid()) continue
      await rm(file, { force: true })
      removed.push(name)
    }
  } catch {
    // an unreadable folder: the write itself will say what is wrong
  }
  return removed
}
