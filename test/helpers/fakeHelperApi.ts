/**
 * An in-memory HelperApi for renderer tests: answers from the state and session the test sets,
 * records every call, and pushes updates like main does.
 */
import { vi } from 'vitest'
import type { AppConfig } from '../../main/common/config/appConfig'
import { DEFAULT_CONFIG } from '../../main/common/config/appConfig'
import type { ConfigProblem } from '../../main/common/config/effectiveConfig'
import { CONFIG_KEY_NAMES, type ConfigKey, type ConfigSource } from '../../main/common/config/keys'
import type { MacState } from '../../main/common/model/macState'
import type { HistoryRecord } from '../../main/common/history/historyRecord'
import type { PlaybookId } from '../../main/common/repair/types'
import type { LanguageSetting } from '../../main/common/i18n'
import { createLanguageOwner, type LanguageOwner } from '../../main/node/i18n/languageOwner'
import { createSignInLogConsent } from '../../main/node/consent/signInLogConsent'
import { sessionAt } from './sessions'
import type {
  AppInfo,
  HelperApi,
  NavigationTarget,
  IpcResult,
  PlaybookSessionView,
  SignInLogChoice,
  StateSnapshot,
  UserAnswers,
} from '../../main/common/ipc/contract'

const ok = <T>(data: T): IpcResult<T> => ({ ok: true, data })
const notAvailable = {
  ok: false as const,
  error: { code: 'notAvailable' as const, message: 'not in this build' },
}

export interface FakeHelper {
  api: HelperApi
  pushState(state: MacState | null, extra?: Partial<StateSnapshot>): void
  pushSession(session: PlaybookSessionView | null): void
  snapshot: StateSnapshot
  session: PlaybookSessionView | null
  /** Main's language owner (the real one), and the choice it was asked to keep. */
  language: LanguageOwner
  savedLanguage: LanguageSetting | null
  /** What main pushes when an app-menu item is chosen, or the accent colour changes. */
  pushNavigate(target: NavigationTarget): void
  pushAccentColor(color: string | null): void
  /** The sign-in log choice main was asked to keep. */
  savedSignInLogChoice: SignInLogChoice | null
}

export function createFakeHelper(
  options: {
    state?: MacState | null
    session?: PlaybookSessionView | null
    config?: Partial<AppConfig>
    /** Keys the fake organisation sets (managed-device) and problems its profile has. */
    managed?: Partial<Record<ConfigKey, ConfigSource>>
    configProblems?: ConfigProblem[]
    preferredLanguages?: string[]
    /** The choice an earlier run kept in the data folder. */
    savedLanguage?: LanguageSetting
    /** What main would show after the user's answers (the real diagnosis in tests); absent = unchanged. */
    rediagnose?: (answers: UserAnswers) => MacState
    history?: HistoryRecord[]
    /** The accent colour main read (RRGGBBAA); absent = none (the system blue). */
    accentColor?: string | null
    /**
     * The sign-in log choice an earlier run kept (null: never asked); 'unavailable' (the default) =
     * a shell without the log, as the preview.
     */
    signInLogChoice?: SignInLogChoice | null | 'unavailable'
  } = {},
): FakeHelper {
  const stateListeners = new Set<(s: StateSnapshot) => void>()
  const sessionListeners = new Set<(s: PlaybookSessionView | null) => void>()
  const info: AppInfo = {
    name: 'PSSO Helper',
    version: '0.1.0',
    preferredLanguages: options.preferredLanguages ?? ['en-US'],
    shell: 'preview',
    scenario: null,
    accentColor: options.accentColor ?? null,
  }
  const navigateListeners = new Set<(target: NavigationTarget) => void>()
  const accentListeners = new Set<(color: string | null) => void>()
  const language = createLanguageOwner({
    configured: () => options.config?.Language ?? 'system',
    systemLanguages: () => info.preferredLanguages,
    savedChoice: options.savedLanguage ?? null,
    save: async (setting) => void (fake.savedLanguage = setting),
  })
  const consent =
    options.signInLogChoice === undefined || options.signInLogChoice === 'unavailable'
      ? null
      : createSignInLogConsent(options.signInLogChoice, {
          save: async (choice) => void (fake.savedSignInLogChoice = choice),
        })
  const fake: FakeHelper = {
    language,
    savedLanguage: options.savedLanguage ?? null,
    savedSignInLogChoice: null,
    snapshot: {
      revision: 1,
      state: options.state ?? null,
      checking: false,
      checkedAt: '2026-11-21T09:59:00Z',
      error: null,
      answers: {},
    },
    session: options.session ?? null,
    pushState(state, extra) {
      fake.snapshot = { ...fake.snapshot, state, ...extra, revision: fake.snapshot.revision + 1 }
      stateListeners.forEach((l) => l(fake.snapshot))
    },
    pushNavigate: (target) => navigateListeners.forEach((l) => l(target)),
    pushAccentColor: (color) => accentListeners.forEach((l) => l(color)),
    pushSession(session) {
      fake.session = session
      sessionListeners.forEach((l) => l(session))
    },
    api: {
      getState: vi.fn(async () => ok(fake.snapshot)),
      requestRecheck: vi.fn(async () => ok(fake.snapshot)),
      answerQuestion: vi.fn(async (request) => {
        const answers = { ...fake.snapshot.answers, ...request }
        fake.pushState(options.rediagnose?.(answers) ?? fake.snapshot.state, { answers })
        return ok(fake.snapshot)
      }),
      onStateChanged: (listener) => {
        stateListeners.add(listener)
        return () => stateListeners.delete(listener)
      },
      startPlaybook: vi.fn(async ({ playbookId }) => {
        const session = sessionAt(null, 'step', { playbookId: playbookId as PlaybookId })
        fake.session = session
        return ok(session)
      }),
      currentPlaybook: vi.fn(async () => ok(fake.session)),
      answerPlaybook: vi.fn(async () => ok(fake.session!)),
      advancePlaybook: vi.fn(async () => ok(fake.session!)),
      backPlaybook: vi.fn(async () => ok(fake.session!)),
      checkPlaybookNow: vi.fn(async () => ok(fake.session!)),
      handOffPlaybook: vi.fn(async () => ok(fake.session!)),
      retryPlaybook: vi.fn(async () => ok(fake.session!)),
      setGuideMode: vi.fn(async ({ mode }: { mode: 'compact' | 'full' }) => ok({ mode })),
      cancelPlaybook: vi.fn(async () => ok({ ...fake.session!, phase: 'cancelled' as const })),
      onPlaybookChanged: (listener) => {
        sessionListeners.add(listener)
        return () => sessionListeners.delete(listener)
      },
      openExternal: vi.fn(async (request) => ok({ opened: 'url' in request ? request.url : request.intent })),
      copyText: vi.fn(async ({ text }) => ok({ copied: text.length })),
      getAppInfo: vi.fn(async () => ok(info)),
      onAccentColorChanged: (listener) => {
        accentListeners.add(listener)
        return () => accentListeners.delete(listener)
      },
      onNavigate: (listener) => {
        navigateListeners.add(listener)
        return () => navigateListeners.delete(listener)
      },
      getSignInLogConsent: vi.fn(async () => (consent ? ok(consent.current()) : notAvailable)),
      setSignInLogConsent: vi.fn(async ({ choice }) =>
        consent ? ok(await consent.choose(choice)) : notAvailable,
      ),
      getConfig: vi.fn(async () =>
        ok({
          values: { ...DEFAULT_CONFIG, ...options.config },
          sources: { ...allDefault(), ...options.managed },
          problems: options.configProblems ?? [],
        }),
      ),
      // The configuration stays as given (no test changes it while the window is open).
      onConfigChanged: () => () => {},
      logError: vi.fn(async () => ok({ logged: true })),
      getReportText: vi.fn(async () => ok({ text: 'app-sso platform -s\n_credential: <redacted>' })),
      getDeviceIdentity: vi.fn(async () => notAvailable),
      saveDiagnosticsBundle: vi.fn(async () => notAvailable),
      openDiagnosticsBundle: vi.fn(async () => notAvailable),
      decodeSupportCode: vi.fn(async () => notAvailable),
      getHistory: vi.fn(async () => ok({ records: options.history ?? [], skippedLines: 0 })),
      getLanguage: vi.fn(async () => ok(language.current())),
      setLanguage: vi.fn(async ({ setting }) => ok(await language.choose(setting as LanguageSetting))),
      onLanguageChanged: (listener) => language.subscribe(listener),
    },
  }
  return fake
}

const allDefault = () =>
  Object.fromEntries(CONFIG_KEY_NAMES.map((key) => [key, 'default'])) as Record<ConfigKey, ConfigSource>
