/**
 * The application menu: renders the pure model (main/node/menubar/appMenu.ts) with Electron's Menu
 * and routes each custom item back as its command: a screen to the window (the `app:navigate`
 * push), a language to the language owner (the same path as the window's switch), Help to the
 * support page through the allow-list.
 */
import { Menu, type MenuItemConstructorOptions } from 'electron'
import type { AppConfig } from '../common/config/appConfig'
import type { NavigationTarget } from '../common/ipc/contract'
import type { LanguageOwner } from '../node/i18n/languageOwner'
import { appMenuModel, type AppMenu, type AppMenuCommand, type AppMenuItem } from '../node/menubar/appMenu'

function itemTemplate(item: AppMenuItem, run: (command: AppMenuCommand) => void): MenuItemConstructorOptions {
  switch (item.kind) {
    case 'separator':
      return { type: 'separator' }
    case 'role':
      return {
        role: item.role,
        label: item.label,
        ...(item.accelerator ? { accelerator: item.accelerator } : {}),
      }
    case 'submenu':
      return { label: item.label, submenu: item.items.map((child) => itemTemplate(child, run)) }
    case 'command':
      return {
        label: item.label,
        ...(item.accelerator ? { accelerator: item.accelerator } : {}),
        ...(item.checked === undefined ? {} : { type: 'radio' as const, checked: item.checked }),
        enabled: item.enabled ?? true,
        click: () => run(item.command),
      }
  }
}

export function appMenuTemplate(
  menus: AppMenu[],
  run: (command: AppMenuCommand) => void,
): MenuItemConstructorOptions[] {
  return menus.map((menu) => ({
    label: menu.label,
    ...(menu.role ? { role: menu.role } : {}),
    submenu: menu.items.map((item) => itemTemplate(item, run)),
  }))
}

export function applyAppMenu(menus: AppMenu[], run: (command: AppMenuCommand) => void): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate(menus, run)))
}

export interface AppMenuDeps {
  language: LanguageOwner
  /** The configuration now (a profile can change it while the app runs). */
  config: () => AppConfig
  /** Configuration changes: the menu follows them as the menu-bar item does; absent = fixed. */
  configChanges?: (listener: () => void) => () => void
  development: boolean
  /** Shows the window (opening it if it was closed) on this screen or sheet. */
  navigate: (target: NavigationTarget) => void
  openSupport: () => void
}

/** Applies the menu now and again whenever the language changes (its labels follow it). */
export function startAppMenu({
  language,
  config,
  configChanges,
  development,
  navigate,
  openSupport,
}: AppMenuDeps): () => void {
  const run = (command: AppMenuCommand) => {
    if (command.kind === 'navigate') navigate(command.target)
    else if (command.kind === 'language') void language.choose(command.setting)
    else openSupport()
  }
  const render = () => {
    const { ShowHelpdeskView, AllowQuit, SupportURL, OrganizationName } = config()
    applyAppMenu(
      appMenuModel({
        language: language.current(),
        helpdeskAllowed: ShowHelpdeskView,
        allowQuit: AllowQuit,
        supportUrl: SupportURL,
        organisation: OrganizationName,
        development,
      }),
      run,
    )
  }
  render()
  const unsubscribeLanguage = language.subscribe(render)
  const unsubscribeConfig = configChanges?.(render) ?? (() => {})
  return () => {
    unsubscribeLanguage()
    unsubscribeConfig()
  }
}
