// Every repair stage and screen the default path of the password guide does not pass, in en and
// ja, light and dark, with zero axe violations, each saved for the README: the password page (a
// temporary password), the Mac-password sheet on its own (after "I've done this"), the lock screen
// (expired tokens), "waiting for you" with help, "not fixed", and the compact guide beside System
// Settings. Texts come from the real catalogue; the user only ever presses what the app and the
// pretend Mac offer.
import type { Page } from '@playwright/test'
import { LANGUAGES, t } from '../../main/common/i18n'
import { expectNoAxeViolations } from './axe'
import { expect, test } from './fixtures'
import { LOCALES, toUsersAndGroups } from './journey'

const defaultButton = (page: Page) => page.locator('#root [data-default-action]:visible')
const repairState = (page: Page) => page.locator('#root [data-repair-state]')
const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true })

/** Presses the default button and waits until the heading is `next`. */
async function pressDefaultUntil(page: Page, next: string) {
  await defaultButton(page).first().click()
  await expect(heading(page, next)).toBeVisible()
}

for (const lang of LANGUAGES) {
  const text = (key: Parameters<typeof t>[1], values?: Parameters<typeof t>[2]) => t(lang, key, values)
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`stages, ${lang}, ${colorScheme}`, () => {
      test.use({ locale: LOCALES[lang], colorScheme })
      const shot = (save: (name: string) => Promise<void>, name: string) =>
        save(`repair-${name}-${lang}-${colorScheme}`)

      test.describe('password reset', () => {
        test.use({ scenario: 'password-reset' })

        test('a temporary password: the password page, then the Mac-password sheet on its own', async ({
          openApp,
          saveScreen,
        }) => {
          const page = await openApp()
          await pressDefaultUntil(page, text('playbook.passwordReset.askTemporary'))
          await page.getByRole('button', { name: text('playbook.passwordReset.answerTemporary') }).click()
          await expect(heading(page, text('playbook.passwordReset.setPermanent'))).toBeFocused()
          await expect(page.getByRole('figure')).toContainText(text('repair.picture.browser'))
          await expectNoAxeViolations(page, `password page (${lang}, ${colorScheme})`)
          await shot(saveScreen, 'password-page')
          await pressDefaultUntil(page, text('playbook.stage.usersAndGroups'))
          await defaultButton(page).click()
          await expect(repairState(page)).toHaveAttribute('data-repair-state', 'waiting-for-mac')
          // "I've done this" where the Mac cannot tell: the sheet's stage alone, still watching.
          await page.getByRole('button', { name: text('repair.doneThis') }).click()
          await expect(heading(page, text('playbook.stage.macPasswordSheet'))).toBeFocused()
          await expect(page.getByText(text('repair.stageProgress', { current: 4, total: 5 }))).toBeVisible()
          await expect(page.getByRole('figure')).toContainText(text('repair.picture.passwordSheet'))
          await expect(repairState(page)).toHaveAttribute('data-repair-state', 'waiting-for-mac')
          await expectNoAxeViolations(page, `Mac-password sheet (${lang}, ${colorScheme})`)
          await shot(saveScreen, 'mac-password-sheet')
        })
      })

      test.describe('a short bound', () => {
        test.use({
          scenario: 'password-reset',
          // 3 s per stage: room for the pretend Mac's clicks after Open, even on a busy machine.
          backoff: { initialDelayMs: 300, factor: 1, maxDelayMs: 300, maxAttempts: 10 },
        })

        test('waiting for the user is never failure; "not fixed" only after their part', async ({
          openApp,
          saveScreen,
        }) => {
          const page = await openApp()
          await toUsersAndGroups(page, lang)
          // The bound passes while the user has not opened Settings: "Waiting for you…", with help.
          const waiting = text('repair.waitingForYou', { place: text('repair.place.usersAndGroups') })
          await expect(page.locator('.stage-help')).toContainText(waiting)
          await expect(heading(page, text('repair.notFixedTitle'))).toHaveCount(0)
          await expectNoAxeViolations(page, `waiting for you (${lang}, ${colorScheme})`)
          await shot(saveScreen, 'waiting-for-you')
          // Opening Settings is progress: the Mac is watched again and sees the Mac password.
          await defaultButton(page).click()
          await page.locator('[data-pretend-mac-action="edit-and-repair"]').click()
          await page.locator('[data-pretend-mac-action="enter-mac-password"]').click()
          // The user never signs in: the stage that awaits the proof (the last, the sign-in) runs
          // out of its bound.
          await expect(heading(page, text('repair.notFixedTitle'))).toBeVisible()
          await expect(page.getByText(text('repair.stageProgress', { current: 4, total: 4 }))).toBeVisible()
          await expect(repairState(page)).toHaveAttribute('data-repair-state', 'not-fixed')
          await expect(
            page.getByText(text('playbook.evidenceMissing.tokensReceivedSinceStart')),
          ).toBeVisible()
          await expect(defaultButton(page)).toHaveText(text('repair.checkAgain'))
          await expectNoAxeViolations(page, `not fixed (${lang}, ${colorScheme})`)
          await shot(saveScreen, 'not-fixed')
        })
      })

      test.describe('tokens expired', () => {
        test.use({ scenario: 'tokens-expired' })

        test('the lock screen', async ({ openApp, saveScreen }) => {
          const page = await openApp()
          await pressDefaultUntil(page, text('playbook.refreshTokens.askPasswordChanged'))
          await pressDefaultUntil(page, text('playbook.refreshTokens.lockAndUnlock'))
          await expect(page.getByRole('figure')).toContainText(text('repair.picture.lockScreen'))
          await expect(repairState(page)).toHaveAttribute('data-repair-state', 'waiting-for-mac')
          await expectNoAxeViolations(page, `lock screen (${lang}, ${colorScheme})`)
          await shot(saveScreen, 'lock-screen')
        })
      })

      test.describe('the compact guide (narrow window)', () => {
        test.use({ scenario: 'password-reset', viewport: { width: 360, height: 640 } })

        test('beside System Settings: both stages’ checklists and the progress, no pictures', async ({
          openApp,
          saveScreen,
        }) => {
          const page = await openApp()
          await toUsersAndGroups(page, lang)
          await defaultButton(page).click()
          await expect(page.locator('.stage-checklist li')).toHaveText([
            text('playbook.step.networkAccountServerEdit'),
            text('playbook.step.clickRegisterOrRepair'),
            text('playbook.step.enterMacPassword'),
            text('playbook.step.clickOk'),
          ])
          for (const picture of await page.locator('.stage-picture').all()) await expect(picture).toBeHidden()
          // The notes were read in the full window; the sheet's note on which password stays.
          await expect(page.getByText(text('playbook.passwordReset.signInNotification'))).toBeHidden()
          await expect(page.getByText(text('playbook.passwordReset.macPasswordIsOld'))).toBeVisible()
          // The toolbar keeps its symbols and fits the panel (the labels stay for screen readers).
          const toolbar = page.locator('.toolbar')
          expect(await toolbar.evaluate((bar) => bar.scrollWidth - bar.clientWidth)).toBeLessThanOrEqual(0)
          await expect(page.getByRole('button', { name: text('nav.helpdesk') })).toBeVisible()
          await expect(page.getByRole('button', { name: text('repair.showFull') })).toBeVisible()
          await expectNoAxeViolations(page, `compact guide (${lang}, ${colorScheme})`)
          await shot(saveScreen, 'compact-guide')
        })
      })
    })
  }
}
