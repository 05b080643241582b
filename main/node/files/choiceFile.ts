/**
 * A user's choice kept as `{"<key>": <value>}` in the app's data folder, written atomically. A
 * missing, unreadable, oversized or unknown value reads as no choice (never a crash, never a guess).
 */
import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { writeFileAtomic } from './atomicWrite'
import { readBoundedFile } from './readBounded'

/** A saved choice is a few dozen bytes; anything past this is not one. */
export const MAX_CHOICE_FILE_BYTES = 1000

export interface ChoiceFile<T> {
  load(): Promise<T | null>
  save(value: T): Promise<void>
}

export function choiceFile<T>(
  dataDir: string,
  fileName: string,
  key: string,
  isValid: (value: unknown) => value is T,
): ChoiceFile<T> {
  const file = path.join(dataDir, fileName)
  return {
    async load() {
      // Only a regular file, bounded in size and time: a FIFO or a link to a device reads as no choice.
      const read = await readBoundedFile(file, { maxBytes: MAX_CHOICE_FILE_BYTES })
      if (read.status !== 'ok') return null
      try {
        const value = (JSON.parse(read.data.toString('utf8')) as Record<string, unknown> | null)?.[key]
        return isValid(value) ? value : null
      } catch {
        return null
      }
    },
    async save(value) {
      await mkdir(dataDir, { recursive: true })
      await writeFileAtomic(file, `${JSON.stringify({ [key]: value })}\n`)
    },
  }
}
