// The case that matters most, end to end: an admin reset the Entra password and the Mac says the
// user needs to register again. The Mac cannot know about the reset, so the status screen asks;
// "Yes" turns the verdict into the password-changed one and "Fix it" starts the password-reset
// playbook. The user walks it (temporary password → set a permanent one → lock and unlock → not
// asked → register in Users & Groups) while the pretend Mac moves on underneath when they click
// Register and sign in (broken → registering → fixed); "fixed" comes from a fresh probe only.
import { expectNoAxeViolations } from './axe'
import { expect, test } from './fixtures'

test.use({ scenario: 'password-reset' })

const LANGUAGES = {
  en: {
    locale: 'en-US',
    broken: /needs to be repaired/,
    question: 'Did your Microsoft password change recently, or did IT reset it?',
    yes: 'Yes',
    passwordChanged: 'Your Microsoft password was changed, but this Mac still has the old one.',
    fix: 'Fix it',
    temporary: 'Did IT give you a temporary password?',
    setPermanent: /A temporary password cannot be used on your Mac/,
    changePassword: 'Change your password',
    lockAndUnlock: /“Lock Screen”|"Lock Screen"/,
    askPrompted: 'Did your Mac ask you to sign in with your new Microsoft password?',
    no: 'No',
    settingsSteps: [
      'Open System Settings, then click "Users & Groups".',
      'Next to "Network Account Server", click "Edit".',
      'Click "Register". If you see "Repair" instead, click "Repair".',
      'When your Mac asks, enter the password you use to unlock this Mac now.',
      /^Sign in to Microsoft with your current Microsoft password/,
    ],
    openUsersAndGroups: 'Open Users & Groups',
    continue: 'Continue',
    fixed: /Fixed\. Your Mac confirms/,
    afterwards: [
      'From now on, use your new password to unlock and sign in to this Mac.',
      /^After a restart, the first screen of your Mac accepts your new password/,
      'If a window asks for your "login" keychain password, enter your old password.',
    ],
    done: 'Done',
    healthy: /sign-in to your organisation is working/,
  },
  ja: {
    locale: 'ja-JP',
    broken: /修復する必要があります/,
    question: '最近、Microsoftのパスワードを変更したか、IT部門にリセットされましたか？',
    yes: 'はい',
    passwordChanged: 'Microsoft のパスワードが変更されましたが、この Mac には古いパスワードが残っています。',
    fix: '修復する',
    temporary: 'IT 部門から仮のパスワードを受け取りましたか？',
    setPermanent: /仮のパスワードは Mac では使えません/,
    changePassword: 'パスワードを変更',
    lockAndUnlock: /「画面をロック」/,
    askPrompted: 'Mac から新しい Microsoft パスワードでのサインインを求められましたか？',
    no: 'いいえ',
    settingsSteps: [
      '「システム設定」を開き、「ユーザとグループ」をクリックします。',
      '「ネットワークアカウントサーバ」の横にある「編集」をクリックします。',
      '「登録」をクリックします。「修復」と表示されている場合は「修復」をクリックします。',
      'Mac に聞かれたら、今この Mac のロック解除に使っているパスワードを入力します。',
      /^現在の Microsoft パスワード/,
    ],
    openUsersAndGroups: '「ユーザとグループ」を開く',
    continue: '続ける',
    fixed: /修復できました/,
    afterwards: [
      'これからは、この Mac のロック解除とログインに新しいパスワードを使います。',
      /^再起動後の最初の画面では新しいパスワードが使えます/,
      '「ログイン」キーチェーンのパスワードを聞かれたら、古いパスワードを入力します。',
    ],
    done: '完了',
    healthy: /サインインは正常です/,
  },
} as const

for (const [lang, text] of Object.entries(LANGUAGES)) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`${lang}, ${colorScheme}`, () => {
      test.use({ locale: text.locale, colorScheme })

      test('from broken to verified fixed', async ({ openApp, saveScreen, preview, openedUrls }) => {
        const shot = (name: string) => saveScreen(`password-reset-${name}-${lang}-${colorScheme}`)
        const page = await openApp()
        await expect(page.getByRole('status').filter({ hasText: text.broken })).toBeVisible()
        // The Mac cannot see a reset in Entra: the status screen asks, calmly, once.
        const question = page.getByRole('group', { name: text.question })
        await expect(question).toBeVisible()
        await expect(page.getByText(text.passwordChanged)).toBeHidden()
        await expectNoAxeViolations(page, `status, asking (${lang}, ${colorScheme})`)
        await shot('1-question')

        // Keyboard: Yes is reachable and answering moves focus on to "Fix it".
        await question.getByRole('button', { name: text.yes }).focus()
        await page.keyboard.press('Enter')
        await expect(page.getByText(text.passwordChanged)).toBeVisible()
        await expect(question).toBeHidden()
        const fix = page.getByRole('button', { name: text.fix })
        await expect(fix).toBeFocused()
        // Answering diagnoses the same capture again: the pretend Mac has not moved.
        expect(preview.scenarioMac?.stageIndex()).toBe(0)
        await shot('2-password-changed')

        await fix.click()
        const temporary = page.getByRole('group', { name: text.temporary })
        await expect(temporary).toBeVisible()
        await expectNoAxeViolations(page, `repair, temporary password? (${lang}, ${colorScheme})`)
        await shot('3-temporary-password')

        // A temporary password cannot sync: first set a permanent one in the browser.
        const next = page.getByRole('button', { name: text.continue })
        const stage = () => preview.scenarioMac?.stageIndex()
        await temporary.getByRole('button', { name: text.yes }).click()
        await expect(page.getByText(text.setPermanent)).toBeVisible()
        await page.getByRole('button', { name: text.changePassword }).click()
        await expect.poll(() => openedUrls.length).toBe(1)
        expect(openedUrls[0]).toMatch(/^https:\/\//)
        await next.click()
        await expect(page.getByText(text.lockAndUnlock)).toBeVisible()
        await next.click()
        // The Mac did not ask for the new password: register again in System Settings.
        await page
          .getByRole('group', { name: text.askPrompted })
          .getByRole('button', { name: text.no })
          .click()
        const fixed = page.getByRole('status').filter({ hasText: text.fixed })
        for (const [index, step] of text.settingsSteps.entries()) {
          await expect(page.getByText(step)).toBeVisible()
          if (index === 0) {
            await page.getByRole('button', { name: text.openUsersAndGroups }).click()
            await expect.poll(() => openedUrls.at(-1)).toMatch(/^x-apple\.systempreferences:/)
            await expectNoAxeViolations(page, `repair, Users & Groups (${lang}, ${colorScheme})`)
            await shot('4-users-and-groups')
          }
          // Broken until the user clicks Register, registering until they sign in; never fixed early.
          expect(stage()).toBe(index < 3 ? 0 : 1)
          await expect(fixed).toBeHidden()
          await next.click()
        }
        // The last click reaches the pretend Mac over HTTP: wait for it rather than race it.
        await expect.poll(stage).toBe(2)

        // Registered: the verification loop sees it on its next probe and the screen says so.
        await expect(fixed).toBeVisible({ timeout: 20_000 })
        await expectNoAxeViolations(page, `repair, fixed (${lang}, ${colorScheme})`)
        await shot('5-fixed')

        // Then what to expect from now on (macOS 15: FileVault takes the new password), one at a time.
        for (const after of text.afterwards) {
          await expect(page.getByText(after)).toBeVisible()
          await expect(fixed).toBeVisible()
          await next.click()
        }
        await page.getByRole('button', { name: text.done }).click()
        await expect(page.getByRole('status').filter({ hasText: text.healthy })).toBeVisible()
      })
    })
  }
}
