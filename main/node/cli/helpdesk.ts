/** The helpdesk facade as the CLI builds it from its dependencies. */
import { homedir } from 'node:os'
import { answersOf, type AnsweredQuestion } from '../../common/diagnosis/questions'
import { diagnosisContext } from '../../common/diagnosis/rules'
import type { Language } from '../../common/i18n'
import { readDeviceIdentity } from '../helpdesk/deviceIdentity'
import { APP_VERSION } from '../appVersion'
import { createHelpdesk } from '../helpdesk/helpdesk'
import { defaultDataDir, historyDir } from '../history/historyLocation'
import { createHistoryStore } from '../history/historyStore'
import { readMacState } from '../probe/readMacState'
import { createSystemAccess } from '../system/tools'
import { cliUser, loadConfig, type CliDeps } from './shared'

export const pseudonymizeOption = { pseudonymize: { type: 'boolean', default: false } } as const
export { answerOption, cliAnswers } from './answers'

export interface CliHelpdeskOptions {
  pseudonymize: boolean
  answers?: AnsweredQuestion[]
  language?: Language
}

export async function cliHelpdesk(deps: CliDeps, options: CliHelpdeskOptions) {
  const config = await loadConfig(deps)
  const system = createSystemAccess(deps.system)
  const answers = options.answers ?? []
  const diagnosis = diagnosisContext(config, answersOf(answers))
  return createHelpdesk({
    readMac: () => readMacState({ system, now: deps.now, diagnosis, user: cliUser(deps) }),
    readDevice: () => readDeviceIdentity(system),
    answers,
    config,
    ...(options.language ? { language: options.language } : {}),
    diagnosis,
    appVersion: APP_VERSION,
    pseudonymize: options.pseudonymize || config.PseudonymizeIdentifiers,
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
