// Every screen reached from the footer, in both languages and both colour schemes: zero axe
// violations, the heading in the right language, and a screenshot of each.
import { expectNoAxeViolations } from './axe'
import { expect, test } from './fixtures'

test.use({ scenario: 'tokens-expired' })

const LANGUAGES = {
  en: { locale: 'en-US', lang: 'en', helpdesk: 'Helpdesk view', about: 'About', aboutTitle: /About/ },
  ja: {
    locale: 'ja-JP',
    lang: 'ja',
    helpdesk: 'ヘルプデスク用の表示',
    about: 'このアプリについて',
    aboutTitle: /について/,
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
      })
    })
  }
}
