/**
 * When to tell the user, as a pure function over the sequence of checked states. A notification
 * goes out only when things get worse (healthy to attention or broken, attention to broken; the
 * diagnosis reports tokens expiring within TokenExpiryWarningHours as an attention finding), at most once per finding per repeat
 * period, never while a playbook is running (the user is already fixing it) and never when the
 * admin switched notifications off. Checks that could not read the state (verdict unknown) neither
 * notify nor move the baseline, so a flaky tool cannot make a broken Mac notify twice.
 */
import type { AppConfig } from '../../common/config/appConfig'
import { FINDINGS } from '../../common/diagnosis/catalogue'
import type { FindingId } from '../../common/diagnosis/findingIds'
import type { MacState, VerdictStatus } from '../../common/model/macState'
import { t, type Language } from '../../common/i18n'

/** The severities a notification is sent for. */
export type NotifiedSeverity = 'broken' | 'attention'

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
  language: Language
  /** The same finding notifies at most once per this many hours. */
  repeatAfterHours: number
  /** The playbook that fixes a finding; null opens the status screen. */
  playbookFor: (findingId: FindingId) => string | null
}

export interface NotificationMemory {
  /** Severity rank of the last readable state; null before the first. */
  lastRank: number | null
  lastNotifiedAt: Partial<Record<FindingId, number>>
}

export const INITIAL_MEMORY: NotificationMemory = { lastRank: null, lastNotifiedAt: {} }
const HOUR = 3_600_000
const playbookOfFinding = (findingId: FindingId): string | null => FINDINGS[findingId].playbook

/** How bad a readable verdict is; unknown has no rank (the state was not read). */
const RANK: Record<Exclude<VerdictStatus, 'unknown'>, number> = {
  healthy: 0,
  notConfigured: 0, // nothing the user can fix; the admin decides
  attention: 1,
  broken: 2,
}

export function notificationSettings(
  config: Pick<AppConfig, 'NotificationsEnabled' | 'NotificationRepeatHours'>,
  language: Language,
  playbookFor: NotificationSettings['playbookFor'] = playbookOfFinding,
): NotificationSettings {
  return {
    enabled: config.NotificationsEnabled,
    language,
    repeatAfterHours: config.NotificationRepeatHours,
    playbookFor,
  }
}

/** The problem worth telling about in this state (the first finding that needs the user), or null. */
export function notifiableProblem(
  state: MacState,
): { findingId: FindingId; severity: NotifiedSeverity } | null {
  const worst = state.verdict.findings.find((f) => f.severity === 'broken' || f.severity === 'attention')
  return worst ? { findingId: worst.id, severity: worst.severity as NotifiedSeverity } : null
}

export function decideNotification(
  memory: NotificationMemory,
  { state, at, playbookRunning }: Observation,
  settings: NotificationSettings,
): { notification: AppNotification | null; memory: NotificationMemory } {
  if (state.verdict.status === 'unknown') return { notification: null, memory }
  const problem = notifiableProblem(state)
  const rank = RANK[state.verdict.status]
  const next: NotificationMemory = { ...memory, lastRank: rank }
  const worsened = rank > (memory.lastRank ?? 0)
  if (!problem || !worsened || !settings.enabled || playbookRunning)
    return { notification: null, memory: next }

  const lastSent = memory.lastNotifiedAt[problem.findingId]
  if (lastSent !== undefined && at - lastSent < settings.repeatAfterHours * HOUR)
    return { notification: null, memory: next }

  const { language } = settings
  const notification: AppNotification = {
    findingId: problem.findingId,
    title: t(language, `notification.title.${problem.severity}`),
    body: t(language, `finding.${problem.findingId}.user`),
    action: {
      label: t(language, 'notification.action'),
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
