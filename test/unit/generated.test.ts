// Generated files and synthetic fixtures are checked in; they must equal what their sources produce.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { generatedFiles } from '../../scripts/generated-files'
import { deriveFixtures, SYNTHETIC_FIXTURES } from '../../scripts/synthetic-fixtures'
import { REPO } from '../helpers/fakeSysroot'

describe('checked-in generated files', () => {
  it.each(generatedFiles().map((f) => [f.path, f] as const))(
    '%s is up to date (npm run generate)',
    (file, generated) => {
      expect(readFileSync(path.join(REPO, file), 'utf8')).toBe(generated.content)
    },
  )
})

describe('synthetic fixtures', () => {
  it.each(deriveFixtures().map((f) => [f.file, f] as const))(
    '%s equals its derivation from the real capture',
    (file, fixture) => {
      const onDisk = readFileSync(path.join(SYNTHETIC_FIXTURES, file))
      expect(onDisk.equals(Buffer.from(fixture.content))).toBe(true)
    },
  )

  it('labels every file synthetic', () => {
    for (const fixture of deriveFixtures()) expect(path.basename(fixture.file)).toMatch(/^synthetic-/)
  })
})
