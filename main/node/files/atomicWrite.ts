/**
 * Atomic file writes: the data goes to a temporary file beside the destination, is flushed, then
 * renamed over it. A crash at any point leaves either the old file or the new one, never half of one;
 * a failed write removes its temporary file.
 */
import { randomBytes } from 'node:crypto'
import { open, rename, rm } from 'node:fs/promises'
import path from 'node:path'

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
  try {
    await fs.writeAndFlush(temporary, data)
    await fs.rename(temporary, destination)
  } catch (error) {
    await fs.remove(temporary).catch(() => {})
    throw error
  }
}
