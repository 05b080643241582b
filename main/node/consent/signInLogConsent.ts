/**
 * The user's choice about reading Company Portal's sign-in log: macOS 14+ asks before an app reads
 * another app's container, so the app asks first, once, says why in one sentence, and remembers the
 * answer in its data folder (written atomically). Without consent nothing is read and everything else
 * works; an admin's PPPC profile can pre-approve the access (deploy/pppc/).
 */
import {
  SIGN_IN_LOG_CHOICES,
  type SignInLogConsentState,
  type SignInLogChoice,
} from '../../common/ipc/contract'
import { choiceFile } from '../files/choiceFile'

export const SIGN_IN_LOG_CONSENT_FILE = 'sign-in-log-consent.json'

export interface SignInLogConsentStore {
  load(): Promise<SignInLogChoice | null>
  save(choice: SignInLogChoice): Promise<void>
}

export interface SignInLogConsent {
  current(): SignInLogConsentState
  /** Whether the log may be read now. */
  granted(): boolean
  choose(choice: SignInLogChoice): Promise<SignInLogConsentState>
}

export function createSignInLogConsent(
  saved: SignInLogChoice | null,
  store: Pick<SignInLogConsentStore, 'save'>,
  onSaveError: (error: unknown) => void = () => {},
): SignInLogConsent {
  let choice = saved
  const current = (): SignInLogConsentState => ({ choice: choice ?? 'unasked' })
  return {
    current,
    granted: () => choice === 'granted',
    async choose(next) {
      choice = next
      // The choice holds for this run even when it cannot be kept.
      await store.save(next).catch(onSaveError)
      return current()
    },
  }
}

export function fileSignInLogConsentStore(dataDir: string): SignInLogConsentStore {
  return choiceFile(dataDir, SIGN_IN_LOG_CONSENT_FILE, 'choice', (value): value is SignInLogChoice =>
    (SIGN_IN_LOG_CHOICES as readonly unknown[]).includes(value),
  )
}
