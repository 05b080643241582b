/**
 * The Electron main process: lifecycle, security policy, the one window, and the state it owns.
 * Everything else is the plain-TypeScript core; this file only wires it to Electron.
 */
import path from 'node:path'
import type { BrowserWindow } from 'electron'
import { app, clipboard, dialog, protocol, session, shell } from 'electron'
import type { AppInfo, NavigationTarget } from '../common/ipc/contract'
import { PRODUCT_NAME } from '../common/identity'
import { APP_SCHEME, isAllowedNavigation } from '../common/security/policy'
import { createAppCore } from '../node/app/core'
import { readDeviceIdentity } from '../node/helpdesk/deviceIdentity'
import { currentUser, readConfig } from '../node/config/readConfig'
import { createAppLogger } from '../node/log/appLog'
import { COMMAND_NAMES, defaultCliDeps, runCli } from '../node/cli/main'
import { forTerminal } from '../node/cli/terminalText'
import { readMacState, readSignInLogs, recentSignInLogs } from '../node/probe/readMacState'
import { ignoredSeams } from '../node/system/developmentSeams'
import { createSystemAccess, defaultSystemDeps } from '../node/system/tools'
import { historyDir } from '../node/history/historyLocation'
import { createHistoryStore } from '../node/history/historyStore'
import { createLanguageOwner, fileLanguageStore } from '../node/i18n/languageOwner'
import { createSignInLogConsent, fileSignInLogConsentStore } from '../node/consent/signInLogConsent'
import { startAppBackground } from './background'
import { clearDefaultMenu, hardenSession, serveRenderer } from './hardening'
import { cliArguments } from './launch'
import { push, registerIpcHandlers } from './ipc'
import { createMainWindow } from './window'
import { startAppMenu } from './appMenu'
import { readAccentColor, watchAccentColor } from './appearance'
import { createCompactGuide } from './compactGuide'
import { compactOnBlur } from '../node/app/compactGuide'
import { watchMainProcess, watchWindow } from './crashRecovery'
import { createLiveConfig } from '../node/config/liveConfig'
import { utilityWorker } from './utilityWorker'
import { createHeavyWorker, HEAVY_WORK_ENTRY } from '../node/worker/heavyWorker'

const ZIP = [{ name: 'Diagnostics bundle', extensions: ['zip'] }]

// out/main/index.cjs → out/preload/index.cjs and out/renderer/.
const OUT = path.resolve(__dirname, '..')

function runAsCli(args: string[]) {
  app.dock?.hide()
  const deps = defaultCliDeps()
  runCli(args, deps).then(
    // app.exit ends at once: the log's queued lines are written first.
    async (code) => {
      await deps.logger?.flush?.()
      app.exit(code)
    },
    (error: unknown) => {
      process.stderr.write(
        forTerminal(`psso-helper: ${error instanceof Error ? error.message : String(error)}\n`),
      )
      app.exit(1)
    },
  )
}

function applySecurityPolicy() {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAllowedNavigation(url)) event.preventDefault()
    })
    contents.on('will-redirect', (event, url) => {
      if (!isAllowedNavigation(url)) event.preventDefault()
    })
    contents.on('will-attach-webview', (event) => event.preventDefault())
    contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  })
}

async function startApp() {
  app.enableSandbox()
  if (!app.requestSingleInstanceLock()) return app.quit()
  applySecurityPolicy()
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: false } },
  ])
  await app.whenReady()
  hardenSession(session.defaultSession)
  serveRenderer(path.join(OUT, 'renderer'))
  clearDefaultMenu()

  let window: BrowserWindow | null = null
  const system = createSystemAccess(defaultSystemDeps)
  // Managed preferences win, then the user's own, then defaults; a bad value never stops the app.
  const readPreferences = () => readConfig({ system, user: currentUser() })
  const initialConfig = await readPreferences()
  const log = createAppLogger({
    homeDir: app.getPath('home'),
    now: Date.now,
    level: initialConfig.values.LogLevel,
  })
  watchMainProcess(log)
  for (const problem of initialConfig.problems) log.warn(`configuration: ${problem.message}`)
  for (const seam of ignoredSeams(process.env))
    log.warn(`${seam} is set and ignored: this is a release build`)
  // Profiles change under a running app: read again on every check and every half minute.
  const liveConfig = createLiveConfig({ initial: initialConfig, read: readPreferences, logger: log })
  liveConfig.startPolling()
  const config = () => liveConfig.current().values
  const languages = app.getPreferredSystemLanguages()
  const appInfo: AppInfo = {
    name: PRODUCT_NAME,
    version: app.getVersion(),
    preferredLanguages: languages,
    shell: 'electron',
    scenario: null,
    accentColor: readAccentColor(),
  }
  const history = createHistoryStore({ dir: historyDir(app.getPath('userData')) })
  // One language for the window, the menu-bar item and notifications (the user's choice is kept).
  const languageStore = fileLanguageStore(app.getPath('userData'))
  const language = createLanguageOwner({
    configured: () => config().Language,
    systemLanguages: () => languages,
    savedChoice: await languageStore.load(),
    save: languageStore.save,
    onSaveError: (error) => log.warn(`could not keep the language choice: ${String(error)}`),
  })
  // Company Portal's sign-in log is read only once the user agreed (asked once, remembered).
  const consentStore = fileSignInLogConsentStore(app.getPath('userData'))
  const signInLogConsent = createSignInLogConsent(await consentStore.load(), consentStore, (error) =>
    log.warn(`could not keep the sign-in log choice: ${String(error)}`),
  )
  const user = currentUser()
  // A repair re-checks every few seconds: the sign-in logs, the slowest read, are read once a minute.
  const signInLogs = recentSignInLogs((account) => readSignInLogs(system, account, Date.now), Date.now)
  const guide = createCompactGuide(() => window)
  const core = createAppCore({
    setGuideMode: (mode) => guide.set(mode),
    language,
    signInLogConsent,
    refreshConfig: () => liveConfig.refresh(),
    read: (diagnosis) =>
      readMacState({
        system,
        now: Date.now,
        diagnosis,
        user,
        readSignInLog: signInLogConsent.granted(),
        signInLogs,
      }),
    now: Date.now,
    history: history.read,
    config,
    configProvenance: () => liveConfig.current(),
    configChanges: liveConfig.subscribe,
    appInfo: () => appInfo,
    openExternal: (url) => shell.openExternal(url),
    copyText: (text) => clipboard.writeText(text),
    readDevice: () => readDeviceIdentity(system),
    // Reports and bundles are built in a utility process, so the window and menu bar stay responsive.
    heavyWork: createHeavyWorker(utilityWorker(path.join(__dirname, HEAVY_WORK_ENTRY))),
    log,
    files: {
      chooseSaveFile: async (defaultName) => {
        const options = { defaultPath: path.join(app.getPath('desktop'), defaultName), filters: ZIP }
        const { canceled, filePath } = window
          ? await dialog.showSaveDialog(window, options)
          : await dialog.showSaveDialog(options)
        return canceled || !filePath ? null : filePath
      },
      chooseOpenFile: async () => {
        const options = { properties: ['openFile' as const], filters: ZIP }
        const { canceled, filePaths } = window
          ? await dialog.showOpenDialog(window, options)
          : await dialog.showOpenDialog(options)
        return canceled ? null : (filePaths[0] ?? null)
      },
      system,
      homeDir: app.getPath('home'),
      sysroot: process.env.PSSO_HELPER_SYSROOT ?? null,
    },
  })
  registerIpcHandlers(core.handlers)
  const { stateOwner } = core

  const openWindow = async () => {
    window = await createMainWindow({
      preloadPath: path.join(OUT, 'preload/index.cjs'),
      userDataDir: app.getPath('userData'),
      config: config(),
      release: app.isPackaged,
    })
    watchWindow(window, log)
    window.on('focus', () => void stateOwner.recheck('focus'))
    // The user switched to System Settings while a stage happens there: the guide goes beside it.
    window.on('blur', () => {
      if (compactOnBlur(core.repair.current())) guide.set('compact')
    })
    window.on('closed', () => (window = null))
  }
  /** Opens the window, or brings it back from the Dock and to the front. */
  const showWindow = async () => {
    if (!window) return openWindow()
    if (window.isMinimized()) window.restore()
    window.focus()
  }
  core.subscribe((channel, payload) => {
    if (window) push(window.webContents, channel, payload)
  })
  // Background checks (interval, wake, unlock, network, after a playbook), notifications, history
  // and the menu-bar item. The menu-bar item keeps the app running when the window closes.
  startAppBackground(core, {
    config: config(),
    configChanges: liveConfig.subscribe,
    hasWindows: () => window !== null,
    history,
    log: (message, error) =>
      log.warn(`background: ${message}${error instanceof Error ? `: ${error.message}` : ''}`),
    showWindow: () => void showWindow(),
  })
  // The app menu and the accent colour reach the window through pushes in the contract.
  const showWindowAt = async (target: NavigationTarget) => {
    await showWindow()
    if (window) push(window.webContents, 'app:navigate', target)
  }
  startAppMenu({
    language,
    config,
    configChanges: liveConfig.subscribe,
    development: !app.isPackaged,
    navigate: (target) => void showWindowAt(target),
    openSupport: () => void core.handlers['external:open']({ intent: 'support' }),
  })
  watchAccentColor((color) => {
    appInfo.accentColor = color
    if (window) push(window.webContents, 'app:accentColor', color)
  })
  app.on('second-instance', () => void showWindow())
  app.on('activate', () => {
    if (!window) void openWindow()
  })
  // Closing the window leaves the menu-bar item (and the background checks) running.
  app.on('window-all-closed', () => {})

  void stateOwner.recheck('start')
  await openWindow()
}

const cliArgs = cliArguments(process.argv, app.isPackaged, COMMAND_NAMES)
if (cliArgs) runAsCli(cliArgs)
else
  startApp().catch((error: unknown) => {
    console.error(error)
    app.exit(1)
  })
