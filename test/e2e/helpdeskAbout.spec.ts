// The helpdesk view and About as a user and an agent reach them: the shortcut, the raw facts, Escape,
// the language in the Settings sheet. (Axe and screenshots of these screens: accessibility.spec.ts.)
import { expect, test } from './fixtures'
import { LOCALES } from './journey'

for (const lang of ['en', 'ja'] as const) {
  test.describe(lang, () => {
    test.use({ scenario: 'password-reset', locale: LOCALES[lang] })

    test('helpdesk view by its shortcut: raw facts, findings, support code', async ({ openApp }) => {
      const page = await openApp()
      const code = await page.locator('.support-code-line code').textContent()
      await page.keyboard.press('Control+Shift+H')
      const name = lang === 'en' ? 'Helpdesk view' : 'ヘルプデスク用の表示'
      await expect(page.getByRole('heading', { level: 1, name })).toBeFocused()
      await expect(page.locator('.fact', { hasText: 'psso.user.stateName' })).toContainText(
        'POUserStateNeedsRegistration',
      )
      await expect(page.locator('.findings').first()).toContainText('user-needs-registration')
      // The agent types the code the user read aloud: the same findings come back.
      await page.getByLabel(lang === 'en' ? 'Enter a support code' : 'サポートコードを入力').fill(code!)
      await page.keyboard.press('Enter')
      await expect(page.locator('.decoded-code')).toContainText('user-needs-registration')
    })

    test('about says it changes nothing and sends nothing', async ({ openApp }) => {
      const page = await openApp()
      await page.getByRole('button', { name: lang === 'en' ? 'About' : 'このアプリについて' }).click()
      await expect(page.getByRole('heading', { level: 1 })).toBeFocused()
      await expect(page.locator('main')).toContainText(
        lang === 'en' ? 'sends nothing anywhere' : 'どこにも情報を送信しません',
      )
    })
  })
}

test('helpdesk view: reached by its link, and Escape goes back', async ({ openApp }) => {
  const page = await openApp()
  await page.getByRole('button', { name: 'Helpdesk view' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Helpdesk view' })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('status').first()).toHaveText(/is working/)
})

test('language: the Settings sheet changes the whole window and <html lang>', async ({ openApp }) => {
  const page = await openApp()
  await page.getByRole('button', { name: 'Settings' }).click()
  await page.getByLabel('Language').selectOption('ja')
  await page.getByRole('button', { name: '完了' }).click()
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja')
  await expect(page.getByRole('status').first()).toHaveText(/正常です/)
})
