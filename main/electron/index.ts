/**
 * The Electron main process: lifecycle, security policy, the one window, and the state it owns.
 * Everything else is the plain-TypeScript core; this file only wires it to Electron.
 */
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { BrowserWindow } from 'electron'
import { app, clipboard, dialog, net, protocol, session, shell } from 'electron'
import type { AppInfo } from '../common/ipc/contract'
import { PRODUCT_NAME } from '../common/identity'
import { APP_SCHEME, appAssetPath, isAllowedNavigation, permissionDecision } from '../common/security/policy'
import { createAppCore } from '../node/app/core'
import { currentUser, readConfig } from '../node/config/readConfig'
import { createAppLogger } from '../node/log/appLog'
import { COMMAND_NAMES, defaultCliDeps, runCli } from '../node/cli/main'
import { readMacState } from '../node/probe/readMacState'
import { createSystemAccess, defaultSystemDeps } from '../node/system/tools'
import { historyDir } from '../node/history/historyLocation'
import { createHistoryStore } from '../node/history/historyStore'
import { createLanguageOwner, fileLanguageStore } from '../node/i18n/languageOwner'
import { startAppBackground } from './background'
import { cliArguments } from './launch'
import { push, registerIpcHandlers } from './ipc'
import { createMainWindow } from './window'
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
      process.stderr.write(`psso-helper: ${error instanceof Error ? error.message : String(error)}\n`)
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

/** Serves out/renderer under app://bundle/ (never file://), refusing paths outside it. */
function serveRenderer() {
  const rendererDir = path.join(OUT, 'renderer')
  protocol.handle(APP_SCHEME, (request) => {
    const file = appAssetPath(request.url)
    if (!file) return new Response('not found', { status: 404 })
    return net.fetch(pathToFileURL(path.join(rendererDir, file)).toString())
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
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(permissionDecision(permission)),
  )
  session.defaultSession.setPermissionCheckHandler((_contents, permission) => permissionDecision(permission))
  serveRenderer()

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
  const core = createAppCore({
    language,
    read: async (diagnosis) => {
      await liveConfig.refresh()
      return readMacState({ system, now: Date.now, diagnosis })
    },
    now: Date.now,
    history: history.read,
    config,
    configProvenance: () => liveConfig.current(),
    configChanges: liveConfig.subscribe,
    appInfo: () => appInfo,
    openExternal: (url) => shell.openExternal(url),
    copyText: (text) => clipboard.writeText(text),
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
    })
    watchWindow(window, log)
    window.on('focus', () => void stateOwner.recheck('focus'))
    window.on('closed', () => (window = null))
  }
  core.subscribe((channel, payload) => {
    if (window) push(window.webContents, channel, payload)
  })
  // Background checks (interval, wake, unlock, network, after a playbook), notifications, history
  // and the menu-bar item. The menu-bar item keeps the app running when the window closes.
  startAppBackground(core, {
    config: config(),
    configChanges: liveConfig.subscribe,
    history,
    log: (message, error) =>
      log.warn(`background: ${message}${error instanceof Error ? `: ${error.message}` : ''}`),
    showWindow: () => {
      if (!window) return void openWindow()
      if (window.isMinimized()) window.restore()
      window.focus()
    },
  })
  app.on('second-instance', () => {
    if (!window) return void openWindow()
    if (window.isMinimized()) window.restore()
    window.focus()
  })
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
