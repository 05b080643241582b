// The helpdesk view (shortcut and link) and About, in both languages, light and dark, axe clean.
import { expect, expectAccessible, LANGS, SCHEMES, screenshot, test } from './fixtures'

for (const lang of LANGS) {
  for (const scheme of SCHEMES) {
    test(`helpdesk view: ${lang}, ${scheme}`, async ({ openApp }) => {
      const page = await openApp({ scenario: 'password-reset', lang, scheme })
      await expect(page.getByRole('status').first()).toBeVisible()
      await page.keyboard.press('Control+Shift+H')
      const heading = page.getByRole('heading', {
        level: 1,
        name: lang === 'en' ? 'Helpdesk view' : 'ヘルプデスク用の表示',
      })
      await expect(heading).toBeFocused()
      await expect(page.locator('.fact', { hasText: 'psso.user.stateName' })).toContainText(
        'POUserStateNeedsRegistration',
      )
      await expect(page.locator('.findings')).toContainText('user-needs-registration')
      await expectAccessible(page)
      await screenshot(page, `helpdesk-${lang}-${scheme}`)
    })

    test(`about: ${lang}, ${scheme}`, async ({ openApp }) => {
      const page = await openApp({ scenario: 'healthy', lang, scheme })
      await page.getByRole('button', { name: lang === 'en' ? 'About' : 'このアプリについて' }).click()
      await expect(page.getByRole('heading', { level: 1 })).toBeFocused()
      await expect(page.locator('main')).toContainText(
        lang === 'en' ? 'sends nothing anywhere' : 'どこにも情報を送信しません',
      )
      await expectAccessible(page)
      await screenshot(page, `about-${lang}-${scheme}`)
    })
  }
}

test('helpdesk view: reached by its link, and Escape goes back', async ({ openApp }) => {
  const page = await openApp({ scenario: 'healthy' })
  await page.getByRole('button', { name: 'Helpdesk view' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Helpdesk view' })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('status').first()).toHaveText(/is working/)
})

test('language: the in-app switch changes the whole window and <html lang>', async ({ openApp }) => {
  const page = await openApp({ scenario: 'healthy' })
  await page.getByLabel('Language').selectOption('ja')
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja')
  await expect(page.getByRole('status').first()).toHaveText(/正常です/)
})
