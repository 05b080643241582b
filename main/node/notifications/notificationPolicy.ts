/**
 * When to tell the user, as a pure function over the sequence of checked states. A notification
 * goes out only when things get worse (healthy to attention or broken, attention to broken, or the
 * sign-in tokens entering the configured expiry window), at most once per finding per repeat
 * period, never while a playbook is running (the user is already fixing it) and never when the
 * admin switched notifications off. Checks that could not read the state (verdict unknown) neither
 * notify nor move the baseline, so a flaky tool cannot make a broken Mac notify twice.
 */
import type { AppConfig } from '../../common/config/appConfig'
import type { FindingId } from '../../common/diagnosis/findingIds'
import type { MacState, VerdictStatus } from '../../common/model/macState'
import { NOTIFICATION_TEXTS, type NotificationLanguage, type NotifiedSeverity } from './notificationTexts'

export interface Observation {
  state: MacState
  /** The reader's clock when the check ended (ms). */
  at: number
  playbookRunning: boolean
}

export interface AppNotification {
  findingId: FindingId
  title: string
  body: string
  /** The one action: opens the app at the fix for this finding. */
  action: { label: string; findingId: FindingId; playbookId: string | null }
}

export interface NotificationSettings {
  enabled: boolean
  language: NotificationLanguage
  tokenExpiryWarningHours: number
  /** The same finding notifies at most once per this many hours. */
  repeatAfterHours: number
  /** The playbook that fixes a finding (the catalogue's mapping); null opens the status screen. */
  playbookFor: (findingId: FindingId) => string | null
}

export interface NotificationMemory {
  /** Severity rank of the last readable state; null before the first. */
  lastRank: number | null
  lastNotifiedAt: Partial<Record<FindingId, number>>
}

export const INITIAL_MEMORY: NotificationMemory = { lastRank: null, lastNotifiedAt: {} }
/** Proposed AppConfig key NotificationRepeatHours; until the table has it, a day. */
export const DEFAULT_REPEAT_AFTER_HOURS = 24

const HOUR = 3_600_000

/** How bad a readable verdict is; unknown has no rank (the state was not read). */
const RANK: Record<Exclude<VerdictStatus, 'unknown'>, number> = {
  healthy: 0,
  notConfigured: 0, // nothing the user can fix; the admin decides
  attention: 1,
  broken: 2,
}

export function notificationSettings(
  config: Pick<AppConfig, 'NotificationsEnabled' | 'TokenExpiryWarningHours'>,
  language: NotificationLanguage,
  playbookFor: NotificationSettings['playbookFor'] = () => null,
  repeatAfterHours = DEFAULT_REPEAT_AFTER_HOURS,
): NotificationSettings {
  return {
    enabled: config.NotificationsEnabled,
    language,
    tokenExpiryWarningHours: config.TokenExpiryWarningHours,
    repeatAfterHours,
    playbookFor,
  }
}

/** The problem worth telling about in this state, or null when there is none. */
export function notifiableProblem(
  state: MacState,
  at: number,
  tokenExpiryWarningHours: number,
): { findingId: FindingId; severity: NotifiedSeverity } | null {
  const worst = state.verdict.findings.find((f) => f.severity === 'broken' || f.severity === 'attention')
  if (worst) return { findingId: worst.id, severity: worst.severity as NotifiedSeverity }
  const expiresAt = state.psso.tokens.expiresAt === null ? NaN : Date.parse(state.psso.tokens.expiresAt)
  if (state.psso.tokens.expired === false && expiresAt - at <= tokenExpiryWarningHours * HOUR)
    return { findingId: 'tokens-expiring-soon', severity: 'attention' }
  return null
}

export function decideNotification(
  memory: NotificationMemory,
  { state, at, playbookRunning }: Observation,
  settings: NotificationSettings,
): { notification: AppNotification | null; memory: NotificationMemory } {
  if (state.verdict.status === 'unknown') return { notification: null, memory }
  const problem = notifiableProblem(state, at, settings.tokenExpiryWarningHours)
  const rank = problem ? Math.max(RANK[state.verdict.status], problem.severity === 'broken' ? 2 : 1) : 0
  const next: NotificationMemory = { ...memory, lastRank: rank }
  const worsened = rank > (memory.lastRank ?? 0)
  if (!problem || !worsened || !settings.enabled || playbookRunning)
    return { notification: null, memory: next }

  const lastSent = memory.lastNotifiedAt[problem.findingId]
  if (lastSent !== undefined && at - lastSent < settings.repeatAfterHours * HOUR)
    return { notification: null, memory: next }

  const texts = NOTIFICATION_TEXTS[settings.language]
  const notification: AppNotification = {
    findingId: problem.findingId,
    title: texts.title[problem.severity],
    body: texts.bodies[problem.findingId] ?? texts.fallback[problem.severity],
    action: {
      label: texts.action,
      findingId: problem.findingId,
      playbookId: settings.playbookFor(problem.findingId),
    },
  }
  return {
    notification,
    memory: { ...next, lastNotifiedAt: { ...memory.lastNotifiedAt, [problem.findingId]: at } },
  }
}

/** The notifications a sequence of observations produces, in order (the policy folded over it). */
export function notificationsFor(
  observations: readonly Observation[],
  settings: NotificationSettings,
  memory: NotificationMemory = INITIAL_MEMORY,
): AppNotification[] {
  const sent: AppNotification[] = []
  for (const observation of observations) {
    const decision = decideNotification(memory, observation, settings)
    memory = decision.memory
    if (decision.notification) sent.push(decision.notification)
  }
  return sent
}
