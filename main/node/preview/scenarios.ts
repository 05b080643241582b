/**
 * Demo scenarios for the browser preview, the end-to-end tests and helpdesk training: each is a fake
 * Mac built from the fixtures (read in place), answering the REAL state reader through an in-memory
 * SystemAccess. A scenario has stages; `proceed()` moves to the next one, which is how the Mac's
 * state changes underneath the UI (password-reset: broken → registering → fixed).
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { COMPANY_PORTAL_INFO_PLIST } from '../probe/readMacState'
import type { FileResult, SystemAccess, ToolResult } from '../system/tools'

export interface ScenarioStage {
  /** What this stage stands for, for logs and the preview's console. */
  label: string
  /** `app-sso platform -s` output: a file under the fixture folders (see `fixturePath`). */
  appSso: string
  /** `profiles show -output stdout-xml` output. */
  profiles: string
  /** null: Company Portal is not installed. */
  companyPortalVersion: string | null
  /**
   * The pretend Mac stays at this stage until the user finishes this playbook step (the step where,
   * on a real Mac, their action changes the state); absent: any move of the user's moves it on.
   */
  untilStep?: string
}

export interface Scenario {
  description: string
  stages: [ScenarioStage, ...ScenarioStage[]]
  /** How long each probe takes (0 = instant). */
  probeDelayMs: number
}

/** Fixture references: `shared:` = ../shared/fixtures/app-sso, `synthetic:` = test/fixtures. */
type FixtureRef = `shared:${string}` | `synthetic:${string}`
const stage = (
  label: string,
  appSso: FixtureRef,
  profiles: FixtureRef,
  companyPortalVersion: string | null = '5.2504.0',
): ScenarioStage => ({
  label,
  appSso,
  profiles,
  companyPortalVersion,
})

const PASSWORD_PROFILE = 'synthetic:profiles/synthetic-password.xml'
const FIXED = stage(
  'fixed: registered again, fresh tokens',
  'synthetic:app-sso/synthetic-password-registered-fresh-tokens.txt',
  PASSWORD_PROFILE,
)

export const SCENARIOS = {
  // The password-reset playbook's own steps move this Mac: clicking Register, then signing in.
  'password-reset': {
    description: 'An admin reset the Entra password: sign-in is broken until the user registers again.',
    stages: [
      {
        ...stage(
          'broken: needs registration after the password reset',
          'synthetic:app-sso/synthetic-password-needs-registration.txt',
          PASSWORD_PROFILE,
        ),
        untilStep: 'register-or-repair',
      },
      {
        ...stage(
          'registering: the user clicked Register, the Mac waits for the Microsoft sign-in',
          'synthetic:app-sso/synthetic-password-needs-new-keys.txt',
          PASSWORD_PROFILE,
        ),
        untilStep: 'sign-in-microsoft',
      },
      FIXED,
    ],
    probeDelayMs: 300,
  },
  healthy: { description: 'Everything works.', stages: [FIXED], probeDelayMs: 0 },
  'not-configured': {
    description: 'No Platform SSO profile on this Mac.',
    stages: [
      stage('not configured', 'shared:not-configured.txt', 'synthetic:profiles/synthetic-no-profiles.xml'),
    ],
    probeDelayMs: 0,
  },
  'registration-required': {
    description: 'The profile arrived but the Mac is not registered yet.',
    stages: [
      stage(
        'device not registered',
        'synthetic:app-sso/synthetic-password-device-not-registered.txt',
        PASSWORD_PROFILE,
      ),
      FIXED,
    ],
    probeDelayMs: 300,
  },
  'tokens-expired': {
    description: 'Registered, but the sign-in tokens expired.',
    stages: [
      stage('tokens expired', 'synthetic:app-sso/synthetic-password-tokens-expired.txt', PASSWORD_PROFILE),
      FIXED,
    ],
    probeDelayMs: 300,
  },
  'secure-enclave': {
    description: 'Registered with the Secure Enclave key method: healthy.',
    stages: [
      stage(
        'secure enclave, registered',
        'shared:sequoia-secure-enclave-registered.txt',
        'synthetic:profiles/synthetic-secure-enclave.xml',
      ),
    ],
    probeDelayMs: 0,
  },
  'user-not-registered': {
    description: 'The Mac is registered, this user is not.',
    stages: [
      stage(
        'user not registered',
        'shared:derived-user-not-registered.txt',
        'synthetic:profiles/synthetic-secure-enclave.xml',
      ),
      stage(
        'secure enclave, registered',
        'shared:sequoia-secure-enclave-registered.txt',
        'synthetic:profiles/synthetic-secure-enclave.xml',
      ),
    ],
    probeDelayMs: 300,
  },
  unreadable: {
    description: 'app-sso printed something unreadable: the verdict is unknown.',
    stages: [stage('unreadable', 'synthetic:app-sso/synthetic-garbage.txt', PASSWORD_PROFILE)],
    probeDelayMs: 0,
  },
  slow: {
    description: 'Healthy, but every check takes 3 seconds (to see "checking your Mac…").',
    stages: [FIXED],
    probeDelayMs: 3_000,
  },
} satisfies Record<string, Scenario>

export type ScenarioName = keyof typeof SCENARIOS
export const SCENARIO_NAMES = Object.keys(SCENARIOS) as ScenarioName[]
export const isScenarioName = (name: string): name is ScenarioName => Object.hasOwn(SCENARIOS, name)

/** Where the fixtures live: the shared captures and this repository's synthetic ones. */
export interface FixtureDirs {
  shared: string
  synthetic: string
}

export const fixtureDirsFor = (repoRoot: string): FixtureDirs => ({
  shared: path.resolve(repoRoot, '../shared/fixtures/app-sso'),
  synthetic: path.join(repoRoot, 'test/fixtures'),
})

export function fixturePath(ref: string, dirs: FixtureDirs): string {
  const [kind, file] = ref.split(/:(.*)/s) as [string, string]
  return path.join(kind === 'shared' ? dirs.shared : dirs.synthetic, file)
}

const SW_VERS = 'ProductName:\t\tmacOS\nProductVersion:\t\t15.6\nBuildVersion:\t\t24G84\n'

const companyPortalPlist = (version: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0"><dict><key>CFBundleIdentifier</key><string>com.microsoft.CompanyPortalMac</string><key>CFBundleShortVersionString</key><string>${version}</string></dict></plist>\n`

export interface ScenarioMac {
  system: SystemAccess
  stageIndex(): number
  stage(): ScenarioStage
  /** Moves to the next stage (the last one stays). */
  proceed(): void
  /**
   * The user did the next thing (finishing `finishedStep` of a playbook, or null: anything else):
   * moves on unless the stage waits for a different step.
   */
  userMoved(finishedStep: string | null): void
  /** Back to a given stage (tests, and "restart the demo"). */
  goTo(index: number): void
}

/** A fake Mac whose tools print the current stage's fixtures. */
/** A made-up Mac for the demo's identification (system_profiler SPHardwareDataType -json). */
const DEMO_HARDWARE = JSON.stringify({
  SPHardwareDataType: [
    {
      machine_model: 'Mac14,2',
      machine_name: 'MacBook Air',
      chip_type: 'Apple M2',
      serial_number: 'C02DEMO0142',
    },
  ],
})

export function createScenarioMac(scenario: Scenario, dirs: FixtureDirs): ScenarioMac {
  let index = 0
  const current = () => scenario.stages[index]!
  const delay = () => new Promise((resolve) => setTimeout(resolve, scenario.probeDelayMs))

  const printFile = async (ref: string): Promise<ToolResult> => {
    const started = Date.now()
    await delay()
    try {
      const stdout = await readFile(fixturePath(ref, dirs), 'utf8')
      return { status: 'ok', stdout, stderr: '', durationMs: Date.now() - started }
    } catch (error) {
      return { status: 'failed', message: (error as Error).message, durationMs: Date.now() - started }
    }
  }

  const system: SystemAccess = {
    async run(tool) {
      if (tool === 'appSso') return printFile(current().appSso)
      if (tool === 'profiles') return printFile(current().profiles)
      if (tool === 'swVers') return { status: 'ok', stdout: SW_VERS, stderr: '', durationMs: 0 }
      if (tool === 'systemProfiler') return { status: 'ok', stdout: DEMO_HARDWARE, stderr: '', durationMs: 0 }
      if (tool === 'scutil') return { status: 'ok', stdout: 'Contoso-MBA-0142\n', stderr: '', durationMs: 0 }
      return { status: 'ok', stdout: '', stderr: '', durationMs: 0 }
    },
    async readFile(absolutePath): Promise<FileResult> {
      const version = current().companyPortalVersion
      if (absolutePath === COMPANY_PORTAL_INFO_PLIST && version !== null)
        return { status: 'ok', data: Buffer.from(companyPortalPlist(version)) }
      return { status: 'notFound', path: absolutePath }
    },
    async exists(absolutePath) {
      return absolutePath === COMPANY_PORTAL_INFO_PLIST && current().companyPortalVersion !== null
    },
    async listFiles(absolutePath) {
      return { status: 'notFound', path: absolutePath }
    },
  }

  const proceed = () => {
    index = Math.min(index + 1, scenario.stages.length - 1)
  }
  return {
    system,
    stageIndex: () => index,
    stage: current,
    proceed,
    userMoved: (finishedStep) => {
      const until = current().untilStep
      if (until === undefined || until === finishedStep) proceed()
    },
    goTo: (next) => {
      index = Math.max(0, Math.min(next, scenario.stages.length - 1))
    },
  }
}
