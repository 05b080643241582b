// Writes every generated file (docs, schemas, admin samples) from its single source.
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { generatedFiles } from './generated-files'

const root = path.resolve(import.meta.dirname, '..')
for (const file of generatedFiles()) {
  mkdirSync(path.dirname(path.join(root, file.path)), { recursive: true })
  writeFileSync(path.join(root, file.path), file.content)
  console.log(`wrote ${file.path}`)
}
