// The macOS workflow cannot run here: `npm run lint` validates it against GitHub's schema
// (@action-validator/cli), and these tests hold it to what the macOS runs must do.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { REPO } from '../../helpers/fakeSysroot'

interface Step {
  name?: string
  run?: string
  uses?: string
  if?: string
  env?: Record<string, string>
}
interface Job {
  'runs-on': string
  needs?: string
  strategy?: { matrix: { os: string[]; include?: { os: string }[] } }
  steps: Step[]
}

const read = (file: string) => readFileSync(path.join(REPO, file), 'utf8')
const workflow = parseYaml(read('.github/workflows/macos.yml')) as { jobs: Record<string, Job> }
const commands = (job: Job) => job.steps.map((step) => step.run ?? '').join('\n')

describe('.github/workflows/macos.yml', () => {
  it('is validated by npm run lint', () => {
    expect(JSON.parse(read('package.json')).scripts.lint).toContain(
      'action-validator .github/workflows/*.yml',
    )
  })

  it('tests on macOS 14, 15 and 26', () => {
    const { matrix } = workflow.jobs.test!.strategy!
    expect([...matrix.os, ...(matrix.include ?? []).map((entry) => entry.os)]).toEqual([
      'macos-14',
      'macos-15',
      'macos-26',
    ])
    expect(workflow.jobs.test!['runs-on']).toBe('${{ matrix.os }}')
  })

  it('installs with npm ci, then lints, typechecks and runs the unit tests', () => {
    const run = commands(workflow.jobs.test!)
    const order = ['npm ci', 'npm run lint', 'npm run typecheck', 'npm run test:unit']
    const positions = order.map((command) => run.indexOf(command))
    expect(positions.every((position) => position >= 0)).toBe(true)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
    expect(run).not.toContain('npm install')
  })

  it('runs the whole Electron spec file on the unfused development build', () => {
    const run = commands(workflow.jobs.test!)
    expect(run).toMatch(/npx playwright test test\/e2e\/electron\.spec\.ts( --project=electron)?\n/)
    expect(run).not.toMatch(/electron\.spec\.ts.*(-g|--grep)/)
    expect(run).toContain('node node_modules/electron/install.js')
  })

  it('checks the CLI against the runner’s own tools and keeps the capture', () => {
    const job = workflow.jobs.test!
    expect(commands(job)).toMatch(
      /status --json > "\$file"\n.*\n?\s*node scripts\/check-status\.mjs "\$file"/,
    )
    expect(
      job.steps.some(
        (step) => step.uses?.startsWith('actions/upload-artifact') && step.name?.includes('capture'),
      ),
    ).toBe(true)
  })

  it('builds the universal pkg, signed when the secrets exist, and checks its payload and signature', () => {
    const pkg = workflow.jobs.pkg!
    const run = commands(pkg)
    expect(run).toContain('npm run dist:mac')
    expect(run).toContain('pkgutil --payload-files')
    expect(run).toContain('pkgutil --check-signature')
    expect(run).toContain('shasum -a 256')
    const signed = pkg.steps.find((step) => step.if === "env.SIGNED == 'true'")!
    expect(Object.keys(signed.env!)).toEqual(
      expect.arrayContaining(['CSC_LINK', 'CSC_INSTALLER_LINK', 'APPLE_API_KEY_ID', 'APPLE_API_ISSUER']),
    )
    // The documented secret names are the ones the workflow reads.
    const secrets = [...read('.github/workflows/macos.yml').matchAll(/secrets\.([A-Z0-9_]+)/g)].map(
      (m) => m[1]!,
    )
    const documented = read('docs/build-and-sign.md')
    for (const secret of new Set(secrets)) expect(documented, secret).toContain(`\`${secret}\``)
  })
})
