/** The helpdesk facade as the CLI builds it from its dependencies. */
import { homedir } from 'node:os'
import { DEFAULT_CONFIG } from '../../common/config/appConfig'
import { diagnosisContext } from '../../common/diagnosis/rules'
import { createHelpdesk } from '../helpdesk/helpdesk'
import { readMacState } from '../probe/readMacState'
import { createSystemAccess } from '../system/tools'
import type { CliDeps } from './shared'

export const pseudonymizeOption = { pseudonymize: { type: 'boolean', default: false } } as const

export function cliHelpdesk(deps: CliDeps, pseudonymizeFlag: boolean) {
  const config = { ...DEFAULT_CONFIG, ...deps.config }
  const system = createSystemAccess(deps.system)
  const diagnosis = diagnosisContext(config)
  return createHelpdesk({
    readMac: () => readMacState({ system, now: deps.now, diagnosis }),
    diagnosis,
    pseudonymize: pseudonymizeFlag || config.PseudonymizeIdentifiers,
    system,
    now: deps.now,
    homeDir: deps.homeDir ?? homedir(),
    ...(deps.logger ? { logger: deps.logger } : {}),
  })
}

/** A one-line reason a file operation failed, without a stack trace. */
export const fileError = (error: unknown) =>
  (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error))
