// `npm ci` refuses a lock file that lacks an optional package of the platform it runs on, and npm drops
// other platforms' optional packages when it rewrites a lock over an existing node_modules. These tests
// fail when either lock (the project's and toolchain/'s) loses a platform the project builds on.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { requiredNode, satisfiesRequired } from '../../../scripts/toolchain.mjs'
import { REPO } from '../../helpers/fakeSysroot'

/** Where npm ci must work: the Macs that build the pkg (both CPUs) and the Linux build machines. */
const PLATFORMS = [
  { os: 'darwin', cpu: 'arm64' },
  { os: 'darwin', cpu: 'x64' },
  { os: 'linux', cpu: 'x64' },
] as const

interface LockEntry {
  version?: string
  os?: string | string[]
  cpu?: string | string[]
  libc?: string | string[]
  optional?: boolean
  optionalDependencies?: Record<string, string>
}
type Lock = { packages: Record<string, LockEntry> }

const readJson = (file: string) => JSON.parse(readFileSync(path.join(REPO, file), 'utf8'))
const list = (value: string | string[] | undefined) => (value === undefined ? [] : [value].flat())
const runsOn = (entry: LockEntry, platform: (typeof PLATFORMS)[number]) =>
  (entry.os === undefined || list(entry.os).includes(platform.os)) &&
  (entry.cpu === undefined || list(entry.cpu).includes(platform.cpu)) &&
  (entry.libc === undefined || list(entry.libc).includes('glibc'))

/** The lock entry npm resolves `name` to from the package at `from` (its own node_modules, then up). */
function resolve(lock: Lock, from: string, name: string): LockEntry | undefined {
  for (let dir = from; ; dir = dir.replace(/\/?node_modules\/(@[^/]+\/)?[^/]+$/, '')) {
    const entry = lock.packages[`${dir ? `${dir}/` : ''}node_modules/${name}`]
    if (entry || !dir) return entry
  }
}

/** Optional packages named after two or more of our platforms: a family, even when the lock lost them. */
const namesAPlatform = (name: string) =>
  PLATFORMS.some(({ os, cpu }) => name.includes(os) && name.includes(cpu))
const isFamily = (entry: LockEntry) =>
  Object.keys(entry.optionalDependencies ?? {}).filter(namesAPlatform).length >= 2

/** The platforms that none of the lock's optional packages of the package at `location` installs on. */
function uncoveredPlatforms(lock: Lock, location: string): string[] {
  const entry = lock.packages[location]!
  const platformSpecific = Object.keys(entry.optionalDependencies ?? {})
    .map((name) => resolve(lock, location, name))
    .filter((dep): dep is LockEntry => dep?.os !== undefined && dep.cpu !== undefined)
  if (!isFamily(entry) && platformSpecific.length === 0) return []
  return PLATFORMS.filter((platform) => !platformSpecific.some((dep) => runsOn(dep, platform))).map(
    (platform) => `${platform.os}-${platform.cpu}`,
  )
}

/** Every package with platform-specific optional packages (esbuild, rollup, resvg, Node…) and its gaps. */
const missingPlatforms = (lock: Lock) =>
  Object.keys(lock.packages).flatMap((location) =>
    uncoveredPlatforms(lock, location).map((platform) => `${location || '(root)'}: nothing for ${platform}`),
  )

describe.each([
  ['package-lock.json', ['node_modules/rollup', 'node_modules/esbuild', 'node_modules/@resvg/resvg-js']],
  // The toolchain's own package.json lists Node's platform packages: the root entry is the family.
  ['toolchain/package-lock.json', ['']],
])('%s', (file, families) => {
  const lock = readJson(file) as Lock

  it('holds an optional package for macOS arm64, macOS x64 and Linux x64 in every platform family', () => {
    expect(missingPlatforms(lock)).toEqual([])
  })

  it.each(families.map((location) => [location || '(the toolchain itself)', location]))(
    'covers the known family %s',
    (_label, location) => {
      expect(lock.packages[location], `${location} is not in the lock`).toBeDefined()
      expect(isFamily(lock.packages[location]!)).toBe(true)
      expect(uncoveredPlatforms(lock, location)).toEqual([])
    },
  )

  it('fails when a platform is lost (the check itself)', () => {
    const darwinArm = Object.keys(lock.packages).filter((location) => {
      const entry = lock.packages[location]!
      return list(entry.os).includes('darwin') && list(entry.cpu).includes('arm64')
    })
    expect(darwinArm.length).toBeGreaterThan(0)
    const packages = Object.fromEntries(
      Object.entries(lock.packages).filter(([location]) => !darwinArm.includes(location)),
    )
    expect(missingPlatforms({ packages })).toEqual(
      expect.arrayContaining([expect.stringMatching(/nothing for darwin-arm64$/)]),
    )
  })

  it('belongs to its package.json (npm ci would refuse it otherwise)', () => {
    const manifest = readJson(file.replace('package-lock.json', 'package.json'))
    const root = lock.packages['']!
    for (const field of ['dependencies', 'devDependencies', 'optionalDependencies'] as const)
      expect((root as Record<string, unknown>)[field], field).toEqual(manifest[field])
  })
})

describe('the toolchain', () => {
  const manifest = readJson('package.json')
  const toolchain = readJson('toolchain/package.json')

  it('states the Node that the installed tools declare, and toolchain/ brings one that satisfies it', () => {
    const lock = readJson('package-lock.json') as Lock
    const required = requiredNode()
    expect(manifest.engines.node).toBe(`>=${required.text}`)
    const declared = Object.entries(lock.packages).flatMap(([location, entry]) => {
      const range = (entry as { engines?: { node?: string } }).engines?.node
      const floor = range && /^>=\s*v?(\d+)\.(\d+)/.exec(range.trim())
      return floor ? [{ location, major: Number(floor[1]), minor: Number(floor[2]) }] : []
    })
    // electron and @electron/get declare 22.12: the floor is no lower than any tool's own.
    const highest = declared.reduce((a, b) => (b.major * 1000 + b.minor > a.major * 1000 + a.minor ? b : a))
    expect(`${highest.major}.${highest.minor}`, highest.location).toBe(required.text)
    for (const version of Object.values(toolchain.optionalDependencies as Record<string, string>))
      expect(satisfiesRequired(version)).toBe(true)
  })

  it('compares versions by number', () => {
    expect(satisfiesRequired('v20.19.1')).toBe(false)
    expect(satisfiesRequired('22.11.9')).toBe(false)
    expect(satisfiesRequired('22.12.0')).toBe(true)
    expect(satisfiesRequired('24.0.0')).toBe(true)
  })

  it('pins one Node version for every platform, and CI sets up the same major', () => {
    const versions = new Set(Object.values(toolchain.optionalDependencies as Record<string, string>))
    expect([...versions]).toHaveLength(1)
    const [version] = [...versions]
    expect(version).toMatch(/^\d+\.\d+\.\d+$/)
    const workflow = parseYaml(readFileSync(path.join(REPO, '.github/workflows/macos.yml'), 'utf8'))
    const nodeVersions = Object.values(
      workflow.jobs as Record<string, { steps: { with?: Record<string, unknown> }[] }>,
    )
      .flatMap((job) => job.steps)
      .map((step) => step.with?.['node-version'])
      .filter((value) => value !== undefined)
    expect(nodeVersions.length).toBeGreaterThan(0)
    for (const value of nodeVersions) expect(String(value)).toBe(version)
  })
})

describe('package.json', () => {
  const manifest = readJson('package.json')

  it('pins electron exactly and ships no runtime dependencies (the build bundles them into out/)', () => {
    expect(manifest.devDependencies.electron).toMatch(/^\d+\.\d+\.\d+$/)
    expect(manifest.dependencies ?? {}).toEqual({})
  })

  it('types Node as Electron’s Node (22)', () => {
    expect(manifest.devDependencies['@types/node']).toMatch(/^\^?22\./)
    expect(readFileSync(path.join(REPO, 'scripts/build.mjs'), 'utf8')).toContain("target: 'node22'")
  })
})
