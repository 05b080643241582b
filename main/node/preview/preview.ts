/**
 * Puts the preview together: a fake Mac (a demo scenario) or the live tools → the real state reader
 * and diagnosis → the state owner and the shared request handlers → the HTTP server.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { homedir, tmpdir } from 'node:os'
import path from 'node:path'
import { fail, ok, type AppInfo } from '../../common/ipc/contract'
import { COMPANY_PORTAL_URL } from '../../common/repair/urls'
import { openBundleBytes } from '../bundle/openBundle'
import { DEFAULT_CONFIG, type AppConfig } from '../../common/config/appConfig'
import { PRODUCT_NAME } from '../../common/identity'
import { createAppCore } from '../app/core'
import { jobOptions, runBundleJob, type HeavyWork } from '../worker/heavyJobs'
import { bundleFileName } from '../helpdesk/outputs'
import { defaultProvenance, dispatch } from '../app/handlers'
import { sessionView } from '../app/sessionView'
import type { BackoffPolicy } from '../repair/verificationLoop'
import { createDemoHistory } from '../history/demoHistory'
import { readDeviceIdentity } from '../helpdesk/deviceIdentity'
import { readMacState } from '../probe/readMacState'
import { createSystemAccess, defaultSystemDeps, type SystemAccess } from '../system/tools'
import {
  createScenarioMac,
  fixtureDirsFor,
  SCENARIOS,
  type OpenedPlace,
  type ScenarioMac,
  type ScenarioName,
} from './scenarios'
import { startPreviewServer, type PreviewServer } from './server'
import { currentUser, readConfig } from '../config/readConfig'

export interface PreviewOptions {
  /** A demo scenario, or null for the live tools. */
  scenario: ScenarioName | null
  port?: number
  repoRoot: string
  rendererDir: string
  version: string
  /** Called with every URL the app would open (the preview opens nothing itself). */
  onOpenExternal?: (url: string) => void
  /** Where reports are built: the built preview passes its worker thread; absent = this thread. */
  heavyWork?: HeavyWork
  /** The verification loop's pace (tests make it fast). */
  backoff?: BackoffPolicy
}

/** The demo's clock starts when the password-reset capture was taken (its fixtures' time line). */
export const SCENARIO_CLOCK_START = Date.parse('2026-05-02T08:15:00Z')

/** A demo has no app log: its bundle looks for one where none is. */
const DEMO_HOME = path.join('/nonexistent', 'psso-helper-demo')

/** Runs `work` with a folder only this user can read, removed afterwards whatever happens. */
async function inPrivateFolder<T>(work: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(tmpdir(), 'psso-helper-preview-'))
  try {
    return await work(dir)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/** Which place on the pretend Mac an opened URL stands for (null: none the pretend Mac knows). */
export function openedPlace(url: string, config: AppConfig): OpenedPlace | null {
  if (url.startsWith('x-apple.systempreferences:')) return 'settings'
  if (url.startsWith(COMPANY_PORTAL_URL)) return 'companyPortal'
  if (url === config.PasswordChangeURL) return 'passwordPage'
  return null
}

/** A made-up organisation, so the demo shows the helpdesk details a real profile would set. */
export const DEMO_CONFIG: AppConfig = {
  ...DEFAULT_CONFIG,
  OrganizationName: 'Contoso',
  SupportPhone: '+1 555 0100',
  SupportEmail: 'helpdesk@contoso.example',
  SupportURL: 'https://help.contoso.example/mac',
  HelpdeskHours: 'Mon–Fri 9:00–18:00',
}

export interface RunningPreview extends PreviewServer {
  scenarioMac: ScenarioMac | null
}

export async function startPreview(options: PreviewOptions): Promise<RunningPreview> {
  const scenarioMac = options.scenario
    ? createScenarioMac(SCENARIOS[options.scenario], fixtureDirsFor(options.repoRoot))
    : null
  const system: SystemAccess = scenarioMac?.system ?? createSystemAccess(defaultSystemDeps)
  // Live, the preview reads this Mac's managed and user preferences as the app does; a demo uses its own.
  const effective = scenarioMac ? null : await readConfig({ system, user: currentUser() })
  const config = effective?.values ?? DEMO_CONFIG
  const appInfo: AppInfo = {
    name: PRODUCT_NAME,
    version: options.version,
    // The page replaces these with the browser's languages (see renderer/previewBridge.ts).
    preferredLanguages: ['en-US'],
    shell: 'preview',
    scenario: options.scenario,
    // A browser cannot read the Mac's accent colour: the window uses the system blue.
    accentColor: null,
  }
  // A demo runs on its fixtures' clock, so tokens the Mac receives later count as fresh.
  const startedAt = Date.now()
  const now = scenarioMac ? () => SCENARIO_CLOCK_START + (Date.now() - startedAt) : Date.now
  // The preview writes nothing to disk: its history lives in memory (a demo starts with a past).
  const history = createDemoHistory({ seedPast: scenarioMac !== null })
  const core = createAppCore({
    read: (diagnosis) => readMacState({ system, now, diagnosis }),
    history: history.read,
    now,
    wallClock: Date.now,
    ...(options.backoff ? { backoff: options.backoff } : {}),
    config: () => config,
    ...(effective ? { configProvenance: () => effective } : {}),
    appInfo: () => appInfo,
    openExternal: async (url) => {
      // What the app opened is on the pretend Mac's screen now: its actions there become possible.
      const place = openedPlace(url, config)
      if (scenarioMac && place) scenarioMac.opened(place)
      options.onOpenExternal?.(url)
    },
    readDevice: () => readDeviceIdentity(system),
    ...(options.heavyWork ? { heavyWork: options.heavyWork } : {}),
  })

  const server = await startPreviewServer({
    rendererDir: options.rendererDir,
    port: options.port,
    backend: {
      // The app's own requests never move the demo on: only the pretend Mac's actions do.
      invoke: (channel, argument) => dispatch(core.handlers, channel, argument),
      subscribe: core.subscribe,
      initialPushes: () => {
        const session = core.repair.current()
        return {
          'state:changed': core.stateOwner.snapshot(),
          'playbook:changed': session ? sessionView(session) : null,
          'language:changed': core.language.current(),
          'config:changed': effective ?? { values: config, ...defaultProvenance() },
        }
      },
      // Save and Open diagnostics: the same bundle code as the desktop app, through a download and a file picker.
      bundle: {
        download: async () => {
          const homeDir = scenarioMac ? DEMO_HOME : homedir()
          const { heavyWork } = options
          if (!heavyWork) return core.helpdesk.bundle(system, homeDir)
          // Off the server's thread, like the app: the worker writes the zip to a private folder.
          const capture = await core.helpdesk.capture()
          if (!capture) return null
          const fileName = bundleFileName(Date.now())
          return inPrivateFolder(async (dir) => {
            const file = path.join(dir, fileName)
            // The preview keeps no log: nothing is flushed and the worker's lines are dropped.
            await runBundleJob(heavyWork, async () => ({
              kind: 'bundle',
              file,
              capture,
              options: jobOptions(await core.helpdesk.options()),
              homeDir,
              // A demo is no Mac: its bundle never carries this machine's unified log.
              includeUnifiedLog: !scenarioMac,
              sysroot: null,
            }))
            return { zip: new Uint8Array(await readFile(file)), fileName }
          })
        },
        open: async (bytes, name) => {
          const { heavyWork } = options
          const opened = heavyWork
            ? await inPrivateFolder(async (dir) => {
                const file = path.join(dir, 'bundle.zip')
                await writeFile(file, bytes, { mode: 0o600 })
                return heavyWork.run({ kind: 'openBundle', file })
              })
            : openBundleBytes(bytes, name)
          return opened.ok ? ok({ state: opened.bundle, path: name }) : fail('failed', opened.error)
        },
      },
      scenarioControl: scenarioMac
        ? async (action) => {
            if (action === 'restart') scenarioMac.goTo(0)
            else scenarioMac.proceed()
            await core.stateOwner.recheck('request')
          }
        : null,
      pretendMac: scenarioMac
        ? { actions: () => scenarioMac.actions(), act: (id) => scenarioMac.act(id) }
        : null,
    },
  })
  core.stateOwner.subscribe(({ state }) => void (state && history.recordState(state)))
  void core.stateOwner.recheck('start')
  return {
    ...server,
    close: async () => {
      core.dispose()
      await server.close()
    },
    scenarioMac,
  }
}
