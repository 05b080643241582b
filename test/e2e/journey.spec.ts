// The measured journey for every repairable scenario, en and ja, by mouse and keyboard only: a user
// who takes the default action in the app and does outside it only what the pretend Mac offers
// reaches "fixed" within the targets, with zero axe violations on every screen and stage passed.
import { LANGUAGES } from '../../main/common/i18n'
import { expectNoAxeViolations } from './axe'
import { expect, test } from './fixtures'
import { JOURNEYS, LOCALES, playJourney } from './journey'

for (const journey of JOURNEYS) {
  for (const lang of LANGUAGES) {
    for (const keyboard of [false, true]) {
      test.describe(`${journey.name}, ${lang}${keyboard ? ', keyboard only' : ''}`, () => {
        test.use({ scenario: journey.scenario, locale: LOCALES[lang] })
        test(`reaches fixed in at most ${journey.target} in-app actions`, async ({ openApp, saveScreen }) => {
          const page = await openApp()
          let screens = 0
          const result = await playJourney(page, {
            lang,
            keyboard,
            ...(journey.choose ? { choose: journey.choose } : {}),
            onScreen: keyboard
              ? undefined
              : async (current, label) => {
                  await expectNoAxeViolations(current, `${journey.name} (${lang}): ${label}`)
                  await saveScreen(
                    `journey-${journey.scenario}${journey.choose ? '-temporary' : ''}-${lang}-${screens++}`,
                  )
                },
          })
          expect(result.fixed, `reached fixed; states ${result.states.join(' → ')}`).toBe(true)
          expect(result.inApp).toBeLessThanOrEqual(journey.target)
          // The other path was really taken: its choice was on screen and pressed, once.
          expect(result.chose).toBe(journey.choose ? 1 : 0)
          expect(result.states[0]).toBe('status')
          expect(result.states).toContain('waiting-for-mac')
        })
      })
    }
  }
}
