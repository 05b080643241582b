// The case that matters most, end to end: an admin reset the Entra password, the Mac says the user
// needs to register again, and the user follows the guided repair the status screen offers until
// the Mac itself shows the fix. The pretend Mac moves on underneath as the user continues
// (broken → registering → fixed); Continue alone never shows "fixed", a fresh probe does.
import { expectNoAxeViolations } from './axe'
import { expect, test } from './fixtures'

test.use({ scenario: 'password-reset' })

const LANGUAGES = {
  en: {
    locale: 'en-US',
    broken: /needs to be repaired/,
    fix: 'Fix it',
    continue: 'Continue',
    fixed: /Fixed\. Your Mac confirms/,
    done: 'Done',
    healthy: /sign-in to your organisation is working/,
  },
  ja: {
    locale: 'ja-JP',
    broken: /修復する必要があります/,
    fix: '修復する',
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

      test('from broken to verified fixed', async ({ openApp, saveScreen, preview }) => {
        const shot = (name: string) => saveScreen(`password-reset-${name}-${lang}-${colorScheme}`)
        const page = await openApp()
        await expect(page.getByRole('status').filter({ hasText: text.broken })).toBeVisible()
        await expectNoAxeViolations(page, `status, broken (${lang}, ${colorScheme})`)
        await shot('1-broken')

        await page.getByRole('button', { name: text.fix }).click()
        const next = page.getByRole('button', { name: text.continue })
        await expect(next).toBeVisible()
        await expectNoAxeViolations(page, `repair, first step (${lang}, ${colorScheme})`)
        await shot('2-first-step')

        // First step done: the pretend Mac is registering, not fixed yet.
        await next.click()
        await expect.poll(() => preview.scenarioMac?.stageIndex()).toBe(1)
        const fixed = page.getByRole('status').filter({ hasText: text.fixed })
        await expect(fixed).toBeHidden()
        // Registered: the verification loop sees it on its next probe and the screen says so.
        await next.click()
        await expect(fixed).toBeVisible({ timeout: 20_000 })
        await expectNoAxeViolations(page, `repair, fixed (${lang}, ${colorScheme})`)
        await shot('3-fixed')

        await page.getByRole('button', { name: text.done }).click()
        await expect(page.getByRole('status').filter({ hasText: text.healthy })).toBeVisible()
      })
    })
  }
}
