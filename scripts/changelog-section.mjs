// Prints one version's section of CHANGELOG.md (Keep a Changelog: `## [x.y.z] - date`), without its
// heading: the notes of the GitHub release the macOS workflow makes for a version tag.
// Usage: node scripts/changelog-section.mjs 0.2.0   (exit 1 when the changelog has no such section)
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

/** The lines under `## [version]` up to the next `## ` heading, trimmed; null when there is none. */
export function changelogSection(changelog, version) {
  const lines = changelog.split(/\r?\n/)
  const start = lines.findIndex((line) => line.startsWith(`## [${version}]`))
  if (start === -1) return null
  const end = lines.findIndex((line, index) => index > start && line.startsWith('## '))
  const body = lines
    .slice(start + 1, end === -1 ? undefined : end)
    .join('\n')
    .trim()
  return body === '' ? null : body
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [version] = process.argv.slice(2)
  if (!version) {
    console.error('usage: node scripts/changelog-section.mjs <version>')
    process.exit(2)
  }
  const changelog = readFileSync(path.resolve(import.meta.dirname, '../CHANGELOG.md'), 'utf8')
  const section = changelogSection(changelog, version)
  if (section === null) {
    console.error(
      `CHANGELOG.md has no section "## [${version}]" with notes: add it before tagging v${version}.`,
    )
    process.exit(1)
  }
  console.log(section)
}
