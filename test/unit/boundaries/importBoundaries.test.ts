/**
 * The import boundaries hold: throwaway files that break them, written where `npm run lint` looks,
 * make the boundary linter fail and name the rule. The files are removed even when a check fails.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../../..')
const probe = `boundary-probe-${process.pid}-${Date.now()}`
const dirs = ['main/common', 'main/node', 'preload', 'renderer', 'scripts'].map((layer) =>
  path.join(root, layer, probe),
)

/** Throwaway files, by path from the repository root, each breaking one rule. */
const files: Record<string, string> = {
  [`main/common/${probe}/usesNode.ts`]:
    "import { readFileSync } from 'node:fs'\nexport const read = readFileSync\n",
  [`main/common/${probe}/usesPreload.ts`]: "import '../../../preload/index'\n",
  [`main/common/${probe}/usesZip.ts`]: "import { zipSync } from 'fflate'\nexport const zip = zipSync\n",
  [`main/common/${probe}/usesDeepPath.ts`]:
    "import plist from 'plist/dist/index.js'\nexport const parse = plist\n",
  [`main/common/${probe}/usesNodeCore.ts`]: "export { parseAppSso } from '../../node/parsers/appSso'\n",
  [`main/node/${probe}/usesElectron.ts`]:
    "import { app } from 'electron'\nexport const quit = () => app.quit()\n",
  [`preload/${probe}/usesCommon.ts`]: "export { silentLogger } from '../../main/common/logger'\n",
  [`renderer/${probe}/usesNodeCore.ts`]: "export { parseAppSso } from '../../main/node/parsers/appSso'\n",
  [`renderer/${probe}/usesSchema.ts`]:
    "export { macStateSchema } from '../../main/common/model/macState.schema'\n",
  [`scripts/${probe}/circleA.ts`]: "import { b } from './circleB'\nexport const a = () => b\n",
  [`scripts/${probe}/circleB.ts`]: "import { a } from './circleA'\nexport const b = () => a\n",
}

/** Each broken rule the linter reported, with the file that broke it. */
let violations: { rule: string; from: string }[] = []
let exitCode: number | null = null
let output = ''

const cleanUp = () => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true }))

beforeAll(() => {
  try {
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
      writeFileSync(path.join(root, file), text)
    }
    // The same command `npm run lint` runs, with the throwaway files added to what it checks.
    const lint = spawnSync('npm', ['run', '--silent', 'lint:boundaries', '--', ...Object.keys(files)], {
      cwd: root,
      encoding: 'utf8',
      timeout: 120_000,
    })
    exitCode = lint.status
    output = `${lint.stdout}${lint.stderr}`
    violations = [...output.matchAll(/^\s*error ([\w-]+): (\S+) →/gm)].map(([, rule, from]) => ({
      rule: rule!,
      from: from!,
    }))
  } finally {
    cleanUp()
  }
}, 150_000)

afterAll(cleanUp)

const broken = (file: string) => violations.filter((v) => v.from === file).map((v) => v.rule)

describe('import boundaries', () => {
  it('fail the lint when broken', () => {
    expect(exitCode, output).not.toBe(0)
    expect(exitCode, output).not.toBeNull()
  })

  it.each([
    ['usesNode.ts', 'common-no-node-builtins'],
    ['usesPreload.ts', 'common-no-upper-layers'],
    ['usesZip.ts', 'common-only-allowed-packages'],
    ['usesDeepPath.ts', 'common-only-allowed-packages'],
    ['usesNodeCore.ts', 'common-no-upper-layers'],
  ])('main/common: %s breaks %s', (file, rule) => {
    expect(broken(`main/common/${probe}/${file}`)).toContain(rule)
  })

  it('main/node may not import electron', () => {
    expect(broken(`main/node/${probe}/usesElectron.ts`)).toContain('electron-only-at-the-edges')
  })

  it('the preload imports electron and the contract only', () => {
    expect(broken(`preload/${probe}/usesCommon.ts`)).toContain('preload-only-electron-and-contract')
  })

  it('the renderer imports main/common only', () => {
    expect(broken(`renderer/${probe}/usesNodeCore.ts`)).toContain('renderer-only-common')
  })

  it('the renderer never imports built zod schemas', () => {
    expect(broken(`renderer/${probe}/usesSchema.ts`)).toContain('renderer-no-schemas')
  })

  it('an import circle is caught, in scripts too', () => {
    expect(broken(`scripts/${probe}/circleA.ts`)).toContain('no-circular')
  })

  it('the files the app ships break none of the rules', () => {
    const product = violations.filter((v) => !v.from.includes(probe))
    expect(product).toEqual([])
  })
})
