// The window's frame, the application menu and the accent colour at the Electron edge, with a mocked
// `electron`: what BrowserWindow, Menu and systemPreferences are given, and where clicks lead.
import { beforeEach, describe, expect, it, vi } from 'vitest'

const electron = vi.hoisted(() => {
  const listeners = new Map<string, () => void>()
  return {
    windowOptions: [] as Record<string, unknown>[],
    templates: [] as unknown[],
    notifications: new Map<string, () => void>(),
    listeners,
    accent: '0a84ffff',
  }
})
vi.mock('electron', () => {
  class BrowserWindow {
    webContents = { id: 1, once: () => {} }
    constructor(options: Record<string, unknown>) {
      electron.windowOptions.push(options)
    }
    on() {}
    once() {}
    loadURL = async () => {}
  }
  return {
    BrowserWindow,
    screen: { getAllDisplays: () => [] },
    Menu: {
      buildFromTemplate: (template: unknown) => ({ template }),
      setApplicationMenu: (menu: { template: unknown }) => electron.templates.push(menu.template),
    },
    systemPreferences: {
      getAccentColor: () => electron.accent,
      subscribeNotification: (name: string, callback: () => void) => {
        electron.notifications.set(name, callback)
        return 7
      },
      unsubscribeNotification: vi.fn(),
      on: vi.fn(),
      off: vi.fn(),
    },
    nativeTheme: {
      on: (name: string, listener: () => void) => electron.listeners.set(name, listener),
      off: vi.fn(),
    },
    ipcMain: { handle: vi.fn() },
  }
})

const { createMainWindow } = await import('../../../main/electron/window')
const { startAppMenu } = await import('../../../main/electron/appMenu')
const { readAccentColor, watchAccentColor } = await import('../../../main/electron/appearance')
const { windowChrome } = await import('../../../main/node/app/windowChrome')
const { DEFAULT_CONFIG } = await import('../../../main/common/config/appConfig')
const { createLanguageOwner } = await import('../../../main/node/i18n/languageOwner')

type Item = { label?: string; role?: string; click?: () => void; submenu?: Item[] }
type Template = Item[]

beforeEach(() => {
  electron.windowOptions.length = 0
  electron.templates.length = 0
})

describe('the window frame', () => {
  it('macOS: a unified title bar with inset traffic lights over the sidebar material', () => {
    expect(windowChrome('darwin')).toEqual({
      titleBarStyle: 'hiddenInset',
      trafficLightPosition: { x: 20, y: 19 },
      vibrancy: 'sidebar',
      visualEffectState: 'followWindow',
      backgroundColor: '#00000000',
    })
    expect(windowChrome('linux')).toEqual({ backgroundColor: '#ececec' })
  })

  it('the BrowserWindow gets the frame with the secure webPreferences', async () => {
    await createMainWindow({
      preloadPath: '/p.cjs',
      userDataDir: '/nonexistent',
      config: DEFAULT_CONFIG,
      release: true,
    })
    const options = electron.windowOptions[0]!
    expect(options).toMatchObject(windowChrome(process.platform))
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    })
  })
})

describe('the application menu at the edge', () => {
  const start = (navigate = vi.fn(), openSupport = vi.fn()) => {
    const language = createLanguageOwner({ configured: () => 'system', systemLanguages: () => ['en-US'] })
    let config = { ...DEFAULT_CONFIG, SupportURL: 'https://support.example.com' }
    const listeners = new Set<() => void>()
    startAppMenu({
      language,
      config: () => config,
      configChanges: (listener) => {
        listeners.add(listener)
        return () => listeners.delete(listener)
      },
      development: false,
      navigate,
      openSupport,
    })
    /** A profile changed the configuration while the app runs. */
    const configChanged = (change: Partial<typeof config>) => {
      config = { ...config, ...change }
      listeners.forEach((listener) => listener())
    }
    return { language, navigate, openSupport, configChanged }
  }
  const find = (template: Template, label: string): Item | undefined => {
    for (const item of template) {
      if (item.label === label) return item
      const inner = item.submenu && find(item.submenu, label)
      if (inner) return inner
    }
    return undefined
  }

  it('routes View › Status and App › About to the window, Help to the support page', () => {
    const { navigate, openSupport } = start()
    const template = electron.templates.at(-1) as Template
    find(template, 'Status')!.click!()
    find(template, 'About PSSO Helper')!.click!()
    expect(navigate.mock.calls).toEqual([['status'], ['about']])
    find(template, 'Support')!.click!()
    expect(openSupport).toHaveBeenCalledTimes(1)
    // Only the Window and Help menus carry a role (macOS fills those in); the rest keep their items.
    expect(template.map((menu) => menu.role)).toEqual([undefined, undefined, undefined, 'window', 'help'])
  })

  it('follows a changed profile: the helpdesk view leaves the View menu without a restart', () => {
    const { configChanged } = start()
    expect(find(electron.templates.at(-1) as Template, 'Helpdesk view')).toBeDefined()
    configChanged({ ShowHelpdeskView: false })
    expect(find(electron.templates.at(-1) as Template, 'Helpdesk view')).toBeUndefined()
  })

  it('Language › 日本語 goes through the language owner, and the menu is rebuilt in Japanese', async () => {
    const { language } = start()
    find(electron.templates.at(-1) as Template, '日本語')!.click!()
    await vi.waitFor(() => expect(language.current().language).toBe('ja'))
    expect((electron.templates.at(-1) as Template).map((menu) => menu.label)).toContain('表示')
  })
})

describe('the accent colour', () => {
  it('reads RRGGBBAA on macOS, nothing elsewhere or when the value is odd', () => {
    electron.accent = '0a84ffff'
    expect(readAccentColor('darwin')).toBe('0a84ffff')
    expect(readAccentColor('linux')).toBeNull()
    electron.accent = 'not a colour'
    expect(readAccentColor('darwin')).toBeNull()
  })

  it('reports a change noticed through the system-colours notification', () => {
    electron.accent = '007affff'
    const seen: (string | null)[] = []
    watchAccentColor((color) => seen.push(color), 'darwin')
    electron.notifications.get('NSSystemColorsDidChangeNotification')!()
    electron.accent = 'ff5257ff'
    electron.notifications.get('NSSystemColorsDidChangeNotification')!()
    electron.listeners.get('updated')!()
    expect(seen).toEqual(['ff5257ff'])
  })
})
