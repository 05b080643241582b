// `psso-helper guide`: the steps users need, in English and Japanese, by macOS version; usage errors.
import { describe, expect, it } from 'vitest'
import { FINDING_IDS } from '../../../main/common/diagnosis/findingIds'
import { PLAYBOOK_IDS } from '../../../main/common/repair/types'
import { EXIT_OK, EXIT_USAGE } from '../../../main/node/cli/main'
import { runCliCaptured } from '../../helpers/runCli'

// The default configuration and an English terminal: nothing on this machine changes the texts.
const cli = (argv: string[], terminal?: { LANG?: string; LC_ALL?: string }) =>
  runCliCaptured(argv, { config: {}, ...(terminal ? { terminal } : {}) })

/** The lines that start a numbered step, without their numbers. */
const steps = (text: string) =>
  text
    .split('\n')
    .filter((line) => /^\d+\. /.test(line))
    .map((line) => line.replace(/^\d+\. /, ''))

describe('guide', () => {
  it('prints the password-reset repair: the temporary-password branch, then Users & Groups', async () => {
    const { code, stdout, stderr } = await cli(['guide', 'password-changed-in-entra', '--macos', '15'])
    expect(code).toBe(EXIT_OK)
    expect(stderr).toBe('')
    expect(stdout).toContain('Finding: password-changed-in-entra (broken)')
    expect(stdout).toContain(
      '[T] https://learn.microsoft.com/en-us/entra/identity/devices/troubleshoot-macos-platform-single-sign-on-extension',
    )
    const list = steps(stdout)
    expect(list[0]).toBe('Did IT give you a temporary password?')
    expect(list[1]).toMatch(
      /^A temporary password cannot be used on your Mac\..*https:\/\/mysignins\.microsoft\.com/,
    )
    expect(stdout).toContain('   - Yes → step 2\n   - No → step 3')
    expect(list[3]).toMatch(/^Choose Apple menu > "Lock Screen"/)
    expect(list[4]).toMatch(/^Watch for a notification from your Mac that asks you to sign in/)
    const settings = list.findIndex((s) => s.includes('"Users & Groups"'))
    expect(list[settings + 1]).toBe('Next to "Network Account Server", click "Edit".')
    expect(list[settings + 2]).toBe('Click "Register". If you see "Repair" instead, click "Repair".')
    // macOS 15, FileVault policy not given: no Company Portal detour, the hedged FileVault note.
    expect(stdout).not.toContain('macOS 13 has no setting')
    expect(list[2]).toMatch(/^Good to know before you continue: .*try your new password on its first screen/)
    expect(stdout).toContain(
      'Verified only when the Mac shows: This Mac registered with your organisation; Your account registered on this Mac; Your registration in working order; A new Microsoft sign-in since you started',
    )
  })

  it('answers that skip hidden steps lead to the next step shown on that macOS', async () => {
    const { stdout } = await cli(['guide', 'password-reset', '--macos', '13'])
    const list = steps(stdout)
    const companyPortal = list.indexOf('macOS 13 has no setting for this. Open Company Portal instead.') + 1
    expect(companyPortal).toBeGreaterThan(0)
    expect(stdout).toContain(`   - No → step ${companyPortal}`)
    expect(stdout).not.toContain('"Users & Groups"')
  })

  it('without --macos labels the steps of each version', async () => {
    const { stdout } = await cli(['guide', 'user-needs-registration'])
    expect(stdout).toContain('(macOS 14 and later only)')
    expect(stdout).toContain('(macOS 13 and earlier only)')
  })

  it('prints Japanese with Apple’s names', async () => {
    const { code, stdout } = await cli([
      'guide',
      'password-changed-in-entra',
      '--lang',
      'ja',
      '--macos',
      '14',
    ])
    expect(code).toBe(EXIT_OK)
    expect(stdout).toContain('「システム設定」を開き、「ユーザとグループ」をクリックします。')
    expect(stdout).toContain('   - はい → 手順 2')
    expect(stdout).toContain(
      '先に知っておいてください：完了する前に Mac が再起動した場合、最初の画面ではまだ古いパスワードが必要です。',
    )
    expect(stdout).toContain('一時パスワード')
    expect(stdout).not.toContain('仮のパスワード')
  })

  // The corrected password-reset path on each macOS the product supports.
  it.each([
    [
      '13',
      [],
      [
        'filevault-old',
        'lock',
        'notification',
        'asked',
        'macOS 13 has no setting for this. Open Company Portal instead.',
        'deregister',
        'register-device',
      ],
    ],
    ['14', [], ['filevault-old', 'lock', 'notification', 'asked', 'users-and-groups']],
    [
      '15',
      ['--filevault-policy', 'AttemptAuthentication'],
      ['filevault-new', 'lock', 'notification', 'asked', 'users-and-groups'],
    ],
    [
      '15',
      ['--filevault-policy', 'none'],
      ['filevault-old', 'lock', 'notification', 'asked', 'users-and-groups'],
    ],
    [
      '26',
      ['--filevault-policy', 'AttemptAuthentication'],
      ['filevault-new', 'lock', 'notification', 'asked', 'users-and-groups'],
    ],
  ])(
    'macOS %s %j: FileVault before the restart, the sync notification, then registration',
    async (macOS, extra, expected) => {
      const { stdout } = await cli(['guide', 'password-reset', '--macos', macOS, ...extra])
      const name = (step: string) =>
        step.startsWith('Good to know') && step.includes('accepts your new Microsoft password')
          ? 'filevault-new'
          : step.startsWith('Good to know') && step.includes('still wants your old password')
            ? 'filevault-old'
            : step.startsWith('Choose Apple menu > "Lock Screen"')
              ? 'lock'
              : step.startsWith('Watch for a notification')
                ? 'notification'
                : step.startsWith('Did your Mac ask you')
                  ? 'asked'
                  : step.startsWith('Open System Settings, then click "Users & Groups"')
                    ? 'users-and-groups'
                    : step.includes('click "Deregister"')
                      ? 'deregister'
                      : step.includes('click "Register device"')
                        ? 'register-device'
                        : step
      const list = steps(stdout).map(name)
      // After the temporary-password question and the permanent-password step, in this order.
      const markers = new Set(expected)
      expect(list.slice(0, 2)).not.toContain('filevault-old')
      expect(list.filter((step) => markers.has(step))).toEqual(expected)
      expect(list.indexOf(expected[0]!)).toBe(2)
      expect(stdout).not.toContain('After a restart')
    },
  )

  it('says the Secure Enclave case is explained, not repaired', async () => {
    const { stdout } = await cli(['guide', 'secure-enclave-password-expectation', '--macos', '14'])
    expect(steps(stdout)[0]).toBe('Keep using your Mac password to unlock this Mac.')
    expect(stdout).toContain(
      'Action: open System Settings (x-apple.systempreferences:com.apple.Passwords-Settings.extension)',
    )
    expect(stdout).toContain('Nothing to verify: this explains, it does not repair.')
  })

  it.each([...FINDING_IDS, ...PLAYBOOK_IDS])('prints %s in both languages', async (id) => {
    for (const lang of ['en', 'ja']) {
      const { code, stdout } = await cli(['guide', id, '--lang', lang])
      expect(code).toBe(EXIT_OK)
      expect(stdout).not.toMatch(/\{\w+\}|undefined/)
    }
  })

  it('speaks the terminal’s language: --lang, else LC_ALL, else LANG', async () => {
    const japanese = '検出事項: tokens-expired'
    expect((await cli(['guide', 'tokens-expired'], { LANG: 'ja_JP.UTF-8' })).stdout).toContain(japanese)
    expect(
      (await cli(['guide', 'tokens-expired'], { LC_ALL: 'ja_JP.UTF-8', LANG: 'en_US.UTF-8' })).stdout,
    ).toContain(japanese)
    const english = await cli(['guide', 'tokens-expired'], { LC_ALL: 'en_US.UTF-8', LANG: 'ja_JP.UTF-8' })
    expect(english.stdout).toContain('Finding: tokens-expired')
    const flag = await cli(['guide', 'tokens-expired', '--lang', 'en'], { LANG: 'ja_JP.UTF-8' })
    expect(flag.stdout).toContain('Finding: tokens-expired')
    expect((await cli(['guide', 'tokens-expired'], { LANG: 'C' })).stdout).toContain(
      'Finding: tokens-expired',
    )
  })

  it.each([
    [['guide']],
    [['guide', 'no-such-finding']],
    [['guide', 'tokens-expired', 'extra']],
    [['guide', 'tokens-expired', '--lang', 'fr']],
    [['guide', 'tokens-expired', '--macos', 'twelve']],
    [['guide', 'tokens-expired', '--macos', '12']],
    [['guide', 'tokens-expired', '--verbose']],
  ])('exits 2 for %j', async (argv) => {
    const { code, stdout, stderr } = await cli(argv)
    expect(code).toBe(EXIT_USAGE)
    expect(stdout).toBe('')
    expect(stderr).toContain('Usage: psso-helper')
  })
})
