/**
 * The window's frame, as a Mac utility draws it: a unified toolbar (the drag region; the traffic
 * lights sit in its left inset) with the screens as a segmented control and Settings at its end,
 * then the current screen centred at a readable width. The app menu reaches the same screens
 * (main's `app:navigate` push); the ui store owns which one shows.
 */
import { useEffect, useLayoutEffect, useRef } from 'react'
import { accentColours, parseAccentColor } from '../main/common/appearance/accent'
import { hasHelperApi } from './bridge'
import { useLang, useT } from './i18n/useT'
import { SettingsSheet } from './components/SettingsSheet'
import { SymbolIcon, type SymbolName } from './components/icons/SymbolIcon'
import { useDefaultActionKeys } from './hooks/useDefaultActionKeys'
import { ErrorBoundary } from './components/ErrorBoundary'
import { AboutScreen } from './screens/AboutScreen'
import { HelpdeskScreen } from './screens/HelpdeskScreen'
import { RepairScreen } from './screens/RepairScreen'
import { StatusScreen } from './screens/StatusScreen'
import { selectActiveSession, useRepairStore } from './stores/repair'
import {
  selectAccentColor,
  selectHelpdeskAllowed,
  selectScreen,
  selectSettingsOpen,
  useUiStore,
  type Screen,
} from './stores/ui'
import type { NavigationTarget } from '../main/common/ipc/contract'

/**
 * The window's own shortcuts, as the app menu's (which catch them first in the desktop app): ⌘1
 * Status, ⌘2 the helpdesk view (and the older ⌘⇧H), ⌘, Settings. Control stands in off the Mac.
 */
function shortcutTarget(e: KeyboardEvent): NavigationTarget | null {
  if (!(e.metaKey || e.ctrlKey) || e.altKey) return null
  const key = e.key.toLowerCase()
  if (e.shiftKey) return key === 'h' ? 'helpdesk' : null
  return ({ '1': 'status', '2': 'helpdesk', ',': 'settings' } as const)[key] ?? null
}

/** The user's accent colour as CSS variables on the root; none set = the stylesheet's system blue. */
/** A layout effect: the colour is in place before the frame is painted. */
function useAccentColour(color: string | null) {
  useLayoutEffect(() => {
    const root = document.documentElement.style
    const rgb = parseAccentColor(color)
    if (!rgb) {
      for (const name of ['--accent', '--accent-fill', '--accent-contrast']) root.removeProperty(name)
      return
    }
    const colours = accentColours(rgb)
    root.setProperty('--accent', colours.accent)
    root.setProperty('--accent-fill', colours.fill)
    root.setProperty('--accent-contrast', colours.contrast)
  }, [color])
}

const TABS: { screen: Screen; label: 'nav.status' | 'nav.helpdesk' | 'nav.about'; symbol: SymbolName }[] = [
  { screen: 'status', label: 'nav.status', symbol: 'status' },
  { screen: 'helpdesk', label: 'nav.helpdesk', symbol: 'helpdesk' },
  { screen: 'about', label: 'nav.about', symbol: 'about' },
]

export function App() {
  const t = useT()
  const lang = useLang()
  const screen = useUiStore(selectScreen)
  const helpdeskAllowed = useUiStore(selectHelpdeskAllowed)
  const settingsOpen = useUiStore(selectSettingsOpen)
  const accentColor = useUiStore(selectAccentColor)
  const screenOpened = useUiStore((s) => s.screenOpened)
  const navigated = useUiStore((s) => s.navigated)
  const session = useRepairStore(selectActiveSession)
  const main = useRef<HTMLElement>(null)

  useAccentColour(accentColor)
  // Return and Escape for the default and cancelling buttons; registered first, so a screen's own
  // Cancel wins over the window's Escape below.
  useDefaultActionKeys()

  // Layout effects for the language and the focus: they are in place before the frame is painted
  // (and a screen reader reads it), whichever runtime schedules the passive effects.
  useLayoutEffect(() => {
    document.documentElement.lang = lang
    document.title = t('app.title')
  }, [lang, t])

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = shortcutTarget(e)
      if (target) {
        if (target === 'helpdesk' && !helpdeskAllowed) return
        e.preventDefault()
        // ⌘⇧H toggles, as it always did.
        navigated(target === 'helpdesk' && e.shiftKey && screen === 'helpdesk' ? 'status' : target)
      } else if (e.key === 'Escape' && !e.defaultPrevented && !settingsOpen && screen !== 'status')
        screenOpened('status')
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [helpdeskAllowed, screen, settingsOpen, screenOpened, navigated])

  // A new screen's heading takes the focus, so keyboard users start at its top.
  const first = useRef(true)
  useLayoutEffect(() => {
    if (first.current) {
      first.current = false
      return
    }
    main.current?.querySelector<HTMLElement>('h1')?.focus()
  }, [screen])

  const shown: Screen = screen === 'helpdesk' && !helpdeskAllowed ? 'status' : screen
  let content
  if (!hasHelperApi()) content = <p role="alert">{t('app.bridgeMissing')}</p>
  else if (shown === 'helpdesk') content = <HelpdeskScreen />
  else if (shown === 'about') content = <AboutScreen />
  else if (session) content = <RepairScreen session={session} />
  else content = <StatusScreen />
  const screenName = session && shown === 'status' ? 'repair' : shown

  const tabs = TABS.filter((tab) => tab.screen !== 'helpdesk' || helpdeskAllowed)
  return (
    <>
      <header className="toolbar" inert={settingsOpen}>
        <span className="toolbar-title" aria-hidden="true">
          {t('app.title')}
        </span>
        <nav className="segmented" aria-label={t('toolbar.label')}>
          {tabs.map((tab) => (
            <button
              key={tab.screen}
              type="button"
              aria-current={shown === tab.screen ? 'page' : undefined}
              title={tab.screen === 'helpdesk' ? t('nav.helpdeskShortcut') : undefined}
              onClick={() => screenOpened(tab.screen)}
            >
              <SymbolIcon name={tab.symbol} />
              <span>{t(tab.label)}</span>
            </button>
          ))}
        </nav>
        <button
          type="button"
          className="toolbar-button"
          aria-label={t('toolbar.settings')}
          title={t('toolbar.settings')}
          onClick={() => navigated('settings')}
        >
          <SymbolIcon name="settings" />
        </button>
      </header>
      <main ref={main} inert={settingsOpen}>
        <div className="content">
          <ErrorBoundary key={screenName} screen={screenName}>
            {content}
          </ErrorBoundary>
        </div>
      </main>
      {settingsOpen && <SettingsSheet />}
    </>
  )
}
