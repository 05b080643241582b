/**
 * The repair session as pure state transitions: which step is on screen, where an answer leads,
 * what Next and Back do, and what a verification result changes. The main process owns the
 * session (main/node/repair) and pushes every new value to the renderer.
 */
import type { FindingId } from '../diagnosis/findingIds'
import { PLAYBOOKS } from './index'
import { evaluateEvidence } from './checks'
import type { MacState } from '../model/macState'
import { macOSMajorOf } from '../model/macOSVersion'
import type {
  ChecklistItem,
  Playbook,
  PlaybookId,
  PlaybookStep,
  RepairCommand,
  RepairSession,
  StepTarget,
  TextKey,
  VerificationProgress,
} from './types'

/**
 * The macOS version decides the path. Unknown version: show the current macOS's path (14+), since
 * guessing "13" would hide the Settings steps almost every Mac has.
 */
export function stepApplies(
  step: Pick<PlaybookStep, 'when'>,
  macOSMajor: number | null,
  fileVaultTakesNewPassword: boolean | null = null,
): boolean {
  const { macOSMin, macOSMax } = step.when ?? {}
  const fileVaultMatches =
    step.when?.fileVaultTakesNewPassword === undefined ||
    step.when.fileVaultTakesNewPassword === fileVaultTakesNewPassword
  if (!fileVaultMatches) return false
  if (macOSMajor === null) return macOSMax === undefined
  return (
    (macOSMin === undefined || macOSMajor >= macOSMin) && (macOSMax === undefined || macOSMajor <= macOSMax)
  )
}

export const visibleSteps = (
  steps: readonly PlaybookStep[],
  macOSMajor: number | null,
  fileVaultTakesNewPassword: boolean | null = null,
) => steps.filter((step) => stepApplies(step, macOSMajor, fileVaultTakesNewPassword))

/** What decides a session's path: its macOS version and whether FileVault takes the new password. */
type PathContext = Pick<RepairSession, 'macOSMajor' | 'fileVaultTakesNewPassword'>

/** Steps (or what comes afterwards) on the session's path: its macOS version and FileVault policy. */
const sessionSteps = (session: PathContext, steps: readonly PlaybookStep[]) =>
  visibleSteps(steps, session.macOSMajor, session.fileVaultTakesNewPassword ?? null)

/** A stage's checklist or notes on this macOS version (and FileVault policy), as text keys. */
export function visibleItems(
  items: readonly ChecklistItem[] | undefined,
  macOSMajor: number | null,
  fileVaultTakesNewPassword: boolean | null = null,
): TextKey[] {
  return (items ?? []).flatMap((item) =>
    typeof item === 'string'
      ? [item]
      : stepApplies(item, macOSMajor, fileVaultTakesNewPassword)
        ? [item.text]
        : [],
  )
}

/**
 * The stages on the user's path, in order: those already shown, then the ones still ahead
 * following the answers given (an unanswered question's first answer: the default). Branches the
 * user does not take are never counted.
 */
export function stagePath(session: RepairSession): string[] {
  const playbook = PLAYBOOKS[session.playbookId]
  const steps = sessionSteps(session, playbook.steps)
  const path = session.shownStepIds.filter((id) => steps.some((s) => s.id === id))
  let current = steps.find((s) => s.id === path.at(-1)) ?? null
  // Bounded by the number of stages: a path never visits one twice.
  for (let guard = 0; current && guard < steps.length; guard++) {
    const following = followingStep(playbook, session, current)
    if (!following || path.includes(following.id)) break
    path.push(following.id)
    current = following
  }
  return path
}

function followingStep(playbook: Playbook, session: RepairSession, step: PlaybookStep): PlaybookStep | null {
  if (step.question) {
    const answerId = session.answers[step.id] ?? step.question.answers[0]?.id
    const target = step.question.answers.find((a) => a.id === answerId)?.next
    return target && 'step' in target ? resolveTarget(session, playbook, target.step) : null
  }
  const steps = sessionSteps(session, playbook.steps)
  return steps[steps.findIndex((s) => s.id === step.id) + 1] ?? null
}

/** The playbook's steps, then what to expect afterwards, for this macOS version (and FileVault policy). */
export function playbookPath(
  playbook: Playbook,
  macOSMajor: number | null,
  fileVaultTakesNewPassword: boolean | null = null,
) {
  return {
    steps: visibleSteps(playbook.steps, macOSMajor, fileVaultTakesNewPassword),
    afterwards: visibleSteps(playbook.afterwards, macOSMajor, fileVaultTakesNewPassword),
  }
}

/**
 * Whether the new Entra password opens the FileVault screen: macOS 15+ with a FileVaultPolicy that
 * attempts or requires Platform SSO authentication [T], [IC], [AY]; earlier macOS never. Null when
 * the macOS version is unknown, or on 15+ when the policy could not be read.
 */
export function fileVaultTakesNewPassword(
  macOSMajor: number | null,
  fileVaultPolicy: string | null | undefined,
): boolean | null {
  if (macOSMajor === null) return null
  if (macOSMajor < 15) return false
  if (fileVaultPolicy === undefined) return null
  return fileVaultPolicy !== null && /AttemptAuthentication|RequireAuthentication/.test(fileVaultPolicy)
}

/** What a repair started on this Mac's state takes its path from (unknown: null each). */
export function fileVaultContextOf(state: MacState | null): {
  macOSMajor: number | null
  fileVaultTakesNewPassword: boolean | null
} {
  const macOSMajor = macOSMajorOf(state?.os.version ?? null)
  return {
    macOSMajor,
    fileVaultTakesNewPassword: fileVaultTakesNewPassword(
      macOSMajor,
      state?.psso.readable ? state.psso.fileVaultPolicy : undefined,
    ),
  }
}

export function findStep(session: RepairSession): PlaybookStep | null {
  if (session.currentStepId === null) return null
  const playbook = PLAYBOOKS[session.playbookId]
  return [...playbook.steps, ...playbook.afterwards].find((s) => s.id === session.currentStepId) ?? null
}

const idleVerification = (check: Playbook['verify'], maxAttempts: number): VerificationProgress => ({
  status: check === null ? 'notNeeded' : 'checking',
  check,
  attempts: 0,
  maxAttempts: check === null ? 0 : maxAttempts,
  lastCheckedAt: null,
  nextCheckAt: null,
  satisfied: [],
  missing: [],
})

export interface StartOptions {
  id: string
  playbookId: PlaybookId
  findingId: FindingId | null
  startedAt: string
  macOSMajor: number | null
  /** See fileVaultTakesNewPassword(); null when not known. */
  fileVaultTakesNewPassword?: boolean | null
  maxAttempts: number
}

/** The playbook's first stage on the session's path, as the only one shown. */
function atFirstStep(
  session: PathContext & Pick<RepairSession, 'playbookId'>,
): Pick<RepairSession, 'currentStepId' | 'shownStepIds'> {
  const first = sessionSteps(session, PLAYBOOKS[session.playbookId].steps)[0] ?? null
  return { currentStepId: first?.id ?? null, shownStepIds: first ? [first.id] : [] }
}

export function startSession(options: StartOptions): RepairSession {
  const playbook = PLAYBOOKS[options.playbookId]
  const fileVault = options.fileVaultTakesNewPassword ?? null
  return {
    id: options.id,
    playbookId: options.playbookId,
    findingId: options.findingId,
    startedAt: options.startedAt,
    macOSMajor: options.macOSMajor,
    fileVaultTakesNewPassword: fileVault,
    ...atFirstStep({ ...options, fileVaultTakesNewPassword: fileVault }),
    answers: {},
    outcome: 'inProgress',
    verification: idleVerification(playbook.verify, options.maxAttempts),
  }
}

const show = (session: RepairSession, step: PlaybookStep | null): RepairSession => ({
  ...session,
  currentStepId: step?.id ?? null,
  shownStepIds: step ? [...session.shownStepIds, step.id] : session.shownStepIds,
})

/** Ends the session without evidence: the step leaves the screen and verification stops. */
const end = (session: RepairSession, outcome: 'explained' | 'handedOff' | 'cancelled'): RepairSession => ({
  ...session,
  currentStepId: null,
  outcome,
  verification:
    session.verification.status === 'checking' || session.verification.status === 'gaveUp'
      ? { ...session.verification, status: 'stopped', nextCheckAt: null }
      : session.verification,
})

/** A step id may name a step hidden on this macOS: go to the first visible one from there on. */
function resolveTarget(session: RepairSession, playbook: Playbook, stepId: string): PlaybookStep | null {
  const index = playbook.steps.findIndex((s) => s.id === stepId)
  if (index < 0) return null
  return sessionSteps(session, playbook.steps.slice(index))[0] ?? null
}

/** What a session does next when it switches playbook (an answer's target or the hand-off). */
export type CommandResult =
  | { session: RepairSession }
  | { session: RepairSession; switchTo: { playbookId: PlaybookId; findingId: FindingId | null } }

function next(session: RepairSession): CommandResult {
  const playbook = PLAYBOOKS[session.playbookId]
  const steps = sessionSteps(session, playbook.steps)
  const afterwards = sessionSteps(session, playbook.afterwards)
  const inAfterwards = afterwards.findIndex((s) => s.id === session.currentStepId)
  if (inAfterwards >= 0) {
    const following = afterwards[inAfterwards + 1] ?? null
    return { session: show(session, following) }
  }
  const index = steps.findIndex((s) => s.id === session.currentStepId)
  const following = steps[index + 1]
  if (following) return { session: show(session, following) }
  // The last step and still no evidence: the helpdesk, never "fixed".
  if (playbook.verify !== null) return handOff(session)
  return { session: end(session, 'explained') }
}

function handOff(session: RepairSession): CommandResult {
  return {
    session: end(session, 'handedOff'),
    switchTo: { playbookId: 'helpdesk-handoff', findingId: session.findingId },
  }
}

function goTo(session: RepairSession, target: StepTarget): CommandResult {
  if ('playbook' in target)
    return target.playbook === 'helpdesk-handoff'
      ? handOff(session)
      : {
          session: end(session, 'cancelled'),
          switchTo: { playbookId: target.playbook, findingId: session.findingId },
        }
  const step = resolveTarget(session, PLAYBOOKS[session.playbookId], target.step)
  return step ? { session: show(session, step) } : next(session)
}

/**
 * Applies the renderer's command. `start` and `checkNow` belong to the session owner (they start
 * sessions and probes); here they change nothing.
 */
export function applyCommand(session: RepairSession, command: RepairCommand): CommandResult {
  if (session.outcome !== 'inProgress' && session.outcome !== 'verified') return { session }
  switch (command.type) {
    case 'next':
      return session.currentStepId === null ? { session } : next(session)
    case 'back': {
      const history = session.shownStepIds.slice(0, -1)
      const previous = history.at(-1)
      return previous === undefined
        ? { session }
        : { session: { ...session, currentStepId: previous, shownStepIds: history } }
    }
    case 'answer': {
      const step = findStep(session)
      const answer = step?.question?.answers.find((a) => a.id === command.answerId)
      if (!step || step.id !== command.stepId || !answer) return { session }
      return goTo({ ...session, answers: { ...session.answers, [step.id]: answer.id } }, answer.next)
    }
    case 'retry':
      return { session: { ...session, answers: {}, ...atFirstStep(session) } }
    case 'handOff':
      return handOff(session)
    case 'cancel':
      return { session: end(session, 'cancelled') }
    default:
      return { session }
  }
}

/**
 * A verification result, with the state the probe read. Verified: the session moves to what to
 * expect afterwards (or ends). Otherwise, when the Mac shows the stage's own evidence (the user
 * did what the stage asks), the session moves on to the next stage by itself.
 */
export function applyVerification(
  session: RepairSession,
  progress: VerificationProgress,
  state: MacState | null = null,
): RepairSession {
  if (session.outcome !== 'inProgress') return session
  const updated = { ...session, verification: progress }
  if (progress.status === 'verified') {
    const afterwards = sessionSteps(session, PLAYBOOKS[session.playbookId].afterwards)
    return { ...show(updated, afterwards[0] ?? null), outcome: 'verified' }
  }
  // Every stage the Mac shows done is passed, in order: the Mac password's evidence also finishes
  // the Settings stage shown with it. Bounded by the number of stages.
  const playbook = PLAYBOOKS[session.playbookId]
  let current = updated
  let step = findStep(current)
  for (let guard = 0; state && step?.advanceWhen && guard < playbook.steps.length; guard++) {
    if (!evaluateEvidence(step.advanceWhen, state, session.startedAt).passed) break
    const following = followingStep(playbook, current, step)
    if (!following) break
    current = show(current, following)
    step = following
  }
  return current
}

/**
 * The stage shown together with the current one: macOS opens its place from the current stage's
 * last click (Repair opens the Mac-password sheet) and shows nothing in between. Null otherwise.
 */
export function stageOpenedFromCurrent(session: RepairSession): PlaybookStep | null {
  const playbook = PLAYBOOKS[session.playbookId]
  const step = playbook.steps.find((s) => s.id === session.currentStepId)
  if (!step || step.question) return null
  const following = followingStep(playbook, session, step)
  return following?.opensFromPrevious ? following : null
}

/**
 * Probes without progress before a waiting stage offers its help: about 3½ minutes at the default
 * pace (3 s growing by half to a minute, main/node/repair/verificationLoop.ts). The count starts
 * again at every new stage, so "a while" is measured from the user's last progress.
 */
export const HELP_AFTER_PROBES = 10

/** Whether the stage has waited for the user long enough to offer its help (never a failure). */
export const helpDue = (verification: VerificationProgress): boolean =>
  verification.status === 'gaveUp' ||
  (verification.status === 'checking' && verification.attempts >= HELP_AFTER_PROBES)
