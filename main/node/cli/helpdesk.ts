/** The helpdesk facade as the CLI builds it from its dependencies. */
import { homedir } from 'node:os'
import { diagnosisContext } from '../../common/diagnosis/rules'
import { APP_VERSION } from '../appVersion'
import { createHelpdesk } from '../helpdesk/helpdesk'
import { defaultDataDir, historyDir } from '../history/historyLocation'
import { createHistoryStore } from '../history/historyStore'
import { readMacState } from '../probe/readMacState'
import { createSystemAccess } from '../system/tools'
import { loadConfig, type CliDeps } from './shared'

export const pseudonymizeOption = { pseudonymize: { type: 'boolean', default: false } } as const

export async function cliHelpdesk(deps: CliDeps, pseudonymizeFlag: boolean) {
  const config = await loadConfig(deps)
  const system = createSystemAccess(deps.system)
  const diagnosis = diagnosisContext(config)
  return createHelpdesk({
    readMac: () => readMacState({ system, now: deps.now, diagnosis }),
    diagnosis,
    appVersion: APP_VERSION,
    pseudonymize: pseudonymizeFlag || config.PseudonymizeIdentifiers,
    system,
    now: deps.now,
    homeDir: deps.homeDir ?? homedir(),
    // What the app recorded on this Mac; the CLI itself records nothing.
    history: async () =>
      (
        await createHistoryStore({
          dir: historyDir(defaultDataDir(deps.system.env, deps.homeDir ?? homedir())),
        }).read()
      ).records,
    ...(deps.logger ? { logger: deps.logger } : {}),
    ...(deps.heavyWork ? { heavyWork: deps.heavyWork } : {}),
    sysroot: deps.system.env.PSSO_HELPER_SYSROOT ?? null,
  })
}

/** A one-line reason a file operation failed, without a stack trace. */
export const fileError = (error: unknown) =>
  (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error))
