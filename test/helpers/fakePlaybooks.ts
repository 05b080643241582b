/** A small playbook catalogue for renderer tests, in the common playbook model (steps, actions, questions). */
import type { PlaybookCatalogue } from '../../renderer/repair/session'
import type { PlaybookSessionView } from '../../main/common/ipc/contract'
import type {
  EvidenceId,
  Playbook,
  PlaybookId,
  TextKey,
  VerificationStatus,
} from '../../main/common/playbooks/types'

const texts: Partial<Record<TextKey, { en: string; ja: string }>> = {
  'passwordReset.title': { en: 'Repair after a password reset', ja: 'パスワードリセット後の修復' },
  'passwordReset.summary': { en: 'Your password was reset.', ja: 'パスワードがリセットされました。' },
  'passwordReset.lockAndUnlock': {
    en: 'Your Mac still uses your old password.',
    ja: 'Macはまだ古いパスワードを使っています。',
  },
  'passwordReset.askTemporary': {
    en: 'Did IT give you a temporary password?',
    ja: '仮のパスワードを受け取りましたか？',
  },
  'answer.yes': { en: 'Yes', ja: 'はい' },
  'answer.no': { en: 'No', ja: 'いいえ' },
  'passwordReset.fileVault.earlier': {
    en: 'macOS 13 has no setting for this.',
    ja: 'macOS 13にはこの設定がありません。',
  },
  'passwordReset.useNewPassword': {
    en: 'From now on, use your new password.',
    ja: 'これからは新しいパスワードを使ってください。',
  },
  'passwordReset.setPermanent.helpdesk': {
    en: 'Helpdesk: registration runs in Users & Groups.',
    ja: 'ヘルプデスク：登録は「ユーザとグループ」で行います。',
  },
  'passwordReset.setPermanent': {
    en: 'Open Users & Groups and click Repair.',
    ja: '「ユーザとグループ」を開いて「修復」をクリックします。',
  },
}

export const PASSWORD_RESET: Playbook = {
  id: 'password-reset',
  title: 'passwordReset.title',
  summary: 'passwordReset.summary',
  steps: [
    { id: 'explain', text: 'passwordReset.lockAndUnlock' },
    {
      id: 'temporary',
      text: 'passwordReset.askTemporary',
      question: {
        text: 'passwordReset.askTemporary',
        answers: [
          { id: 'yes', text: 'answer.yes', next: { step: 'register' } },
          { id: 'no', text: 'answer.no', next: { step: 'macos13' } },
        ],
      },
    },
    { id: 'macos13', text: 'passwordReset.fileVault.earlier', when: { macOSMax: 13 } },
    {
      id: 'register',
      text: 'passwordReset.setPermanent',
      helpdesk: 'passwordReset.setPermanent.helpdesk',
      action: { kind: 'openSettings', pane: 'usersAndGroups' },
    },
  ],
  afterwards: [{ id: 'useNew', text: 'passwordReset.useNewPassword' }],
  verify: 'reRegistered',
}

export const fakeCatalogue: PlaybookCatalogue = {
  playbook: (id) => (id === PASSWORD_RESET.id ? PASSWORD_RESET : undefined),
  path: (id, major) => ({
    steps:
      id === PASSWORD_RESET.id
        ? PASSWORD_RESET.steps.filter((s) => !s.when?.macOSMax || (major ?? 99) <= s.when.macOSMax)
        : [],
    afterwards: PASSWORD_RESET.afterwards,
  }),
  text: (key, lang) => texts[key as TextKey]?.[lang] ?? key,
  playbookForFinding: (id) =>
    id === 'user-not-registered' || id === 'tokens-expired' ? 'password-reset' : null,
  evidenceText: (id, lang) => (lang === 'ja' ? `未確認：${id}` : `Not yet seen: ${id}`),
  findingText: (id, audience, lang) =>
    id === 'user-not-registered' ? `${audience}/${lang}: your account is not registered on this Mac.` : null,
  settingsPaneUrl: (pane) =>
    pane === 'usersAndGroups' ? 'x-apple.systempreferences:com.apple.Users-Groups-Settings.extension' : null,
}

/** A session as main would push it: the RepairSession inside the contract's view. */
export function sessionAt(
  stepId: string | null,
  phase: PlaybookSessionView['phase'] = 'step',
  options: {
    playbookId?: PlaybookId
    missing?: EvidenceId[]
    verification?: VerificationStatus
    macOSMajor?: number
    shown?: string[]
  } = {},
): PlaybookSessionView {
  const playbookId = options.playbookId ?? 'password-reset'
  const outcomes = {
    fixed: 'verified',
    handedOff: 'handedOff',
    explained: 'explained',
    cancelled: 'cancelled',
  } as const
  return {
    sessionId: 's1',
    playbookId,
    phase,
    view: {
      id: 's1',
      playbookId,
      findingId: 'user-not-registered',
      startedAt: '2026-11-21T10:00:00Z',
      macOSMajor: options.macOSMajor ?? 15,
      currentStepId: stepId,
      shownStepIds: options.shown ?? (stepId ? [stepId] : []),
      answers: {},
      outcome: phase in outcomes ? outcomes[phase as keyof typeof outcomes] : 'inProgress',
      verification: {
        status:
          options.verification ??
          (phase === 'verifying' ? 'checking' : phase === 'notFixed' ? 'gaveUp' : 'notNeeded'),
        check: null,
        attempts: 3,
        maxAttempts: 20,
        lastCheckedAt: null,
        nextCheckAt: null,
        satisfied: [],
        missing: options.missing ?? [],
      },
    },
  }
}
