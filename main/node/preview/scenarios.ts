/**
 * Demo scenarios for the browser preview, the end-to-end tests and helpdesk training: each is a fake
 * Mac built from the fixtures (read in place), answering the REAL state reader through an in-memory
 * SystemAccess. A scenario has stages (the Mac's state) and the pretend Mac's actions: what a user
 * would do on a real Mac, outside the app (Edit… then Repair, the Mac password, the Microsoft
 * sign-in, lock and unlock). Only those actions move the Mac on, never the app's own buttons.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { COMPANY_PORTAL_INFO_PLIST } from '../probe/readMacState'
import type { FileResult, SystemAccess, ToolResult } from '../system/tools'
import type { PretendMacAction, PretendMacLabel } from '../../common/preview/pretendMac'

export interface ScenarioStage {
  /** What this stage stands for, for logs and the preview's console. */
  label: string
  /** `app-sso platform -s` output: a file under the fixture folders (see `fixturePath`). */
  appSso: string
  /** `profiles show -output stdout-xml` output. */
  profiles: string
  /** null: Company Portal is not installed. */
  companyPortalVersion: string | null
}

/** What the app opened for the user: a pretend action needs its place on screen first. */
export type OpenedPlace = 'settings' | 'passwordPage' | 'companyPortal'

/** One thing a user does on the (pretend) Mac. Ids are stable: tests and the bench press them. */
export interface PretendAction {
  id: string
  /** What the pretend Mac's button says, in the app's language (a training tool beside the app). */
  label: PretendMacLabel
  /** The place must be open (the app opened it, or the user did). */
  requires?: OpenedPlace
  /** Actions that must have happened before (the order a user meets them). */
  after?: readonly string[]
  /** The Mac's state afterwards: this stage index. */
  moveTo?: number
}

export interface Scenario {
  description: string
  stages: [ScenarioStage, ...ScenarioStage[]]
  /** In the order a user meets them; none: nothing to do outside the app. */
  actions?: readonly PretendAction[]
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
const NEEDS_SIGN_IN = stage(
  'registering: the Mac password was accepted, the Mac waits for the Microsoft sign-in',
  'synthetic:app-sso/synthetic-password-needs-new-keys.txt',
  'synthetic:profiles/synthetic-password.xml',
)

/** Users & Groups › Edit… › Repair/Register, the Mac password, the Microsoft sign-in. */
const registerActions = (button: 'Repair' | 'Register', signedInStage: number): PretendAction[] => [
  { id: 'edit-and-repair', label: `pretendMac.editAnd${button}`, requires: 'settings' },
  {
    id: 'enter-mac-password',
    label: 'pretendMac.enterMacPassword',
    after: ['edit-and-repair'],
    moveTo: signedInStage - 1,
  },
  {
    id: 'sign-in-microsoft',
    label: 'pretendMac.signInMicrosoft',
    after: ['enter-mac-password'],
    moveTo: signedInStage,
  },
]

const FIXED = stage(
  'fixed: registered again, fresh tokens',
  'synthetic:app-sso/synthetic-password-registered-fresh-tokens.txt',
  PASSWORD_PROFILE,
)

export const SCENARIOS = {
  // The user registers again: Edit… › Repair, the Mac password (needs new keys), the sign-in.
  'password-reset': {
    description: 'An admin reset the Entra password: sign-in is broken until the user registers again.',
    stages: [
      stage(
        'broken: needs registration after the password reset',
        'synthetic:app-sso/synthetic-password-needs-registration.txt',
        PASSWORD_PROFILE,
      ),
      NEEDS_SIGN_IN,
      FIXED,
    ],
    actions: [
      {
        id: 'choose-new-password',
        label: 'pretendMac.chooseNewPassword',
        requires: 'passwordPage',
      },
      ...registerActions('Repair', 2),
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
      NEEDS_SIGN_IN,
      FIXED,
    ],
    actions: registerActions('Register', 2),
    probeDelayMs: 300,
  },
  'tokens-expired': {
    description: 'Registered, but the sign-in tokens expired.',
    stages: [
      stage('tokens expired', 'synthetic:app-sso/synthetic-password-tokens-expired.txt', PASSWORD_PROFILE),
      FIXED,
    ],
    actions: [{ id: 'lock-and-unlock', label: 'pretendMac.lockAndUnlock', moveTo: 1 }],
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
    // Secure Enclave: no Mac password sheet; Register, then the sign-in registers the user.
    actions: [
      { id: 'edit-and-repair', label: 'pretendMac.editAndRegister', requires: 'settings' },
      { id: 'sign-in-microsoft', label: 'pretendMac.signInMicrosoft', after: ['edit-and-repair'], moveTo: 1 },
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
  /** The app opened a place for the user (System Settings, the password page, Company Portal). */
  opened(place: OpenedPlace): void
  /** The pretend Mac's actions now: enabled only when a user could take them. */
  actions(): PretendMacAction[]
  /** The user took a pretend action: false when it is not possible now (nothing changes). */
  act(id: string): boolean
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
  const openedPlaces = new Set<OpenedPlace>()
  const done = new Set<string>()
  const possible = (action: PretendAction) =>
    !done.has(action.id) &&
    (action.requires === undefined || openedPlaces.has(action.requires)) &&
    (action.after ?? []).every((id) => done.has(id))
  const goTo = (next: number) => {
    index = Math.max(0, Math.min(next, scenario.stages.length - 1))
  }
  return {
    system,
    stageIndex: () => index,
    stage: current,
    proceed,
    opened: (place) => void openedPlaces.add(place),
    actions: () =>
      (scenario.actions ?? []).map((action) => ({
        id: action.id,
        label: action.label,
        enabled: possible(action),
        done: done.has(action.id),
      })),
    act: (id) => {
      const action = scenario.actions?.find((a) => a.id === id)
      if (!action || !possible(action)) return false
      done.add(action.id)
      if (action.moveTo !== undefined) goTo(action.moveTo)
      return true
    },
    goTo: (next) => {
      goTo(next)
      if (next === 0) {
        done.clear()
        openedPlaces.clear()
      }
    },
  }
}
