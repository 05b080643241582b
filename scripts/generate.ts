// Writes every generated file (docs, schemas, admin samples, the app icon) from its single source.
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { generatedFiles } from './generated-files'
import { ICON_PNG, readIconSource, renderIconPng } from './icon'

const root = path.resolve(import.meta.dirname, '..')
for (const file of generatedFiles()) {
  mkdirSync(path.dirname(path.join(root, file.path)), { recursive: true })
  writeFileSync(path.join(root, file.path), file.content)
  console.log(`wrote ${file.path}`)
}

// Binary, so not in the list above: its test compares the source hash it records, not its pixels.
writeFileSync(path.join(root, ICON_PNG), renderIconPng(readIconSource()))
console.log(`wrote ${ICON_PNG}`)
