// The helpdesk view (shortcut and link) and About, in both languages, light and dark, axe clean.
import { expectNoAxeViolations } from './axe'
import { expect, test } from './fixtures'

const LOCALES = { en: 'en-US', ja: 'ja-JP' } as const

for (const lang of ['en', 'ja'] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`${lang}, ${colorScheme}`, () => {
      test.use({ scenario: 'password-reset', locale: LOCALES[lang], colorScheme })

      test('helpdesk view by its shortcut', async ({ openApp, saveScreen }) => {
        const page = await openApp()
        await page.keyboard.press('Control+Shift+H')
        const name = lang === 'en' ? 'Helpdesk view' : 'ヘルプデスク用の表示'
        await expect(page.getByRole('heading', { level: 1, name })).toBeFocused()
        await expect(page.locator('.fact', { hasText: 'psso.user.stateName' })).toContainText(
          'POUserStateNeedsRegistration',
        )
        await expect(page.locator('.findings').first()).toContainText('user-needs-registration')
        await expectNoAxeViolations(page, `helpdesk (${lang}, ${colorScheme})`)
        await saveScreen(`helpdesk-${lang}-${colorScheme}`)
      })

      test('about', async ({ openApp, saveScreen }) => {
        const page = await openApp()
        await page.getByRole('button', { name: lang === 'en' ? 'About' : 'このアプリについて' }).click()
        await expect(page.getByRole('heading', { level: 1 })).toBeFocused()
        await expect(page.locator('main')).toContainText(
          lang === 'en' ? 'sends nothing anywhere' : 'どこにも情報を送信しません',
        )
        await expectNoAxeViolations(page, `about (${lang}, ${colorScheme})`)
        await saveScreen(`about-${lang}-${colorScheme}`)
      })
    })
  }
}

test('helpdesk view: reached by its link, and Escape goes back', async ({ openApp }) => {
  const page = await openApp()
  await page.getByRole('button', { name: 'Helpdesk view' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Helpdesk view' })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('status').first()).toHaveText(/is working/)
})

test('language: the in-app switch changes the whole window and <html lang>', async ({ openApp }) => {
  const page = await openApp()
  await page.getByLabel('Language').selectOption('ja')
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja')
  await expect(page.getByRole('status').first()).toHaveText(/正常です/)
})
