/**
 * A capture as a bundle stores it: the probes' raw results with every output redacted, as JSON that
 * is validated (zod) when a bundle is opened. Going through `captureFromStored` and stateFromCapture,
 * an opened bundle is diagnosed by exactly the code that diagnosed the live Mac.
 */
import { build as buildPlist } from 'plist'
import { z } from 'zod'
import type { RawCapture } from '../probe/readMacState'
import { readPlistChecked } from '../parsers/profiles'
import { asRecord } from '../parsers/values'
import type { FileResult, ToolResult } from '../system/tools'
import type { Redactor } from './redact'
import { logProbeSchema, signInEventSchema } from '../../common/model/macState.schema'
import { MAX_SIGN_IN_EVENTS } from '../parsers/ssoExtensionLog'

const duration = { durationMs: z.number() }
const toolResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('ok'), stdout: z.string(), stderr: z.string(), ...duration }),
  z.object({ status: z.literal('notFound'), path: z.string(), ...duration }),
  z.object({
    status: z.literal('exitCode'),
    exitCode: z.number(),
    stdout: z.string(),
    stderr: z.string(),
    ...duration,
  }),
  z.object({ status: z.literal('timedOut'), timeoutMs: z.number(), ...duration }),
  z.object({ status: z.literal('outputTooLarge'), limitBytes: z.number(), ...duration }),
  z.object({ status: z.literal('failed'), message: z.string(), ...duration }),
])

/** A file's bytes are stored as text: every file kept is (converted to) an XML plist. */
const storedFileSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('ok'), text: z.string() }),
  z.object({ status: z.literal('notFound'), path: z.string() }),
  z.object({ status: z.literal('denied'), path: z.string() }),
  z.object({ status: z.literal('outputTooLarge'), limitBytes: z.number() }),
  z.object({ status: z.literal('failed'), message: z.string() }),
])

export const storedCaptureSchema = z.object({
  probedAt: z.string(),
  appSso: toolResultSchema,
  profiles: toolResultSchema,
  managedSsoPreferences: storedFileSchema,
  swVers: toolResultSchema,
  companyPortalInfo: storedFileSchema,
  // Added later: absent in older bundles.
  companyPortalUpdatedAt: z.string().nullable().optional(),
  account: z.string().nullable().optional(),
  signInLog: z
    .object({
      report: logProbeSchema,
      events: z.array(signInEventSchema).max(MAX_SIGN_IN_EVENTS),
    })
    .optional(),
})
export type StoredCapture = z.infer<typeof storedCaptureSchema>
type StoredFile = z.infer<typeof storedFileSchema>

export function redactCapture(raw: RawCapture, redactor: Redactor): StoredCapture {
  const tool = (result: ToolResult, redactOutput: (text: string) => string): ToolResult =>
    result.status === 'ok' || result.status === 'exitCode'
      ? { ...result, stdout: redactOutput(result.stdout), stderr: redactor.text(result.stderr) }
      : result.status === 'failed'
        ? { ...result, message: redactor.text(result.message) }
        : result
  return {
    probedAt: raw.probedAt,
    // app-sso first: it teaches the redactor the device and tenant IDs it pseudonymises elsewhere.
    appSso: tool(raw.appSso, redactor.appSso),
    profiles: tool(raw.profiles, redactor.plistXml),
    managedSsoPreferences: storedPlist(raw.managedSsoPreferences, redactor, (plist) => plist),
    swVers: tool(raw.swVers, redactor.text),
    companyPortalUpdatedAt: raw.companyPortalUpdatedAt ?? null,
    account: raw.account === undefined || raw.account === null ? null : redactor.text(raw.account),
    // The lines are redacted when read; the redactor's pseudonyms apply on top.
    ...(raw.signInLog
      ? {
          signInLog: {
            report: {
              ...raw.signInLog.report,
              detail:
                raw.signInLog.report.detail === null ? null : redactor.text(raw.signInLog.report.detail),
            },
            events: raw.signInLog.events.map((event) => ({ ...event, line: redactor.text(event.line) })),
          },
        }
      : {}),
    // Only the version keys: nothing else in Company Portal's Info.plist matters to the diagnosis.
    companyPortalInfo: storedPlist(raw.companyPortalInfo, redactor, (plist) => {
      const info = asRecord(plist) ?? {}
      return Object.fromEntries(
        ['CFBundleIdentifier', 'CFBundleShortVersionString', 'CFBundleVersion']
          .filter((key) => typeof info[key] === 'string')
          .map((key) => [key, info[key]]),
      )
    }),
  }
}

function storedPlist(result: FileResult, redactor: Redactor, keep: (plist: unknown) => unknown): StoredFile {
  if (result.status !== 'ok') return result
  const { value: plist, problem } = readPlistChecked(result.data)
  if (problem !== null) return { status: 'failed', message: `${problem} (not kept)` }
  return {
    status: 'ok',
    text: redactor.plistXml(buildPlist(keep(plist) as Parameters<typeof buildPlist>[0])),
  }
}

export function captureFromStored(stored: StoredCapture): RawCapture {
  const file = (result: StoredFile): FileResult =>
    result.status === 'ok' ? { status: 'ok', data: Buffer.from(result.text, 'utf8') } : result
  return {
    ...stored,
    managedSsoPreferences: file(stored.managedSsoPreferences),
    companyPortalInfo: file(stored.companyPortalInfo),
  }
}
