// A user's whole path for each repairable scenario except password-reset (its own spec walks every
// branch): from the verdict, through the steps, to the Mac confirming the fix. The demo Mac moves
// to its next stage when the user acts, as a real one would after they follow a step.
import type { Page } from '@playwright/test'
import type { ScenarioName } from '../../main/node/preview/scenarios'
import { expectNoAxeViolations } from './axe'
import { expect, test } from './fixtures'

const FIXED = { en: 'Fixed. Your Mac confirms that sign-in works again.', ja: '修復できました。' }
const FIX_IT = { en: 'Fix it', ja: '修復する' }
const CONTINUE = { en: 'Continue', ja: '続ける' }
const CHECK_NOW = { en: 'Check now', ja: '今すぐ確認' }

/** Follows the steps: the first answer to each question, Continue otherwise, until the Mac confirms. */
async function walkToFixed(page: Page, lang: 'en' | 'ja', shot: () => Promise<void>) {
  const fixed = page.getByRole('heading', { level: 1, name: new RegExp(`^${FIXED[lang]}`) })
  for (let step = 0; step < 20 && !(await fixed.isVisible()); step++) {
    if (step === 0) {
      await expect(page.locator('h1')).toBeFocused()
      await expectNoAxeViolations(page, `repair, first step (${lang})`)
      await shot()
    }
    const answer = page.locator('fieldset.question button').first()
    const checkNow = page.getByRole('button', { name: CHECK_NOW[lang] })
    // The Mac may confirm the fix at any moment (the verification loop runs on its own): a button
    // that went away with the step is not a failure, the loop looks again.
    const next = (await answer.isVisible())
      ? answer
      : (await checkNow.isVisible())
        ? checkNow
        : page.getByRole('button', { name: CONTINUE[lang], exact: true })
    await next.click({ timeout: 2_000 }).catch(() => {})
    await page.waitForTimeout(300)
  }
  await expect(fixed).toBeVisible()
}

const JOURNEYS: ScenarioName[] = ['tokens-expired', 'registration-required', 'user-not-registered']
const LOCALES = { en: 'en-US', ja: 'ja-JP' } as const

for (const scenario of JOURNEYS) {
  for (const lang of ['en', 'ja'] as const) {
    test.describe(`repair: ${scenario}, ${lang}`, () => {
      test.use({ scenario, locale: LOCALES[lang] })
      test('from the verdict to the Mac confirming the fix', async ({ openApp, saveScreen }) => {
        const page = await openApp()
        await page.getByRole('button', { name: FIX_IT[lang] }).click()
        await expect(page.locator('.progress-text')).toBeVisible()
        await walkToFixed(page, lang, () => saveScreen(`repair-${scenario}-${lang}-first-step`))
        await expectNoAxeViolations(page, `repair, fixed (${lang})`)
        await saveScreen(`repair-${scenario}-${lang}-fixed`)
      })
    })
  }
}

test.describe('repair across a reload', () => {
  test.use({ scenario: 'tokens-expired' })
  test('survives the window closing and reopening', async ({ openApp }) => {
    const page = await openApp()
    await page.getByRole('button', { name: 'Fix it' }).click()
    await expect(page.locator('.progress-text')).toBeVisible()
    const step = await page.locator('h1').textContent()
    await page.reload()
    await expect(page.locator('h1')).toHaveText(step!)
    await expect(page.locator('.progress-text')).toBeVisible()
  })
})
