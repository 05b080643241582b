/**
 * Puts the preview together: a fake Mac (a demo scenario) or the live tools → the real state reader
 * and diagnosis → the state owner and the shared request handlers → the HTTP server.
 */
import { INVOKE, PUSH, type AppInfo } from '../../../preload/contract'
import { DEFAULT_CONFIG, type AppConfig } from '../../common/config/appConfig'
import { PRODUCT_NAME } from '../../common/identity'
import { createHandlers, dispatch } from '../app/handlers'
import { createStateOwner } from '../app/stateOwner'
import { readMacState } from '../probe/readMacState'
import { createSystemAccess, defaultSystemDeps, type SystemAccess } from '../system/tools'
import {
  createScenarioMac,
  fixtureDirsFor,
  SCENARIOS,
  type ScenarioMac,
  type ScenarioName,
} from './scenarios'
import { startPreviewServer, type PreviewServer } from './server'

export interface PreviewOptions {
  /** A demo scenario, or null for the live tools. */
  scenario: ScenarioName | null
  port?: number
  repoRoot: string
  rendererDir: string
  version: string
  /** Called with every URL the app would open (the preview opens nothing itself). */
  onOpenExternal?: (url: string) => void
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
  const config = scenarioMac ? DEMO_CONFIG : DEFAULT_CONFIG
  const stateOwner = createStateOwner({
    read: async () => (await readMacState({ system, now: Date.now })).state,
    now: Date.now,
  })
  const appInfo: AppInfo = {
    name: PRODUCT_NAME,
    version: options.version,
    // The page replaces these with the browser's languages (see renderer/previewBridge.ts).
    locale: 'en-US',
    preferredLanguages: ['en-US'],
    shell: 'preview',
    scenario: options.scenario,
  }
  const handlers = createHandlers({
    stateOwner,
    config: () => config,
    appInfo: () => appInfo,
    openExternal: async (url) => options.onOpenExternal?.(url),
  })

  const server = await startPreviewServer({
    rendererDir: options.rendererDir,
    port: options.port,
    backend: {
      // In a demo, "Check again" is where the user has done the next thing on their (pretend) Mac.
      invoke: async (channel, argument) => {
        if (scenarioMac && channel === INVOKE.stateRecheck) scenarioMac.proceed()
        return dispatch(handlers, channel, argument)
      },
      subscribe: (send) => stateOwner.subscribe((snapshot) => send(PUSH.stateChanged, snapshot)),
      initialPushes: () => ({ [PUSH.stateChanged]: stateOwner.snapshot(), [PUSH.playbookChanged]: null }),
      scenarioControl: scenarioMac
        ? async (action) => {
            if (action === 'restart') scenarioMac.goTo(0)
            else scenarioMac.proceed()
            await stateOwner.recheck('request')
          }
        : null,
    },
  })
  void stateOwner.recheck('start')
  return { ...server, scenarioMac }
}
