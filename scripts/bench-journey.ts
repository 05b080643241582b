/**
 * `npm run bench`: the measured repair journey (test/e2e/journey.ts, the same code the Playwright
 * spec runs) for every repairable scenario, en and ja, mouse and keyboard only: in-app actions and
 * actions outside the app (the pretend Mac) from the broken status to "fixed". Chromium is launched
 * as the tests launch it. Prints a table, then one measurement per case with its target.
 */
import path from 'node:path'
import { chromium } from '@playwright/test'
import { startPreview } from '../main/node/preview/preview'
import { CHROMIUM_LAUNCH_OPTIONS } from '../test/helpers/chromium'
import { LANGUAGES } from '../main/common/i18n'
import { JOURNEYS, LOCALES, playJourney } from '../test/e2e/journey'
import { buildRenderer } from './bench-renderer'
import type { Measurement } from './measurement'

const root = path.resolve(import.meta.dirname, '..')

export async function journeyBench(): Promise<Measurement[]> {
  buildRenderer()
  const browser = await chromium.launch(CHROMIUM_LAUNCH_OPTIONS)
  const rows: string[] = [
    '| journey | lang | input | in-app | outside | target (in-app) |',
    '|---|---|---|---|---|---|',
  ]
  const measurements: Measurement[] = []
  try {
    for (const journey of JOURNEYS) {
      for (const lang of LANGUAGES) {
        for (const keyboard of [false, true]) {
          const preview = await startPreview({
            scenario: journey.scenario,
            repoRoot: root,
            rendererDir: path.join(root, 'out/renderer'),
            version: 'bench',
            backoff: { initialDelayMs: 300, factor: 1, maxDelayMs: 300, maxAttempts: 100 },
          })
          const page = await browser.newPage({ locale: LOCALES[lang], viewport: { width: 560, height: 640 } })
          try {
            await page.goto(preview.url)
            await page.locator('.verdict[class*="verdict-"]').waitFor()
            const result = await playJourney(page, {
              lang,
              keyboard,
              ...(journey.choose ? { choose: journey.choose } : {}),
            })
            const input = keyboard ? 'keyboard' : 'mouse'
            const inApp = result.fixed ? String(result.inApp) : `not fixed (${result.inApp})`
            rows.push(
              `| ${journey.name} | ${lang} | ${input} | ${inApp} | ${result.outside} | ≤ ${journey.target} |`,
            )
            measurements.push({
              name: `repair journey: ${journey.name}, ${lang}, ${input}`,
              value: `${inApp} in the app, ${result.outside} outside`,
              target: `<= ${journey.target} in the app`,
            })
          } finally {
            await page.close()
            await preview.close()
          }
        }
      }
    }
  } finally {
    await browser.close()
  }
  console.log(rows.join('\n'))
  return measurements
}
