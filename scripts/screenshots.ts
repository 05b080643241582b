/**
 * The README's screenshots: the end-to-end tests save every screen under test-results/screens/
 * (`<screen>-<en|ja>-<light|dark>.png`); this copies the chosen ones to docs/screenshots/, where the
 * README shows them. Every repair stage is chosen by its prefix, so a new stage's screenshot is
 * picked up without a change here, and one no test takes any more is removed. `npm run screenshots`
 * runs the specs that take them, then this.
 */
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs'
import path from 'node:path'

const NAME = /^(?<screen>[a-z0-9-]+?)-(?<lang>en|ja)-(?<scheme>light|dark)\.png$/
/** The screens the README shows; a repair's stages by prefix (`repair-…`, `password-reset-…`). */
const CHOSEN_SCREENS = new Set(['status-password-reset', 'status-healthy', 'helpdesk', 'about', 'settings'])
const CHOSEN_PREFIXES = ['repair-', 'password-reset-']

export function chooseScreenshots(files: readonly string[]): string[] {
  return files
    .filter((file) => {
      const screen = NAME.exec(file)?.groups?.screen
      return (
        screen !== undefined &&
        (CHOSEN_SCREENS.has(screen) || CHOSEN_PREFIXES.some((p) => screen.startsWith(p)))
      )
    })
    .sort()
}

/** Screenshots in the README folder that no test takes any more (a stage renamed or gone). */
export function staleScreenshots(existing: readonly string[], chosen: readonly string[]): string[] {
  return existing.filter((file) => NAME.test(file) && !chosen.includes(file)).sort()
}

function main() {
  const root = path.resolve(import.meta.dirname, '..')
  const from = path.join(root, 'test-results/screens')
  const to = path.join(root, 'docs/screenshots')
  mkdirSync(to, { recursive: true })
  const chosen = chooseScreenshots(readdirSync(from))
  const stale = staleScreenshots(readdirSync(to), chosen)
  for (const file of stale) rmSync(path.join(to, file))
  for (const file of chosen) copyFileSync(path.join(from, file), path.join(to, file))
  process.stdout.write(
    `${chosen.length} screenshots copied to docs/screenshots/, ${stale.length} no test takes removed\n`,
  )
}

if (import.meta.filename === process.argv[1]) main()
