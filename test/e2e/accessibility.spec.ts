// Every screen reached from the toolbar, and the Settings sheet, in both languages and both colour
// schemes: zero axe violations, the heading in the right language, a screenshot of each. Then the
// system settings the stylesheet must honour: increased contrast and reduced motion.
import { expectNoAxeViolations } from './axe'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

test.use({ scenario: 'tokens-expired' })

const LANGUAGES = {
  en: {
    locale: 'en-US',
    lang: 'en',
    helpdesk: 'Helpdesk view',
    about: 'About',
    aboutTitle: /About/,
    settings: 'Settings',
  },
  ja: {
    locale: 'ja-JP',
    lang: 'ja',
    helpdesk: 'ヘルプデスク用の表示',
    about: 'このアプリについて',
    aboutTitle: /について/,
    settings: '設定',
  },
} as const

for (const [name, text] of Object.entries(LANGUAGES)) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`${name}, ${colorScheme}`, () => {
      test.use({ locale: text.locale, colorScheme })
      test('status, helpdesk and about', async ({ openApp, saveScreen }) => {
        const page = await openApp()
        await expect(page.locator('html')).toHaveAttribute('lang', text.lang)
        await expectNoAxeViolations(page, `status (${name}, ${colorScheme})`)

        await page.getByRole('button', { name: text.helpdesk }).click()
        await expect(page.getByRole('heading', { level: 1, name: text.helpdesk })).toBeVisible()
        await expectNoAxeViolations(page, `helpdesk view (${name}, ${colorScheme})`)
        await saveScreen(`helpdesk-${name}-${colorScheme}`)

        await page.getByRole('button', { name: text.about }).click()
        await expect(page.getByRole('heading', { level: 1, name: text.aboutTitle })).toBeVisible()
        await expectNoAxeViolations(page, `about (${name}, ${colorScheme})`)
        await saveScreen(`about-${name}-${colorScheme}`)

        await page.getByRole('button', { name: text.settings }).click()
        await expect(page.getByRole('dialog', { name: text.settings })).toBeVisible()
        // Axe measures colours as they are: let the sheet finish sliding in first.
        await page
          .locator('.sheet')
          .evaluate((sheet) => Promise.all(sheet.getAnimations().map((a) => a.finished)))
        await expectNoAxeViolations(page, `settings (${name}, ${colorScheme})`)
        await saveScreen(`settings-${name}-${colorScheme}`)
        await page.keyboard.press('Escape')
        await expect(page.getByRole('dialog')).toHaveCount(0)
      })
    })
  }
}

test.describe('system settings the window honours', () => {
  test.use({ scenario: 'password-reset' })
  const borderOf = (page: Page, name: string) =>
    page.getByRole('button', { name }).evaluate((button) => getComputedStyle(button).borderTopColor)

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`increased contrast (${colorScheme}): solid edges and text, still axe clean`, async ({
      openApp,
      page,
    }) => {
      await page.emulateMedia({ colorScheme, contrast: 'no-preference' })
      await openApp()
      const normal = await borderOf(page, 'Check again')
      await page.emulateMedia({ colorScheme, contrast: 'more' })
      const more = await borderOf(page, 'Check again')
      expect(more).not.toBe(normal)
      expect(more).toBe(colorScheme === 'light' ? 'rgb(0, 0, 0)' : 'rgb(255, 255, 255)')
      await expectNoAxeViolations(page, `status, increased contrast (${colorScheme})`)
      await page.emulateMedia({ colorScheme, contrast: 'more', reducedMotion: 'reduce' })
      await page.getByRole('button', { name: 'Settings' }).click()
      await expectNoAxeViolations(page, `settings, increased contrast (${colorScheme})`)
    })
  }

  test('reduced motion: the Settings sheet appears without moving', async ({ openApp, page }) => {
    const animationOf = async () => {
      await page.getByRole('button', { name: 'Settings' }).click()
      const name = await page.locator('.sheet').evaluate((sheet) => getComputedStyle(sheet).animationName)
      await page.keyboard.press('Escape')
      return name
    }
    await page.emulateMedia({ reducedMotion: 'no-preference' })
    await openApp()
    expect(await animationOf()).toBe('sheet-in')
    await page.emulateMedia({ reducedMotion: 'reduce' })
    expect(await animationOf()).toBe('none')
  })

  test('the system font, Hiragino first for Japanese, and no web fonts', async ({ openApp, page }) => {
    await openApp()
    const font = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((element) => getComputedStyle(element).fontFamily)
    expect(await font('h1')).toMatch(/^-apple-system, BlinkMacSystemFont/)
    expect(await page.evaluate(() => document.fonts.size)).toBe(0)
    await page.getByRole('button', { name: 'Settings' }).click()
    await page.getByLabel('Language').selectOption('ja')
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja')
    expect(await font('h1')).toMatch(/^"Hiragino Sans", "Hiragino Kaku Gothic ProN"/)
    // The support code stays monospaced in Japanese.
    expect(await font('.support-code-line code')).toMatch(/^ui-monospace/)
  })

  test('keyboard only: the toolbar, the sheet and the default button', async ({ openApp, page }) => {
    await openApp()
    // Tab reaches the toolbar's screens first, then Settings.
    await page.keyboard.press('Tab')
    await expect(page.getByRole('button', { name: 'Status' })).toBeFocused()
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { level: 1, name: 'Helpdesk view' })).toBeFocused()
    await page.keyboard.press('Escape')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/needs to be repaired/)
  })
})

test.describe('the narrowest window (460 px, Japanese)', () => {
  test.use({ scenario: 'password-reset', locale: 'ja-JP', viewport: { width: 460, height: 600 } })
  test('the toolbar fits, the labels still name the screens', async ({ openApp, page }) => {
    await openApp()
    const toolbar = page.locator('.toolbar')
    const overflow = await toolbar.evaluate((element) => element.scrollWidth - element.clientWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    await page.getByRole('button', { name: 'ヘルプデスク用の表示' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'ヘルプデスク用の表示' })).toBeFocused()
    await expectNoAxeViolations(page, 'helpdesk view at 460 px (ja)')
  })
})
