/**
 * The measured journey, shared by test/e2e/journey.spec.ts and `npm run bench`: a user who always
 * takes the default action in the app (`data-default-action`) and, outside it, only what the
 * pretend Mac offers (`data-pretend-mac-action`, enabled ones, in order), from the status screen
 * to `data-repair-state="fixed"`. Counts both. Keyboard-only: Return on the focused heading
 * activates the default button (renderer/repair/defaultAction.ts), so it counts activations too.
 */
import type { Locator, Page } from '@playwright/test'
import { t, type Language, type TextKey } from '../../main/common/i18n'
import type { ScenarioName } from '../../main/node/preview/scenarios'

export const LOCALES: Record<Language, string> = { en: 'en-US', ja: 'ja-JP' }

export interface JourneyCase {
  name: string
  scenario: ScenarioName
  /** In-app activations allowed on the default path (the targets). */
  target: number
  /** A choice other than the default the user makes (the temporary-password path). */
  choose?: TextKey
}

export const JOURNEYS: readonly JourneyCase[] = [
  { name: 'password reset', scenario: 'password-reset', target: 3 },
  {
    name: 'password reset, temporary password',
    scenario: 'password-reset',
    target: 4,
    choose: 'playbook.passwordReset.answerTemporary',
  },
  { name: 'registration required', scenario: 'registration-required', target: 2 },
  { name: 'tokens expired', scenario: 'tokens-expired', target: 2 },
  { name: 'user not registered', scenario: 'user-not-registered', target: 2 },
]

export interface JourneyResult {
  inApp: number
  outside: number
  fixed: boolean
  /** How often the user's own choice (`choose`) was pressed instead of the default. */
  chose: number
  /** The repair states passed through, in order (no repeats). */
  states: string[]
}

export interface JourneyOptions {
  lang: Language
  keyboard?: boolean
  /** A catalogue text: the button the user presses instead of the default, wherever it shows. */
  choose?: TextKey
  /** Called once on each new screen or stage (axe, screenshots). */
  onScreen?: (page: Page, label: string) => Promise<void>
  timeoutMs?: number
}

const signature = (page: Page) =>
  page.evaluate(() => {
    const state = document.querySelector('[data-repair-state]')?.getAttribute('data-repair-state') ?? 'status'
    const heading = document.querySelector('#root h1')?.textContent ?? ''
    return `${state}|${heading}`
  })

const firstVisible = async (locator: Locator): Promise<Locator | null> => {
  for (const candidate of await locator.all())
    if ((await candidate.isVisible()) && (await candidate.isEnabled())) return candidate
  return null
}

/** Plays the journey on a page already showing the status screen. */
export async function playJourney(page: Page, options: JourneyOptions): Promise<JourneyResult> {
  const result: JourneyResult = { inApp: 0, outside: 0, chose: 0, fixed: false, states: [] }
  const deadline = Date.now() + (options.timeoutMs ?? 30_000)
  let seen = ''
  while (Date.now() < deadline) {
    const now = await signature(page)
    const state = now.split('|')[0]!
    if (result.states.at(-1) !== state) result.states.push(state)
    if (now !== seen) {
      seen = now
      await options.onScreen?.(page, now)
    }
    if (state === 'fixed') {
      result.fixed = true
      return result
    }
    if (state === 'waiting-for-mac') {
      const outside = await firstVisible(page.locator('[data-pretend-mac-action]'))
      if (outside) {
        await outside.click()
        result.outside++
        await outside.waitFor({ state: 'attached' })
        await page.waitForFunction((el) => (el as HTMLButtonElement).disabled, await outside.elementHandle())
      } else await page.waitForTimeout(200)
      continue
    }
    const chosen = options.choose
      ? await firstVisible(
          page.locator('#root').getByRole('button', { name: t(options.lang, options.choose), exact: true }),
        )
      : null
    const target = chosen ?? (await firstVisible(page.locator('#root [data-default-action]')))
    if (!target) {
      await page.waitForTimeout(200)
      continue
    }
    if (options.keyboard) {
      if (chosen) {
        await chosen.focus()
        await page.keyboard.press('Enter')
      } else {
        // Return activates the default button from the heading the screen put the focus on.
        await page.locator('#root h1').first().focus()
        await page.keyboard.press('Enter')
      }
    } else await target.click()
    result.inApp++
    if (chosen) result.chose++
    // Wait (up to 5 s) for the screen or stage to change: the next turn acts on the new one.
    for (const until = Date.now() + 5_000; (await signature(page)) === now && Date.now() < until;)
      await page.waitForTimeout(50)
  }
  return result
}

/**
 * The password guide's default path to its Users & Groups stage: "Yes, it was reset" on the status
 * screen, then the default "No, I chose my new password" (both the screens' default buttons).
 */
export async function toUsersAndGroups(page: Page, lang: Language = 'en') {
  for (const next of ['playbook.passwordReset.askTemporary', 'playbook.stage.usersAndGroups'] as const) {
    await page.locator('#root [data-default-action]:visible').first().click()
    await page.getByRole('heading', { level: 1, name: t(lang, next), exact: true }).waitFor()
  }
}
