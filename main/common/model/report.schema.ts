/**
 * The JSON report (`psso-helper report --json`, report.json in a bundle): what a ticket needs, for
 * tools. docs/report.schema.json is generated from this file; test/unit/report checks real output
 * against it. Technical keys stay English; the texts inside are in `language`.
 */
import { z } from 'zod'
import { FINDING_IDS } from '../diagnosis/findingIds'
import { QUESTION_IDS } from '../diagnosis/questions'
import { historyRecordSchema } from '../history/historyRecord'
import { LANGUAGES } from '../i18n'
import { PLAYBOOK_IDS } from '../repair/playbookIds'
import { repairPositionSchema } from '../supportCode/repairPosition.schema'
import { TOKEN_AGE_BUCKETS } from '../supportCode/supportCode'
import { deviceIdentitySchema } from './deviceIdentity'
import { macStateSchema } from './macState.schema'
import { PSSO_METHODS, USER_STATE_CLASSES, VERDICT_STATUSES } from './macState'

const tri = z.boolean().nullable()

export const supportCodeFactsSchema = z
  .object({
    formatVersion: z.number().int(),
    macOS: z.object({ major: z.number().int(), minor: z.number().int().nullable() }).nullable(),
    pssoReadable: z.boolean(),
    configured: tri,
    method: z.enum(PSSO_METHODS).nullable(),
    deviceRegistered: tri,
    userRegistered: tri,
    userStateClass: z.enum(USER_STATE_CLASSES).nullable(),
    tokensPresent: tri,
    tokensExpired: tri,
    tokenAge: z.enum(TOKEN_AGE_BUCKETS).nullable(),
    companyPortalInstalled: tri,
    companyPortalMeetsMinimum: tri,
    verdict: z.enum(VERDICT_STATUSES),
    findings: z.array(z.enum(FINDING_IDS)).describe('the first findings, the thing to do first'),
    moreFindings: z.boolean(),
    repair: repairPositionSchema.nullable(),
  })
  .describe('what the support code says (the same as `decode --json`)')

const guideSchema = z.object({
  playbookId: z.enum(PLAYBOOK_IDS),
  title: z.string(),
  summary: z.string(),
  macOSMajor: z.number().int().nullable().describe('the macOS version the steps are for; null = every step'),
  steps: z.array(z.object({ id: z.string(), text: z.string(), helpdesk: z.string().nullable() })),
})

export const reportJsonSchema = z.object({
  reportFormat: z.literal(2),
  app: z.object({ name: z.string(), id: z.string(), version: z.string() }),
  language: z.enum(LANGUAGES).describe('the language of the texts in this report'),
  generatedAt: z.string(),
  capturedAt: z.string(),
  identifiersPseudonymized: z.boolean(),
  supportCode: z.string().describe('the code the app shows for this state, answers and repair'),
  supportCodeFacts: supportCodeFactsSchema,
  device: deviceIdentitySchema.nullable().describe('how to find the Mac in Intune; null when not read'),
  answers: z.array(
    z.object({
      question: z.enum(QUESTION_IDS),
      answer: z.boolean(),
      at: z.string().describe('when the user answered (ISO 8601 UTC)'),
    }),
  ),
  repair: repairPositionSchema.nullable().describe('the repair the user is in; null when none runs'),
  guides: z.array(z.object({ findingId: z.enum(FINDING_IDS), guide: guideSchema.nullable() })),
  state: macStateSchema,
  raw: z.object({ appSso: z.string().nullable(), profiles: z.string().nullable() }),
  history: z.array(historyRecordSchema),
})
