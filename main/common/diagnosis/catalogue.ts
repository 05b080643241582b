/**
 * The findings catalogue (data): for every finding id, its severity, the facts that trigger it,
 * one sentence for the user and one for the helpdesk (English and Japanese), the playbook that
 * fixes it, and its sources (keys of psso-domain.md, URLs in sources.ts).
 *
 * The key order below is the order of what to do first: findings are sorted by severity, then by
 * this order (diagnosis/verdict.ts). A missing id or a missing Japanese sentence is a compile error.
 */
import type { PlaybookId } from '../playbooks/types'
import type { Severity } from '../model/macState'
import type { FindingId } from './findingIds'
import type { SourceKey } from './sources'

export interface Localized {
  en: string
  ja: string
}

export interface CatalogueEntry {
  severity: Severity
  /** The facts that trigger it, as field paths of the state model (and the user's answers). */
  triggers: string
  user: Localized
  helpdesk: Localized
  /** null = nothing for the user to do (information for the helpdesk). */
  playbook: PlaybookId | null
  sources: readonly SourceKey[]
}

export const FINDINGS = {
  'state-unreadable': {
    severity: 'unknown',
    triggers: 'psso.readable = false (app-sso missing, timed out, failed or unparsable)',
    user: {
      en: 'PSSO Helper could not read the single sign-on state of this Mac.',
      ja: 'PSSO Helper はこの Mac のシングルサインオンの状態を読み取れませんでした。',
    },
    helpdesk: {
      en: '`app-sso platform -s` could not be run or read; see probes.appSso for the reason. Nothing else about PSSO is known.',
      ja: '`app-sso platform -s` を実行または解析できませんでした。理由は probes.appSso を参照。PSSO についてはそれ以上不明です。',
    },
    playbook: 'helpdesk-handoff',
    sources: ['MAN', 'T'],
  },
  'psso-not-configured': {
    severity: 'notConfigured',
    triggers: 'psso.configured = false (Device, Login and User Configuration all (null))',
    user: {
      en: 'Single sign-on has not been set up on this Mac yet.',
      ja: 'この Mac ではまだシングルサインオンが設定されていません。',
    },
    helpdesk: {
      en: 'No Platform SSO configuration: the PSSO profile has not been delivered (check assignment and Profiles) or Company Portal is missing.',
      ja: 'Platform SSO の構成がありません。PSSO プロファイルが未配信（割り当てとプロファイルを確認）か、ポータル サイトがありません。',
    },
    playbook: 'not-configured',
    sources: ['IC', 'TS'],
  },
  'company-portal-missing': {
    severity: 'broken',
    triggers: 'companyPortal.installed = false',
    user: {
      en: 'Company Portal, the app single sign-on needs, is not installed.',
      ja: 'シングルサインオンに必要な「ポータル サイト」がインストールされていません。',
    },
    helpdesk: {
      en: 'Company Portal is not in /Applications; it hosts the SSO extension and must be installed (5.2404.0+) before users are targeted.',
      ja: 'ポータル サイトが /Applications にありません。SSO 拡張機能を含むため、ユーザを対象にする前に 5.2404.0 以降を入れる必要があります。',
    },
    playbook: 'not-configured',
    sources: ['IC', 'O'],
  },
  'company-portal-outdated': {
    severity: 'broken',
    triggers: 'companyPortal.meetsMinimum = false (version below 5.2404.0)',
    user: {
      en: 'Company Portal on this Mac is too old for single sign-on.',
      ja: 'この Mac の「ポータル サイト」は古いため、シングルサインオンに使えません。',
    },
    helpdesk: {
      en: 'Company Portal is older than 5.2404.0, the minimum for Platform SSO; older versions make registration fail.',
      ja: 'ポータル サイトが Platform SSO の最小バージョン 5.2404.0 より古く、登録が失敗します。',
    },
    playbook: 'not-configured',
    sources: ['IC', 'O', 'J1'],
  },
  'multiple-sso-payloads': {
    severity: 'broken',
    triggers: 'profile.ssoPayloadCount >= 2',
    user: {
      en: 'Two conflicting single sign-on settings are installed on this Mac; IT needs to remove one.',
      ja: 'この Mac には矛盾する 2 つのシングルサインオン設定があり、IT 部門が一方を削除する必要があります。',
    },
    helpdesk: {
      en: 'Two or more com.apple.extensiblesso payloads (error 10002: multiple SSOe payloads configured); unassign the old Device Features SSO profile.',
      ja: 'com.apple.extensiblesso ペイロードが 2 つ以上あります（エラー 10002）。古いデバイス機能の SSO プロファイルの割り当てを解除します。',
    },
    playbook: 'helpdesk-handoff',
    sources: ['IC'],
  },
  'password-changed-in-entra': {
    severity: 'broken',
    triggers:
      'user reported an Entra password reset, method = password, and tokens missing or expired or user state not normal',
    user: {
      en: 'Your Microsoft password was changed, but this Mac still has the old one.',
      ja: 'Microsoft のパスワードが変更されましたが、この Mac には古いパスワードが残っています。',
    },
    helpdesk: {
      en: 'Password method after an Entra reset: tokens were revoked and the local password is not synced; temporary passwords cannot sync. Re-register via Users & Groups > Network Account Server.',
      ja: 'Entra リセット後の Password 方式：トークンは失効し、ローカルパスワードは未同期です。仮パスワードは同期不可。「ユーザとグループ」>「ネットワークアカウントサーバ」で再登録します。',
    },
    playbook: 'password-reset',
    sources: ['T', 'PL', 'PRT'],
  },
  'device-not-registered': {
    severity: 'broken',
    triggers: 'psso.deviceRegistered = false (registrationCompleted false)',
    user: {
      en: 'This Mac is not registered with your organisation yet.',
      ja: 'この Mac はまだ組織に登録されていません。',
    },
    helpdesk: {
      en: 'PSSO is configured but device registration has not completed (registrationCompleted false); the registration prompt or Register in Users & Groups starts it.',
      ja: 'PSSO は構成済みですがデバイス登録が完了していません（registrationCompleted false）。登録の通知か「ユーザとグループ」の「登録」で開始します。',
    },
    playbook: 'registration-required',
    sources: ['AD-REG', 'IC', 'T'],
  },
  'user-not-registered': {
    severity: 'broken',
    triggers: 'psso.deviceRegistered = true, psso.user.registered = false (User Configuration (null))',
    user: {
      en: 'This Mac is registered, but your account on it is not.',
      ja: 'この Mac は登録済みですが、この Mac 上のあなたのアカウントは登録されていません。',
    },
    helpdesk: {
      en: 'Device registered, no PSSO user configuration for this user (typical on shared Macs or for a new local user); register the user.',
      ja: 'デバイスは登録済みですが、このユーザの PSSO ユーザ構成がありません（共有 Mac や新しいユーザで典型的）。ユーザを登録します。',
    },
    playbook: 'register-user',
    sources: ['AD-REG', 'SH'],
  },
  'method-mismatch': {
    severity: 'attention',
    triggers:
      'profile.authenticationMethod differs from the registered method (psso.user.method or psso.method)',
    user: {
      en: 'Your organisation changed how you sign in, and this Mac needs to be registered again.',
      ja: '組織がサインイン方法を変更したため、この Mac をもう一度登録する必要があります。',
    },
    helpdesk: {
      en: 'The configured AuthenticationMethod differs from the registered loginType; the registration must be repaired to use the new method.',
      ja: '構成された AuthenticationMethod が登録済みの loginType と異なります。新しい方式を使うには登録の修復が必要です。',
    },
    playbook: 'registration-required',
    sources: ['IC', 'AY'],
  },
  'user-needs-registration': {
    severity: 'broken',
    triggers: 'psso.user.stateClass = needsRegistration (e.g. POUserStateNeedsRegistration)',
    user: {
      en: 'Your account on this Mac needs to be registered again.',
      ja: 'この Mac 上のあなたのアカウントをもう一度登録する必要があります。',
    },
    helpdesk: {
      en: 'User state needs registration: registration was removed (e.g. during password recovery) or failed; Register/Repair in Users & Groups.',
      ja: 'ユーザ状態が登録必要です。パスワード回復時などに登録が削除されたか失敗しました。「ユーザとグループ」で登録／修復します。',
    },
    playbook: 'registration-required',
    sources: ['T', 'SK'],
  },
  'user-needs-new-keys': {
    severity: 'broken',
    triggers: 'psso.user.stateClass = needsNewKeys (e.g. POUserStateNeedsNewKeys)',
    user: {
      en: 'Your registration on this Mac needs to be repaired.',
      ja: 'この Mac でのあなたの登録を修復する必要があります。',
    },
    helpdesk: {
      en: 'User state needs new keys (e.g. after a Secure Enclave reset or a local password reset without the old password); Repair in Users & Groups.',
      ja: 'ユーザ状態が新しい鍵を必要としています（Secure Enclave のリセットや旧パスワードなしのリセット後など）。「ユーザとグループ」で修復します。',
    },
    playbook: 'registration-required',
    sources: ['T', 'SK'],
  },
  'user-state-unrecognized': {
    severity: 'broken',
    triggers:
      'psso.user.stateClass = other (a state name this version does not know, e.g. POUserStateNeedsBinding)',
    user: {
      en: 'Your registration on this Mac is in a state that needs attention.',
      ja: 'この Mac でのあなたの登録は対応が必要な状態です。',
    },
    helpdesk: {
      en: 'Unrecognised user state name (see psso.user.stateName); newer macOS adds states. Try Repair in Users & Groups, then escalate.',
      ja: '認識できないユーザ状態名です（psso.user.stateName を参照）。新しい macOS で状態が追加されています。「ユーザとグループ」で修復し、だめならエスカレーションします。',
    },
    playbook: 'registration-required',
    sources: ['IPSW', 'SK'],
  },
  'passcode-policy-with-password-method': {
    severity: 'attention',
    triggers: 'profile.passcodePolicyPresent = true and the method is password',
    user: {
      en: 'A password rule on this Mac may stop your Microsoft password from working here.',
      ja: 'この Mac のパスワードのルールにより、Microsoft のパスワードがここで使えない可能性があります。',
    },
    helpdesk: {
      en: "A local passcode policy is installed with the Password method; if it is stricter than Entra's policy, password sync fails and users are denied access.",
      ja: 'Password 方式でローカルのパスコードポリシーが入っています。Entra のポリシーより厳しいとパスワード同期が失敗し、アクセスが拒否されます。',
    },
    playbook: 'helpdesk-handoff',
    sources: ['T', 'IC'],
  },
  'tokens-missing': {
    severity: 'broken',
    triggers: 'psso.tokens.present = false (no SSO Tokens section)',
    user: {
      en: 'Your Mac is not signed in to Microsoft right now.',
      ja: '現在、この Mac は Microsoft にサインインしていません。',
    },
    helpdesk: {
      en: 'No SSO tokens (PRT) for this user; macOS requests them at unlock or when a sign-in is needed.',
      ja: 'このユーザの SSO トークン（PRT）がありません。macOS はロック解除時やサインインが必要なときに取得します。',
    },
    playbook: 'refresh-tokens',
    sources: ['J1', 'PRT'],
  },
  'tokens-expired': {
    severity: 'broken',
    triggers: 'psso.tokens.expired = true (expiresAt at or before capturedAt)',
    user: {
      en: 'Your Microsoft sign-in on this Mac has expired.',
      ja: 'この Mac での Microsoft へのサインインの有効期限が切れています。',
    },
    helpdesk: {
      en: 'SSO tokens expired at psso.tokens.expiresAt; renewal normally happens every 4 hours, so expiry points to a failing sign-in (e.g. password changed).',
      ja: 'SSO トークンは psso.tokens.expiresAt に失効しました。通常は 4 時間ごとに更新されるため、サインインの失敗（パスワード変更など）が疑われます。',
    },
    playbook: 'refresh-tokens',
    sources: ['PRT', 'J1'],
  },
  'secure-enclave-password-expectation': {
    severity: 'info',
    triggers: 'method = secureEnclaveKey and the user expects the Mac password to follow the Entra password',
    user: {
      en: 'On this Mac your Mac password stays separate from your Microsoft password; this is expected.',
      ja: 'この Mac では、Mac のパスワードは Microsoft のパスワードとは別のままです。これは想定どおりです。',
    },
    helpdesk: {
      en: 'Secure Enclave method: the local password is never synced with Entra by design; nothing to repair.',
      ja: 'Secure Enclave 方式ではローカルパスワードは仕様上 Entra と同期されません。修復は不要です。',
    },
    playbook: 'secure-enclave-password',
    sources: ['IC', 'O'],
  },
  'tokens-expiring-soon': {
    severity: 'attention',
    triggers: 'psso.tokens.expiresAt within AppConfig.TokenExpiryWarningHours of capturedAt',
    user: {
      en: 'Your Microsoft sign-in on this Mac will expire soon.',
      ja: 'この Mac での Microsoft へのサインインはまもなく期限が切れます。',
    },
    helpdesk: {
      en: 'SSO tokens expire within the configured warning window; they should have been renewed (every 4 hours while in use).',
      ja: 'SSO トークンが設定された警告期間内に失効します。使用中は 4 時間ごとに更新されるはずです。',
    },
    playbook: 'refresh-tokens',
    sources: ['PRT'],
  },
  'configuration-unknown': {
    severity: 'info',
    triggers:
      'psso.configured = true and profile.source = null (neither profiles nor managed preferences readable)',
    user: {
      en: "PSSO Helper could not read your organisation's single sign-on settings.",
      ja: 'PSSO Helper は組織のシングルサインオン設定を読み取れませんでした。',
    },
    helpdesk: {
      en: 'The PSSO profile could not be read (profiles and managed preferences); checks that need it (payload count, method, passcode policy) were skipped.',
      ja: 'PSSO プロファイルを読み取れませんでした（profiles とマネージド環境設定）。それが必要な確認（ペイロード数、方式、パスコードポリシー）は省略しました。',
    },
    playbook: null,
    sources: ['TS'],
  },
} as const satisfies Record<FindingId, CatalogueEntry>

/** What to do first, among findings of the same severity: the catalogue's key order. */
export const FINDING_PRIORITY = Object.keys(FINDINGS) as FindingId[]

/** The repair to offer for a verdict: the playbook of the first finding that has one. */
export function playbookForFindings(
  findings: readonly { id: FindingId }[],
): { findingId: FindingId; playbookId: PlaybookId } | null {
  for (const { id } of findings) {
    const playbookId = FINDINGS[id].playbook
    if (playbookId) return { findingId: id, playbookId }
  }
  return null
}
