/** The window: the current screen, a quiet footer with the other screens and the language switch. */
import { useEffect, useRef } from 'react'
import { hasHelperApi } from './bridge'
import { useLang, useT } from './i18n/useT'
import { ErrorBoundary } from './components/ErrorBoundary'
import { LanguageSwitch } from './components/LanguageSwitch'
import { AboutScreen } from './screens/AboutScreen'
import { HelpdeskScreen } from './screens/HelpdeskScreen'
import { RepairScreen } from './screens/RepairScreen'
import { StatusScreen } from './screens/StatusScreen'
import { selectActiveSession, useRepairStore } from './stores/repair'
import { selectHelpdeskAllowed, selectScreen, useUiStore, type Screen } from './stores/ui'

/** Command-Shift-H on the Mac (Control-Shift-H elsewhere) opens the helpdesk view. */
const isHelpdeskShortcut = (e: KeyboardEvent) =>
  (e.metaKey || e.ctrlKey) && e.shiftKey && !e.altKey && e.key.toLowerCase() === 'h'

export function App() {
  const t = useT()
  const lang = useLang()
  const screen = useUiStore(selectScreen)
  const helpdeskAllowed = useUiStore(selectHelpdeskAllowed)
  const screenOpened = useUiStore((s) => s.screenOpened)
  const session = useRepairStore(selectActiveSession)
  const main = useRef<HTMLElement>(null)

  useEffect(() => {
    document.documentElement.lang = lang
    document.title = t('app.title')
  }, [lang, t])

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isHelpdeskShortcut(e) && helpdeskAllowed) {
        e.preventDefault()
        screenOpened(screen === 'helpdesk' ? 'status' : 'helpdesk')
      } else if (e.key === 'Escape' && screen !== 'status') screenOpened('status')
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [helpdeskAllowed, screen, screenOpened])

  // A new screen's heading takes the focus, so keyboard users start at its top.
  const first = useRef(true)
  useEffect(() => {
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

  const link = (target: Screen, label: string, extra?: string) => (
    <button
      type="button"
      className="link"
      aria-current={shown === target ? 'page' : undefined}
      title={extra}
      onClick={() => screenOpened(target)}
    >
      {label}
    </button>
  )

  return (
    <>
      <main ref={main}>
        <ErrorBoundary key={screenName} screen={screenName}>
          {content}
        </ErrorBoundary>
      </main>
      <footer className="app-footer">
        <nav aria-label={t('app.title')}>
          {shown !== 'status' && link('status', t('nav.status'))}
          {helpdeskAllowed &&
            shown !== 'helpdesk' &&
            link('helpdesk', t('nav.helpdesk'), t('nav.helpdeskShortcut'))}
          {shown !== 'about' && link('about', t('nav.about'))}
        </nav>
        <LanguageSwitch />
      </footer>
    </>
  )
}
