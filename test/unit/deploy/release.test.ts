// What a release carries besides the pkg: the licence package.json names, the changelog in the Keep a
// Changelog form, and the section of it the macOS workflow puts into the GitHub release.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { changelogSection } from '../../../scripts/changelog-section.mjs'
import { REPO } from '../../helpers/fakeSysroot'

const read = (file: string) => readFileSync(path.join(REPO, file), 'utf8')

describe('LICENSE', () => {
  it('is the MIT licence package.json names', () => {
    expect(JSON.parse(read('package.json')).license).toBe('MIT')
    expect(read('LICENSE')).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} /)
    expect(read('LICENSE')).toContain('THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND')
  })
})

describe('CHANGELOG.md', () => {
  const changelog = read('CHANGELOG.md')

  it('has an Unreleased section with lines under Keep a Changelog headings', () => {
    const unreleased = changelogSection(changelog, 'Unreleased')
    expect(unreleased).not.toBeNull()
    expect(unreleased).toMatch(/^### Added\n\n- /)
    const kinds = [...unreleased!.matchAll(/^### (.+)$/gm)].map((match) => match[1])
    for (const kind of kinds)
      expect(['Added', 'Changed', 'Deprecated', 'Removed', 'Fixed', 'Security']).toContain(kind)
  })

  it('dates every released version and lists them newest first', () => {
    const versions = [...changelog.matchAll(/^## \[(.+?)\](.*)$/gm)]
    expect(versions[0]![1]).toBe('Unreleased')
    for (const [, version, rest] of versions.slice(1)) {
      expect(version).toMatch(/^\d+\.\d+\.\d+(-[0-9A-Za-z.]+)?$/)
      expect(rest).toMatch(/^ - \d{4}-\d\d-\d\d$/)
    }
  })
})

describe('changelogSection', () => {
  const sample = [
    '# Changelog',
    '',
    '## [Unreleased]',
    '',
    '## [0.2.0] - 2027-01-10',
    '',
    '### Fixed',
    '',
    '- the thing',
    '',
    '## [0.1.0] - 2026-12-01',
    '',
    '### Added',
    '',
    '- everything',
    '',
  ].join('\n')

  it('takes one version’s lines, without its heading and up to the next version', () => {
    expect(changelogSection(sample, '0.2.0')).toBe('### Fixed\n\n- the thing')
    expect(changelogSection(sample, '0.1.0')).toBe('### Added\n\n- everything')
  })

  it('answers null for a version that is missing or has no notes (the release job then stops)', () => {
    expect(changelogSection(sample, '0.3.0')).toBeNull()
    expect(changelogSection(sample, 'Unreleased')).toBeNull()
    expect(changelogSection(sample, '0.1')).toBeNull()
  })

  it('reads a changelog saved with Windows line ends', () => {
    expect(changelogSection(sample.replace(/\n/g, '\r\n'), '0.2.0')).toBe('### Fixed\n\n- the thing')
  })
})

describe('the release job', () => {
  const workflow = parseYaml(read('.github/workflows/macos.yml'))
  const release = workflow.jobs.release as { if: string; needs: string; steps: { run?: string }[] }
  const runs = release.steps.map((step) => step.run ?? '').join('\n')

  it('runs on version tags only, after the pkg job, with the tag checked against package.json', () => {
    expect(release.if).toBe("startsWith(github.ref, 'refs/tags/v')")
    expect(release.needs).toBe('pkg')
    expect(runs).toContain(`test "\${GITHUB_REF_NAME#v}" = "$(node -p 'require("./package.json").version')"`)
  })

  it('publishes the pkg, its SHA-256 and the changelog’s section', () => {
    expect(runs).toContain('node scripts/changelog-section.mjs "${GITHUB_REF_NAME#v}" > release-notes.md')
    expect(runs).toMatch(
      /gh release create .* dist\/\*\.pkg dist\/\*\.pkg\.sha256 .*--notes-file release-notes\.md/,
    )
  })
})
