/** What the helpdesk commands (report, bundle) share: reading the Mac and choosing the redaction. */
import { homedir } from 'node:os'
import { DEFAULT_CONFIG } from '../../common/config/appConfig'
import { diagnosisContext } from '../../common/diagnosis/rules'
import { silentLogger } from '../../common/logger'
import { readMacState } from '../probe/readMacState'
import { createRedactor } from '../report/redact'
import { createSystemAccess } from '../system/tools'
import type { CliDeps } from './shared'

export const pseudonymizeOption = { pseudonymize: { type: 'boolean', default: false } } as const

export async function readForHelpdesk(deps: CliDeps, pseudonymizeFlag: boolean) {
  const system = createSystemAccess(deps.system)
  const diagnosis = diagnosisContext({ ...DEFAULT_CONFIG, ...deps.config })
  const { state, raw } = await readMacState({ system, now: deps.now, diagnosis })
  const pseudonymize =
    pseudonymizeFlag || (deps.config?.PseudonymizeIdentifiers ?? DEFAULT_CONFIG.PseudonymizeIdentifiers)
  const redactor = createRedactor({ pseudonymize, identifiers: [state.psso.deviceId, state.psso.tenantId] })
  return {
    state,
    raw,
    system,
    diagnosis,
    redactor,
    homeDir: deps.homeDir ?? homedir(),
    logger: deps.logger ?? silentLogger,
  }
}

/** A one-line reason a file operation failed, without a stack trace. */
export const fileError = (error: unknown) =>
  (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error))
