// The application menu model: what each menu holds in each configuration and language, and what
// each custom item asks for.
import { describe, expect, it } from 'vitest'
import {
  appMenuModel,
  type AppMenu,
  type AppMenuInput,
  type AppMenuItem,
} from '../../../main/node/menubar/appMenu'

const input = (overrides: Partial<AppMenuInput> = {}): AppMenuInput => ({
  language: { setting: 'system', language: 'en', system: 'en', configured: false },
  helpdeskAllowed: true,
  allowQuit: true,
  supportUrl: null,
  organisation: null,
  development: false,
  ...overrides,
})

const labels = (items: AppMenuItem[]) => items.map((item) => (item.kind === 'separator' ? '—' : item.label))
const menu = (menus: AppMenu[], label: string) => menus.find((m) => m.label === label)!
const flat = (items: AppMenuItem[]): AppMenuItem[] =>
  items.flatMap((item) => (item.kind === 'submenu' ? [item, ...flat(item.items)] : [item]))

describe('appMenuModel', () => {
  it('has the five Mac menus in order', () => {
    expect(appMenuModel(input()).map((m) => m.label)).toEqual([
      'PSSO Helper',
      'Edit',
      'View',
      'Window',
      'Help',
    ])
  })

  it('App: About, Settings…, Language, Hide, Quit', () => {
    const app = menu(appMenuModel(input()), 'PSSO Helper')
    expect(labels(app.items)).toEqual([
      'About PSSO Helper',
      '—',
      'Settings…',
      'Language',
      '—',
      'Hide PSSO Helper',
      'Hide Others',
      'Show All',
      '—',
      'Quit PSSO Helper',
    ])
    expect(app.items[0]).toMatchObject({ command: { kind: 'navigate', target: 'about' } })
    expect(app.items[2]).toMatchObject({
      command: { kind: 'navigate', target: 'settings' },
      accelerator: 'CmdOrCtrl+,',
    })
  })

  it('offers no Quit when the organisation keeps the helper running', () => {
    const app = menu(appMenuModel(input({ allowQuit: false })), 'PSSO Helper')
    expect(flat(app.items).some((item) => item.kind === 'role' && item.role === 'quit')).toBe(false)
  })

  it('Language: System (resolved) and every language in its own name, the chosen one checked', () => {
    const model = appMenuModel(
      input({ language: { setting: 'ja', language: 'ja', system: 'en', configured: false } }),
    )
    const app = model[0]!
    const languages = app.items.find((item) => item.kind === 'submenu')!
    expect(languages.kind === 'submenu' && labels(languages.items)).toEqual([
      'システム（English）',
      '—',
      'English',
      '日本語',
    ])
    const items = languages.kind === 'submenu' ? languages.items : []
    expect(
      items
        .filter((item) => item.kind === 'command' && item.checked)
        .map((item) => item.kind !== 'separator' && item.label),
    ).toEqual(['日本語'])
    expect(items[2]).toMatchObject({ command: { kind: 'language', setting: 'en' }, enabled: true })
  })

  it('Language cannot be changed when the organisation sets it', () => {
    const model = appMenuModel(
      input({ language: { setting: 'ja', language: 'ja', system: 'en', configured: true } }),
    )
    const items = flat(model[0]!.items).filter(
      (item) => item.kind === 'command' && item.command.kind === 'language',
    )
    expect(items).toHaveLength(3)
    for (const item of items) expect(item).toMatchObject({ enabled: false })
  })

  it('View: Status ⌘1 and Helpdesk ⌘2; the helpdesk is absent when the organisation hides it', () => {
    const view = menu(appMenuModel(input()), 'View')
    expect(view.items.slice(0, 2)).toEqual([
      {
        kind: 'command',
        label: 'Status',
        command: { kind: 'navigate', target: 'status' },
        accelerator: 'CmdOrCtrl+1',
      },
      {
        kind: 'command',
        label: 'Helpdesk view',
        command: { kind: 'navigate', target: 'helpdesk' },
        accelerator: 'CmdOrCtrl+2',
      },
    ])
    const hidden = menu(appMenuModel(input({ helpdeskAllowed: false })), 'View')
    expect(labels(hidden.items)).not.toContain('Helpdesk view')
  })

  it('never offers developer tools; reload only in development', () => {
    for (const development of [false, true]) {
      const roles = appMenuModel(input({ development }))
        .flatMap((m) => flat(m.items))
        .flatMap((item) => (item.kind === 'role' ? [item.role] : []))
      expect(roles).not.toContain('toggleDevTools')
      expect(roles.includes('reload')).toBe(development)
    }
  })

  it('Help opens the organisation’s support page only when one is configured', () => {
    expect(menu(appMenuModel(input()), 'Help').items).toEqual([])
    const help = menu(
      appMenuModel(input({ supportUrl: 'https://support.contoso.com', organisation: 'Contoso' })),
      'Help',
    )
    expect(help.items).toEqual([{ kind: 'command', label: 'Contoso Support', command: { kind: 'support' } }])
    expect(help.role).toBe('help')
  })

  it('speaks Japanese as a Japanese Mac does', () => {
    const model = appMenuModel(
      input({ language: { setting: 'ja', language: 'ja', system: 'ja', configured: false } }),
    )
    expect(model.map((m) => m.label)).toEqual(['PSSO Helper', '編集', '表示', 'ウインドウ', 'ヘルプ'])
    expect(labels(model[0]!.items)).toContain('PSSO Helperについて')
    expect(labels(model[0]!.items)).toContain('設定…')
    expect(labels(model[3]!.items)).toEqual(['しまう', '拡大/縮小', '—', 'すべてを手前に移動'])
  })
})
