/**
 * Reads the Microsoft Enterprise SSO extension's own log, the one place a Mac records why a token
 * refresh failed (an Entra password reset revokes the tokens on the server; app-sso looks healthy
 * until the next refresh) [TS], [PRT]. Bounded: newest files first, only files written in the
 * 24 hours before the read, at most 8 MB in all, each read with a timeout, through the system module.
 */
import type { LogProbeReport, SignInEvent } from '../../common/model/macState'
import { mergeSignInEvents, parseSsoExtensionLog } from '../parsers/ssoExtensionLog'
import type { SystemAccess } from '../system/tools'

/** Under the user's home folder (Company Portal's SSO extension container) [TS]. */
export const SSO_EXTENSION_LOG_DIR =
  'Library/Containers/com.microsoft.CompanyPortalMac.ssoextension/Data/Library/Caches/Logs/Microsoft/SSOExtension'
export const SSO_LOG_WINDOW_MS = 24 * 3_600_000
export const SSO_LOG_MAX_BYTES = 8 * 1024 * 1024
export const SSO_LOG_TIMEOUT_MS = 3_000

export interface SsoExtensionLogRead {
  report: LogProbeReport
  events: SignInEvent[]
}

/** Not read: the user has not agreed (the app asks first), or the reader has no user home (the preview). */
export const skippedSsoLog = (detail: string): SsoExtensionLogRead => ({
  report: { status: 'skipped', durationMs: null, detail },
  events: [],
})

export async function readSsoExtensionLog(
  system: SystemAccess,
  { home, now }: { home: string; now: () => number },
): Promise<SsoExtensionLogRead> {
  const started = now()
  const deadline = started + SSO_LOG_TIMEOUT_MS
  const report = (status: LogProbeReport['status'], detail: string | null): LogProbeReport => ({
    status,
    durationMs: now() - started,
    detail,
  })
  const dir = `${home.replace(/\/+$/, '')}/${SSO_EXTENSION_LOG_DIR}`
  const listing = await system.listFiles(dir, { timeoutMs: SSO_LOG_TIMEOUT_MS })
  if (listing.status === 'notFound')
    return { report: report('notFound', 'no SSO extension log folder'), events: [] }
  if (listing.status === 'denied')
    return { report: report('denied', "macOS did not allow reading Company Portal's data"), events: [] }
  if (listing.status === 'failed') return { report: report('failed', listing.message), events: [] }

  const files = listing.files
    .filter((file) => file.name.endsWith('.log') && file.modifiedAtMs >= started - SSO_LOG_WINDOW_MS)
    .sort((a, b) => b.modifiedAtMs - a.modifiedAtMs)
  if (files.length === 0)
    return { report: report('notFound', 'no log written in the last 24 hours'), events: [] }

  let budget = SSO_LOG_MAX_BYTES
  let capped = false
  const parsed: SignInEvent[][] = []
  for (const file of files) {
    const remainingMs = deadline - now()
    if (budget <= 0 || remainingMs <= 0) {
      capped = true
      break
    }
    // The newest lines are at the end: a file larger than what is left is read from its tail.
    const result = await system.readFile(`${dir}/${file.name}`, {
      maxBytes: budget,
      tail: true,
      timeoutMs: remainingMs,
    })
    if (result.status === 'denied')
      return { report: report('denied', "macOS did not allow reading Company Portal's data"), events: [] }
    if (result.status !== 'ok') continue
    if (file.size > budget) capped = true
    budget -= result.data.length
    parsed.push(parseSsoExtensionLog(result.data.toString('utf8')))
  }
  const events = mergeSignInEvents(parsed)
  return capped
    ? { report: report('tooLarge', `read the newest ${SSO_LOG_MAX_BYTES} bytes only`), events }
    : { report: report('ok', null), events }
}
