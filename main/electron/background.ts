/**
 * Wires the background monitor (main/node/checks/backgroundMonitor.ts) to the Mac: powerMonitor's
 * resume and unlock-screen, network changes, native notifications, the menu-bar item and the Dock.
 * The app shell (main/electron/index.ts) calls startAppBackground once after `ready`.
 */
import { networkInterfaces } from 'node:os'
import { app, clipboard, Notification, powerMonitor } from 'electron'
import { FINDINGS } from '../common/diagnosis/catalogue'
import { isPlaybookId } from '../common/repair/playbookIds'
import { encodeSupportCode } from '../common/supportCode/supportCode'
import { realTimers } from '../common/timers'
import type { AppCore } from '../node/app/core'
import type { AppConfig } from '../common/config/appConfig'
import type { FindingId } from '../common/diagnosis/findingIds'
import type { MacState, StateResult } from '../common/model/macState'
import { createBackgroundMonitor, type BackgroundMonitor } from '../node/checks/backgroundMonitor'
import { watchNetwork } from '../node/checks/networkWatcher'
import type { HistoryStore } from '../node/history/historyStore'
import { notificationSettings, type AppNotification } from '../node/notifications/notificationPolicy'
import type { Language } from '../common/i18n'
import { createMenuBarItem } from './tray'
import { PASSWORD_CHANGED_TARGET, type TrayActionId } from '../node/menubar/trayMenu'

export interface BackgroundOptions {
  config: AppConfig
  language: Language
  readState: () => Promise<StateResult>
  isPlaybookRunning: () => boolean
  playbookFor: (findingId: FindingId) => string | null
  /** Shows the window; at the fix's playbook when a target is given. */
  openApp: (target: { findingId: FindingId; playbookId: string | null } | null) => void
  /** Copies the state's support code to the clipboard. */
  copySupportCode: (state: MacState | null) => void
  history: HistoryStore
  log: (message: string, error?: unknown) => void
  /** Whether a window is open now (the Dock icon follows MenuBarOnly at once); absent = assume one is. */
  hasWindows?: () => boolean
}

export interface Background {
  monitor: BackgroundMonitor
  history: HistoryStore
  /** MenuBarOnly changed in the organisation's profile: the Dock follows without a restart. */
  menuBarOnlyChanged: (menuBarOnly: boolean) => void
  stop: () => void
}

export function startBackground(options: BackgroundOptions): Background {
  const { history } = options
  // Shown notifications are kept referenced until closed, or their click handlers may be collected.
  const shown = new Set<Notification>()
  const notify = (notification: AppNotification) => {
    if (!Notification.isSupported()) return
    const native = new Notification({
      title: notification.title,
      body: notification.body,
      actions: [{ type: 'button', text: notification.action.label }],
    })
    const openFix = () => {
      options.openApp({
        findingId: notification.action.findingId,
        playbookId: notification.action.playbookId,
      })
      shown.delete(native)
    }
    native.on('click', openFix)
    native.on('action', openFix)
    native.on('close', () => shown.delete(native))
    shown.add(native)
    native.show()
  }

  const onAction = (id: TrayActionId) => {
    if (id === 'fix') options.openApp(monitor.fixTarget)
    else if (id === 'passwordChanged') options.openApp(PASSWORD_CHANGED_TARGET)
    else if (id === 'open') options.openApp(null)
    else if (id === 'copySupportCode') options.copySupportCode(monitor.state)
    else if (id === 'checkNow') monitor.trigger('manual')
    else app.quit()
  }
  const menuBar = createMenuBarItem(onAction)

  const monitor = createBackgroundMonitor({
    readState: options.readState,
    timers: realTimers,
    now: Date.now,
    intervalMinutes: options.config.CheckIntervalMinutes,
    history,
    notifications: notificationSettings(options.config, options.language, options.playbookFor),
    allowQuit: options.config.AllowQuit,
    isPlaybookRunning: options.isPlaybookRunning,
    notify,
    renderTray: menuBar.render,
    onError: options.log,
  })

  const onResume = () => monitor.trigger('wake')
  const onUnlock = () => monitor.trigger('unlock')
  powerMonitor.on('resume', onResume)
  powerMonitor.on('unlock-screen', onUnlock)
  const stopNetwork = watchNetwork({
    readInterfaces: networkInterfaces,
    timers: realTimers,
    onChange: () => monitor.trigger('network'),
  })
  let menuBarOnly = options.config.MenuBarOnly
  let stopDock = menuBarOnly ? applyMenuBarOnlyDock() : () => {}
  const menuBarOnlyChanged = (value: boolean) => {
    if (value === menuBarOnly) return
    menuBarOnly = value
    stopDock()
    stopDock = value ? applyMenuBarOnlyDock() : () => {}
    if (!value) void app.dock?.show()
    else if (!(options.hasWindows?.() ?? true)) app.dock?.hide()
  }

  monitor.start()
  return {
    monitor,
    history,
    menuBarOnlyChanged,
    stop() {
      monitor.stop()
      stopNetwork()
      stopDock()
      powerMonitor.off('resume', onResume)
      powerMonitor.off('unlock-screen', onUnlock)
      menuBar.destroy()
    },
  }
}

/**
 * No Dock icon while only the menu-bar item is open: hide it when the last window closes, show it
 * again when a window opens (so Cmd-Tab finds the window). The app keeps running for the menu bar.
 */
export function applyMenuBarOnlyDock(): () => void {
  const onWindowCreated = () => void app.dock?.show()
  const onAllClosed = () => app.dock?.hide()
  app.on('browser-window-created', onWindowCreated)
  app.on('window-all-closed', onAllClosed)
  return () => {
    app.off('browser-window-created', onWindowCreated)
    app.off('window-all-closed', onAllClosed)
  }
}

/**
 * The background checks of the desktop app: they read through the core's state owner (so the
 * window sees every background check and no two reads overlap), take the states the window and
 * playbooks read too, and re-check when a playbook ends.
 */
export function startAppBackground(
  core: AppCore,
  options: Pick<BackgroundOptions, 'config' | 'history' | 'log' | 'hasWindows'> & {
    showWindow: () => void
    /** Configuration changes while the app runs (the live configuration). */
    configChanges?: (listener: (config: { values: AppConfig }) => void) => () => void
  },
): Background {
  const isPlaybookRunning = () => core.repair.current()?.outcome === 'inProgress'
  const background = startBackground({
    ...options,
    language: core.language.current().language,
    readState: () => core.stateOwner.readState('schedule'),
    isPlaybookRunning,
    playbookFor: (findingId) => FINDINGS[findingId].playbook,
    openApp: (target) => {
      const playbookId = target?.playbookId
      if (playbookId && isPlaybookId(playbookId) && !isPlaybookRunning())
        core.repair.handle({ type: 'start', playbookId, findingId: target.findingId })
      options.showWindow()
    },
    copySupportCode: (state) => {
      if (state) clipboard.writeText(encodeSupportCode(state))
    },
  })
  core.stateOwner.subscribe((snapshot) => background.monitor.observe(snapshot))
  core.language.subscribe(({ language }) => background.monitor.languageChanged(language))
  options.configChanges?.(({ values }) => {
    background.monitor.configChanged(values)
    background.menuBarOnlyChanged(values.MenuBarOnly)
  })
  let wasRunning = isPlaybookRunning()
  core.subscribe((channel) => {
    if (channel !== 'playbook:changed') return
    const running = isPlaybookRunning()
    if (wasRunning && !running) background.monitor.trigger('playbookEnded')
    wasRunning = running
  })
  return background
}
