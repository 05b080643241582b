/**
 * A user's choice kept as `{"<key>": <value>}` in the app's data folder, written atomically. A
 * missing, unreadable, oversized or unknown value reads as no choice (never a crash, never a guess).
 */
import { mkdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { writeFileAtomic } from './atomicWrite'

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
      try {
        const text = await readFile(file, 'utf8')
        if (text.length > 1000) return null
        const value = (JSON.parse(text) as Record<string, unknown> | null)?.[key]
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
