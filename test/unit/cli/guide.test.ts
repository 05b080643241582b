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
    // Five stages; the default answer ("No") skips the password page.
    expect(steps(stdout)).toEqual([
      'Did IT give you a temporary password?',
      'First choose your own new password in the browser: a temporary password cannot be used on your Mac.',
      'Register in System Settings › Users & Groups.',
      'Enter your Mac password when macOS asks for it.',
      'Sign in to Microsoft in the window that opens.',
    ])
    expect(stdout).toContain('   - No, I chose my new password → step 3\n   - Yes, a temporary one → step 2')
    expect(stdout).toContain('https://mysignins.microsoft.com')
    expect(stdout).toContain(
      '   ! Good to know before you continue: if your Mac restarts before this is finished, try your new password on its first screen; if it is not accepted, use your old password.\n' +
        '   * Next to "Network Account Server", click "Edit…".\n' +
        '   * Click "Register". If you see "Repair" instead, click "Repair".\n',
    )
    // Which password the sheet wants, and which it does not.
    expect(stdout).toContain(
      '4. Enter your Mac password when macOS asks for it.\n' +
        '   ! Not your new Microsoft password: until the repair is done, this Mac still opens with its old one.\n' +
        '   * Type the password you used to unlock this Mac this morning.\n' +
        '   * Click "OK".',
    )
    expect(stdout).toContain('   * Sign in with your new Microsoft password.')
    // macOS 15, FileVault policy not given: no Company Portal detour, the hedged FileVault note, and
    // the sign-in notification that alone may do the sync, before registering again is proposed.
    expect(stdout).not.toContain('macOS 13 has no setting')
    expect(stdout).toMatch(
      /! Watch for a notification from your Mac that asks you to sign in[^\n]*\n {3}! Good to know/,
    )
    expect(stdout).toContain(
      'Verified only when the Mac shows: This Mac registered with your organisation; Your account registered on this Mac; Your registration in working order; A new Microsoft sign-in since you started',
    )
  })

  it('answers that skip hidden steps lead to the next step shown on that macOS', async () => {
    const { stdout } = await cli(['guide', 'password-reset', '--macos', '13'])
    const list = steps(stdout)
    const companyPortal = list.indexOf('macOS 13 has no setting for this. Open Company Portal instead.') + 1
    expect(companyPortal).toBeGreaterThan(0)
    expect(stdout).toContain(`   - No, I chose my new password → step ${companyPortal}`)
    expect(stdout).not.toContain('Users & Groups')
    // macOS 13: the FileVault screen still wants the old password after a restart.
    expect(stdout).toContain(
      '   ! Good to know before you continue: if your Mac restarts before this is finished, its first screen still wants your old password.',
    )
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
    expect(stdout).toContain('「システム設定」›「ユーザとグループ」で登録します。')
    expect(stdout).toContain('   * 「ネットワークアカウントサーバ」の横にある「編集…」をクリックします。')
    expect(stdout).toContain('   - はい、一時パスワードです → 手順 2')
    expect(stdout).not.toContain('仮のパスワード')
    // macOS 14: the FileVault screen still wants the old password until the sync.
    expect(stdout).toContain(
      '完了する前に Mac が再起動した場合、最初の画面ではまだ古いパスワードが必要です。',
    )
  })

  // The corrected password-reset path on each macOS the product supports.
  it.each([
    ['13', [], 'old', 'Open Company Portal instead.'],
    ['14', [], 'old', 'Users & Groups'],
    ['15', ['--filevault-policy', 'AttemptAuthentication'], 'new', 'Users & Groups'],
    ['15', ['--filevault-policy', 'none'], 'old', 'Users & Groups'],
    ['26', ['--filevault-policy', 'AttemptAuthentication'], 'new', 'Users & Groups'],
  ])(
    'macOS %s %j: the sync notification and which password opens FileVault, before registration',
    async (macOS, extra, fileVault, registration) => {
      const { stdout } = await cli(['guide', 'password-reset', '--macos', macOS, ...extra])
      // After the temporary-password question and the permanent-password page: the stage that
      // registers again, whose notes come first (before anything that could restart the Mac).
      const stage = stdout.slice(stdout.indexOf('\n3. '), stdout.indexOf('\n4. '))
      expect(stage).toContain(registration)
      const notes = stage.split('\n').filter((line) => line.startsWith('   ! '))
      expect(notes[0]).toMatch(/^ {3}! Watch for a notification from your Mac that asks you to sign in/)
      expect(notes[1]).toMatch(
        fileVault === 'new' ? /accepts your new Microsoft password/ : /still wants your old password/,
      )
      expect(stage.indexOf('   ! ')).toBeLessThan(stage.indexOf('   * '))
      if (macOS === '13')
        expect(stage.indexOf('"Deregister"')).toBeLessThan(stage.indexOf('"Register device"'))
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
