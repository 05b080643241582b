/**
 * The application menu as a pure model of the app's state: App (About, Settings…, Language, Hide,
 * Quit when allowed), Edit (the standard editing roles), View (the window's screens with ⌘1/⌘2,
 * reload only in development, never developer tools in a release), Window and Help (the
 * organisation's support page when one is configured). Labels come from the text catalogue in the
 * language main decided. main/electron/appMenu.ts renders it with Menu.buildFromTemplate and routes
 * each command back.
 */
import type { NavigationTarget } from '../../common/ipc/contract'
import {
  languageChoices,
  t,
  type Language,
  type LanguageSetting,
  type LanguageState,
} from '../../common/i18n'

/** What a custom item does; the Electron edge carries it out. */
export type AppMenuCommand =
  | { kind: 'navigate'; target: NavigationTarget }
  | { kind: 'language'; setting: LanguageSetting }
  | { kind: 'support' }

/** Electron's built-in roles the model uses (macOS draws and localises their behaviour). */
export type AppMenuRole =
  | 'hide'
  | 'hideOthers'
  | 'unhide'
  | 'quit'
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'selectAll'
  | 'minimize'
  | 'zoom'
  | 'front'
  | 'close'
  | 'reload'
  | 'togglefullscreen'

export type AppMenuItem =
  | { kind: 'separator' }
  | { kind: 'role'; role: AppMenuRole; label: string; accelerator?: string }
  | {
      kind: 'command'
      label: string
      command: AppMenuCommand
      accelerator?: string
      /** A radio item (the language): whether it is the chosen one. */
      checked?: boolean
      enabled?: boolean
    }
  | { kind: 'submenu'; label: string; items: AppMenuItem[]; enabled?: boolean }

/**
 * A top-level menu. `role` only where macOS adds its own items (the window list, the Help search):
 * on macOS a role decides a menu's contents, so the others carry none and keep their own items.
 */
export interface AppMenu {
  label: string
  role?: 'window' | 'help'
  items: AppMenuItem[]
}

export interface AppMenuInput {
  language: LanguageState
  /** AppConfig.ShowHelpdeskView: the helpdesk view (and its ⌘2) exists only when true. */
  helpdeskAllowed: boolean
  /** AppConfig.AllowQuit: admins may keep the helper running. */
  allowQuit: boolean
  /** AppConfig.SupportURL: Help offers it when set. */
  supportUrl: string | null
  /** AppConfig.OrganizationName, for "Contoso Support". */
  organisation: string | null
  /** An unpackaged build: reload is offered (developer tools never are, in any build). */
  development: boolean
}

const separator: AppMenuItem = { kind: 'separator' }

export function appMenuModel(input: AppMenuInput): AppMenu[] {
  const lang: Language = input.language.language
  const text = (key: Parameters<typeof t>[1], values?: Record<string, string>) => t(lang, key, values)
  const role = (r: AppMenuRole, key: Parameters<typeof t>[1], accelerator?: string): AppMenuItem => ({
    kind: 'role',
    role: r,
    label: text(key),
    ...(accelerator ? { accelerator } : {}),
  })
  const navigate = (
    target: NavigationTarget,
    key: Parameters<typeof t>[1],
    accelerator?: string,
  ): AppMenuItem => ({
    kind: 'command',
    label: text(key),
    command: { kind: 'navigate', target },
    ...(accelerator ? { accelerator } : {}),
  })
  const languageItem = (setting: LanguageSetting, label: string): AppMenuItem => ({
    kind: 'command',
    label,
    command: { kind: 'language', setting },
    checked: input.language.setting === setting,
    // The organisation's Language key decides: shown, not changeable.
    enabled: !input.language.configured,
  })

  const app: AppMenu = {
    label: text('app.title'),
    items: [
      navigate('about', 'menu.about'),
      separator,
      navigate('settings', 'menu.settings', 'CmdOrCtrl+,'),
      {
        kind: 'submenu',
        label: text('language.label'),
        items: languageChoices(lang, input.language.system).flatMap((choice) => [
          languageItem(choice.setting, choice.label),
          // System first, set apart from the languages themselves.
          ...(choice.setting === 'system' ? [separator] : []),
        ]),
      },
      separator,
      role('hide', 'menu.hide'),
      role('hideOthers', 'menu.hideOthers'),
      role('unhide', 'menu.showAll'),
      ...(input.allowQuit ? [separator, role('quit', 'menu.quit')] : []),
    ],
  }
  const edit: AppMenu = {
    label: text('menu.edit'),
    items: [
      role('undo', 'menu.undo'),
      role('redo', 'menu.redo'),
      separator,
      role('cut', 'menu.cut'),
      role('copy', 'menu.copy'),
      role('paste', 'menu.paste'),
      role('selectAll', 'menu.selectAll'),
    ],
  }
  const view: AppMenu = {
    label: text('menu.view'),
    items: [
      navigate('status', 'nav.status', 'CmdOrCtrl+1'),
      ...(input.helpdeskAllowed ? [navigate('helpdesk', 'nav.helpdesk', 'CmdOrCtrl+2')] : []),
      separator,
      ...(input.development ? [role('reload', 'menu.reload')] : []),
      role('togglefullscreen', 'menu.fullScreen'),
    ],
  }
  const window: AppMenu = {
    label: text('menu.window'),
    role: 'window',
    items: [
      role('minimize', 'menu.minimize'),
      role('zoom', 'menu.zoom'),
      separator,
      role('front', 'menu.front'),
    ],
  }
  const help: AppMenu = {
    label: text('menu.help'),
    role: 'help',
    items: input.supportUrl
      ? [
          {
            kind: 'command',
            label: input.organisation
              ? text('menu.supportOf', { name: input.organisation })
              : text('menu.support'),
            command: { kind: 'support' },
          },
        ]
      : [],
  }
  return [app, edit, view, window, help]
}
