/** The main window: helper-sized, secure, a unified toolbar on macOS, remembers where the user put it. */
import path from 'node:path'
import { BrowserWindow, screen } from 'electron'
import type { AppConfig } from '../common/config/appConfig'
import { APP_ENTRY_URL, secureWebPreferences } from '../common/security/policy'
import {
  WINDOW_SIZE,
  WINDOW_STATE_FILE,
  loadWindowBounds,
  saveWindowBounds,
  visibleBounds,
  windowTitle,
} from '../node/app/windowState'
import { windowChrome } from '../node/app/windowChrome'
import { trustWebContents } from './ipc'

export interface MainWindowOptions {
  preloadPath: string
  userDataDir: string
  config: AppConfig
  /** A packaged build: no DevTools. */
  release: boolean
}

export async function createMainWindow({
  preloadPath,
  userDataDir,
  config,
  release,
}: MainWindowOptions): Promise<BrowserWindow> {
  const stateFile = path.join(userDataDir, WINDOW_STATE_FILE)
  const saved = visibleBounds(
    await loadWindowBounds(stateFile),
    screen.getAllDisplays().map((display) => display.workArea),
  )
  const title = windowTitle(config)
  const window = new BrowserWindow({
    ...WINDOW_SIZE,
    ...(saved ?? {}),
    title,
    show: false,
    ...windowChrome(process.platform),
    webPreferences: secureWebPreferences(preloadPath, { release }),
  })
  trustWebContents(window.webContents)
  // The page's <title> must not replace the organisation's name.
  window.on('page-title-updated', (event) => event.preventDefault())
  window.once('ready-to-show', () => window.show())

  let saveTimer: NodeJS.Timeout | undefined
  const saveSoon = () => {
    clearTimeout(saveTimer)
    saveTimer = setTimeout(() => {
      if (!window.isDestroyed()) void saveWindowBounds(stateFile, window.getNormalBounds()).catch(() => {})
    }, 500)
  }
  window.on('moved', saveSoon)
  window.on('resized', saveSoon)
  window.on('close', () => {
    clearTimeout(saveTimer)
    void saveWindowBounds(stateFile, window.getNormalBounds()).catch(() => {})
  })

  await window.loadURL(APP_ENTRY_URL)
  return window
}
