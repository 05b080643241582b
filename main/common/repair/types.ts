/**
 * Repair playbooks as data, and the repair session the main process owns.
 *
 * A playbook is an ordered list of steps; each step shows one text (a key into the en/ja text
 * catalogue in ./texts), may offer one action the app performs, may ask one question whose answers
 * branch, and may name a completion check evaluated on a fresh probe of the Mac. The main process
 * keeps a `RepairSession` (serialisable) and pushes it to the renderer, so guided repair survives
 * the window closing. The session's schema is a builder taking zod as a parameter, its type inferred
 * from it (zod imported as a type only, so the renderer bundles none of it; ./schemas.ts builds it).
 */
import type { z } from 'zod'
import { FINDING_IDS, type FindingId } from '../diagnosis/findingIds'
import { PLAYBOOK_IDS, type PlaybookId } from './playbookIds'
import type { TextKey } from './texts'
import type { SettingsPaneId } from './urls'

export type { TextKey } from './texts'
export * from './urls'

export { PLAYBOOK_IDS, isPlaybookId, type PlaybookId } from './playbookIds'

type Zod = typeof z

/** Something the app does for the user when they press the step's button. Never changes the Mac. */
export type StepAction =
  /** Opens a System Settings pane by its `x-apple.systempreferences:` URL (see urls.ts). */
  | { kind: 'openSettings'; pane: SettingsPaneId }
  | { kind: 'openCompanyPortal' }
  /** Opens AppConfig.PasswordChangeURL in the browser. */
  | { kind: 'openPasswordChange' }
  /** Copies the helpdesk's contact details or (later) the support code to the clipboard. */
  | { kind: 'copyText'; what: 'supportContact' | 'supportCode' }

/** Where an answer leads: another step of this playbook, or another playbook. */
export type StepTarget = { step: string } | { playbook: PlaybookId }

export interface StepAnswer {
  id: string
  text: TextKey
  next: StepTarget
}

export interface StepQuestion {
  text: TextKey
  answers: readonly StepAnswer[]
  /**
   * The status screen's question this one asks (diagnosis/questions.ts): a guide whose first stage
   * asks it is started at once, and the status screen does not ask it a second time.
   */
  asks?: 'reportedEntraPasswordReset'
}

/** Shows a step only on these macOS major versions (the version decides the path). */
export interface StepCondition {
  macOSMin?: number
  macOSMax?: number
  /**
   * Shows the step only when the new Entra password does (true) or does not (false) open the
   * FileVault screen, or when that is not known (null): macOS 15+ with FileVaultPolicy
   * AttemptAuthentication or RequireAuthentication [T], [IC], [AY].
   */
  fileVaultTakesNewPassword?: boolean | null
}

/** A line of a stage's checklist or notes, shown only where its condition holds. */
export type ChecklistItem = TextKey | { text: TextKey; when: StepCondition }

/** Facts a completion check needs to see on a fresh probe. */
export const EVIDENCE_IDS = [
  'configured',
  'companyPortalReady',
  'deviceRegistered',
  'userRegistered',
  'userStateNormal',
  'tokensPresent',
  'tokensReceivedSinceStart',
  /** The Mac password was accepted: the user's registration waits only for the Microsoft sign-in. */
  'registrationUnderway',
] as const
export type EvidenceId = (typeof EVIDENCE_IDS)[number]

/** Named checks (implemented in checks.ts); each is a list of evidence that must all hold. */
export const COMPLETION_CHECKS = {
  /** After an Entra password reset: re-registered and signed in again since the playbook began. */
  reRegistered: ['deviceRegistered', 'userRegistered', 'userStateNormal', 'tokensReceivedSinceStart'],
  deviceAndUserRegistered: ['deviceRegistered', 'userRegistered', 'userStateNormal', 'tokensPresent'],
  freshTokens: ['userStateNormal', 'tokensReceivedSinceStart'],
  configured: ['configured', 'companyPortalReady'],
} as const satisfies Record<string, readonly EvidenceId[]>
export type CompletionCheckId = keyof typeof COMPLETION_CHECKS

/**
 * Where the user acts in a stage: this app, or one place on the Mac the stage's picture draws
 * (renderer/components/repair/StagePicture.tsx). The lock screen and the sign-in window are places
 * the app cannot show; it draws them and the Mac tells when the user was there.
 */
export const PLACES = [
  'app',
  'browser',
  'usersAndGroups',
  'passwordSheet',
  'microsoftSignIn',
  'lockScreen',
  'companyPortal',
] as const
export type Place = (typeof PLACES)[number]

/** The places in System Settings: while the user is there, the window is the compact guide beside it. */
export const isInSystemSettings = (place: Place | undefined): boolean =>
  place === 'usersAndGroups' || place === 'passwordSheet'

/**
 * A stage: what the user does in ONE place, as a short checklist. Steps of a playbook are its
 * stages; a repair has few of them, and only the ones on the user's path count.
 */
export interface PlaybookStep {
  /** Stable within its playbook (answers and sessions refer to it). */
  id: string
  /** The stage's heading: what the user does there, in one sentence. */
  text: TextKey
  /** Where the user acts (the picture); absent: in this app. */
  place?: Place
  /** What to do there, in order; each item says which password it wants when it wants one. */
  checklist?: readonly ChecklistItem[]
  /** Said before the list: what matters before this stage (FileVault before a possible restart). */
  notes?: readonly ChecklistItem[]
  /** Offered once the app has waited a while for the user here (never "failed"). */
  help?: TextKey
  /** The Mac shows this when the user has done the stage: the session moves on by itself. */
  advanceWhen?: readonly EvidenceId[]
  /**
   * macOS opens this stage's place from the previous stage's last click (Repair opens the sheet
   * that asks for the Mac password), and the Mac shows nothing in between: the app shows the two
   * stages together, and the Mac's evidence finishes both.
   */
  opensFromPrevious?: true
  /** Pressing the stage's action is all the stage asks (it leaves for the browser): move on. */
  advanceOnAction?: true
  /** The helpdesk view of the same step: the technical reason. */
  helpdesk?: TextKey
  action?: StepAction
  question?: StepQuestion
  /**
   * The stage waits for this check on fresh probes: the user's part is done, only the Mac's is
   * left, so when the bound passes here the repair is "not fixed" (elsewhere the app waits for the
   * user). When the playbook's `verify` check passes (on any stage), the session jumps to
   * `afterwards`; Next never means success.
   */
  check?: CompletionCheckId
  when?: StepCondition
}

export interface Playbook {
  id: PlaybookId
  title: TextKey
  /** One sentence: what happened. */
  summary: TextKey
  steps: readonly PlaybookStep[]
  /** Shown once the Mac has shown the evidence (what to expect from now on). */
  afterwards: readonly PlaybookStep[]
  /** The evidence that proves the repair; null = explain, don't repair (nothing to verify). */
  verify: CompletionCheckId | null
}

export const VERIFICATION_STATUSES = [
  /** The playbook has nothing to verify. */
  'notNeeded',
  /** Re-probing with backoff; `missing` says what the Mac has not shown yet. */
  'checking',
  /** Every piece of evidence was seen on a fresh probe. */
  'verified',
  /** The bound passed without the evidence: offer the next step or the helpdesk. */
  'gaveUp',
  /** Stopped by the user or by the end of the session. */
  'stopped',
] as const
export type VerificationStatus = (typeof VERIFICATION_STATUSES)[number]

export const SESSION_OUTCOMES = ['inProgress', 'verified', 'handedOff', 'explained', 'cancelled'] as const
export type SessionOutcome = (typeof SESSION_OUTCOMES)[number]

/** Builds the repair session's schemas with the zod it is given (tests check sessions with them). */
export function defineRepairSessionSchemas(z: Zod) {
  const isoDate = z.string().describe('ISO 8601 date-time in UTC')
  const verificationProgressSchema = z.object({
    status: z.enum(VERIFICATION_STATUSES),
    check: z.enum(Object.keys(COMPLETION_CHECKS) as [CompletionCheckId, ...CompletionCheckId[]]).nullable(),
    attempts: z.number().int().min(0),
    maxAttempts: z.number().int().min(0),
    lastCheckedAt: isoDate.nullable(),
    nextCheckAt: isoDate.nullable(),
    satisfied: z.array(z.enum(EVIDENCE_IDS)),
    missing: z.array(z.enum(EVIDENCE_IDS)),
  })

  const repairSessionSchema = z.object({
    id: z.string().min(1),
    playbookId: z.enum(PLAYBOOK_IDS),
    /** The finding that started it; null when the user picked the playbook. */
    findingId: z.enum(FINDING_IDS).nullable(),
    startedAt: isoDate.describe('tokens must be received after this time to count as fresh'),
    macOSMajor: z.number().int().nullable(),
    /** Whether the new password opens the FileVault screen on this Mac; null or absent when not known. */
    fileVaultTakesNewPassword: z.boolean().nullable().optional(),
    /** The step on screen; null once the session has ended. */
    currentStepId: z.string().nullable(),
    /** The path taken to the current step, in order (Back removes the last); the helpdesk reads it. */
    shownStepIds: z.array(z.string()),
    /** Step id → answer id. */
    answers: z.record(z.string(), z.string()),
    outcome: z.enum(SESSION_OUTCOMES),
    verification: verificationProgressSchema,
  })
  return { verificationProgressSchema, repairSessionSchema }
}

type Schemas = ReturnType<typeof defineRepairSessionSchemas>
export type VerificationProgress = z.infer<Schemas['verificationProgressSchema']>
export type RepairSession = z.infer<Schemas['repairSessionSchema']>

/**
 * What the session owner (main/node/repair/repairSessions.ts) is asked to do. The IPC handlers build
 * these from requests the contract has already validated, and check the ids against the catalogue.
 */
export type RepairCommand =
  | { type: 'start'; playbookId: PlaybookId; findingId: FindingId | null }
  | { type: 'next' }
  | { type: 'back' }
  | { type: 'answer'; stepId: string; answerId: string }
  | { type: 'checkNow' }
  /** Back from "not fixed" to the first stage, a new bound from now. */
  | { type: 'retry' }
  | { type: 'handOff' }
  | { type: 'cancel' }
