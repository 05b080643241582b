// The case that matters most, end to end: an admin reset the Entra password and the Mac says the
// user needs to register again. The Mac cannot know about the reset, so the status screen asks;
// "Yes" turns the verdict into the password-changed one and "Fix it" starts the password-reset
// playbook. The user walks its temporary-password branch while the pretend Mac moves on underneath
// (broken → registering → fixed); Continue alone never shows "fixed", a fresh probe does.
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
    continue: 'Continue',
    fixed: /Fixed\. Your Mac confirms/,
    done: 'Done',
    healthy: /sign-in to your organisation is working/,
  },
  ja: {
    locale: 'ja-JP',
    broken: /修復する必要があります/,
    question: '最近Microsoftのパスワードを変更しましたか？ IT部門にリセットされた場合も含みます。',
    yes: 'はい',
    passwordChanged: 'Microsoft のパスワードが変更されましたが、この Mac には古いパスワードが残っています。',
    fix: '修復する',
    temporary: 'IT 部門から仮のパスワードを受け取りましたか？',
    setPermanent: /仮のパスワードは Mac では使えません/,
    changePassword: 'パスワードを変更',
    continue: '続ける',
    fixed: /修復できました/,
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
        await temporary.getByRole('button', { name: text.yes }).click()
        await expect(page.getByText(text.setPermanent)).toBeVisible()
        await page.getByRole('button', { name: text.changePassword }).click()
        await expect.poll(() => openedUrls.length).toBe(1)
        expect(openedUrls[0]).toMatch(/^https:\/\//)
        // The user is registering on the pretend Mac: not fixed yet.
        expect(preview.scenarioMac?.stageIndex()).toBe(1)
        const fixed = page.getByRole('status').filter({ hasText: text.fixed })
        await expect(fixed).toBeHidden()
        await expectNoAxeViolations(page, `repair, set a permanent password (${lang}, ${colorScheme})`)

        // Registered: the verification loop sees it on its next probe and the screen says so.
        await page.getByRole('button', { name: text.continue }).click()
        await expect(fixed).toBeVisible({ timeout: 20_000 })
        await expectNoAxeViolations(page, `repair, fixed (${lang}, ${colorScheme})`)
        await shot('4-fixed')

        await page.getByRole('button', { name: text.done }).click()
        await expect(page.getByRole('status').filter({ hasText: text.healthy })).toBeVisible()
      })
    })
  }
}
