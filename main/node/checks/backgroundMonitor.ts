/**
 * The app's background life, without Electron: the scheduler reads the state; each result is
 * recorded in the history (transitions only), run through the notification policy, and shown in
 * the menu bar. The Electron edge (main/electron/background.ts) supplies the system events, the
 * native notification and the tray; tests supply fakes.
 */
import type { AppConfig } from '../../common/config/appConfig'
import type { FindingId } from '../../common/diagnosis/findingIds'
import type { MacState, StateResult } from '../../common/model/macState'
import type { HistoryStore } from '../history/historyStore'
import { trayModel, type TrayModel } from '../menubar/trayMenu'
import {
  decideNotification,
  INITIAL_MEMORY,
  notificationSettings,
  type AppNotification,
  type NotificationSettings,
} from '../notifications/notificationPolicy'
import type { Language } from '../../common/i18n'
import type { Timers } from '../../common/timers'
import { createCheckScheduler, type CheckScheduler, type CheckTrigger } from './scheduler'

export interface BackgroundMonitorDeps {
  /** Reads the Mac (through the state owner in the app): the state, or why there is none. */
  readState: () => Promise<StateResult>
  timers: Timers
  now: () => number
  intervalMinutes: number
  deadlineMs?: number
  history: HistoryStore
  notifications: NotificationSettings
  allowQuit: boolean
  isPlaybookRunning: () => boolean
  /** Shows a notification; the edge opens the fix when the user clicks it or its action. */
  notify: (notification: AppNotification) => void
  renderTray: (model: TrayModel) => void
  /** Something went wrong that must not stop the checks (history disk full, …). */
  onError: (message: string, error: unknown) => void
}

export interface BackgroundMonitor {
  start: () => void
  stop: () => void
  trigger: (reason: CheckTrigger) => void
  /**
   * A state read by someone else (the window's own re-checks, a playbook's verification): it is
   * recorded and judged like the monitor's own. The same state object is taken once.
   */
  observe: (snapshot: { state: MacState | null; checking: boolean }) => void
  readonly state: MacState | null
  readonly scheduler: CheckScheduler
  /** The language main decided changed: the menu is drawn again, the next notification speaks it. */
  languageChanged: (language: Language) => void
  /** A profile changed the interval, the notifications or Quit: they apply from now on. */
  configChanged: (
    config: Pick<
      AppConfig,
      'CheckIntervalMinutes' | 'NotificationsEnabled' | 'NotificationRepeatHours' | 'AllowQuit'
    >,
  ) => void
  /** Where "Fix it…" leads right now. */
  readonly fixTarget: { findingId: FindingId; playbookId: string | null } | null
}

export function createBackgroundMonitor(deps: BackgroundMonitorDeps): BackgroundMonitor {
  let state: MacState | null = null
  let memory = INITIAL_MEMORY
  let tray: TrayModel | null = null
  let checkingElsewhere = false
  let notifications = deps.notifications
  let allowQuit = deps.allowQuit

  const render = () => {
    tray = trayModel({
      state,
      checking: scheduler.checking || checkingElsewhere,
      language: notifications.language,
      allowQuit,
      playbookFor: deps.notifications.playbookFor,
    })
    deps.renderTray(tray)
  }

  const onNewState = (next: MacState) => {
    if (next === state) return
    state = next
    deps.history.recordState(next).catch((error) => deps.onError('could not write the history', error))
    const decision = decideNotification(
      memory,
      { state: next, at: deps.now(), playbookRunning: deps.isPlaybookRunning() },
      notifications,
    )
    memory = decision.memory
    if (decision.notification) deps.notify(decision.notification)
  }

  const scheduler = createCheckScheduler<StateResult>({
    timers: deps.timers,
    intervalMs: deps.intervalMinutes * 60_000,
    ...(deps.deadlineMs === undefined ? {} : { deadlineMs: deps.deadlineMs }),
    isFailure: (result) => !result.ok || result.state.verdict.status === 'unknown',
    check: () => {
      render() // the menu says "checking" from the moment a check starts
      return deps.readState()
    },
    onOutcome: (outcome, trigger) => {
      if (outcome.ok) {
        const { result } = outcome
        if (result.ok) onNewState(result.state)
        else deps.onError(`background check (${trigger}) could not read the state`, result.reason)
      } else
        deps.onError(
          `background check (${trigger}) ${outcome.reason === 'deadline' ? 'timed out' : 'failed'}`,
          outcome.error,
        )
      render()
    },
  })

  return {
    start() {
      render()
      scheduler.start()
    },
    stop: () => scheduler.stop(),
    trigger: (reason) => scheduler.trigger(reason),
    languageChanged(language) {
      notifications = { ...notifications, language }
      render()
    },
    configChanged(config) {
      notifications = notificationSettings(config, notifications.language, notifications.playbookFor)
      allowQuit = config.AllowQuit
      scheduler.setIntervalMs(config.CheckIntervalMinutes * 60_000)
      render()
    },
    observe(snapshot) {
      checkingElsewhere = snapshot.checking
      if (snapshot.state) onNewState(snapshot.state)
      render()
    },
    get state() {
      return state
    },
    scheduler,
    get fixTarget() {
      return tray?.fix ?? null
    },
  }
}
