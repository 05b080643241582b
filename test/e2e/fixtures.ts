/**
 * The browser-test harness: each test gets its own preview server (in this process, on a free
 * port) for the scenario it names with `test.use({ scenario })`, and a page opened on it in the
 * locale and colour scheme it names. Screenshots go to test-results/screens/.
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { test as base, expect, type Page } from '@playwright/test'
import { startPreview, type RunningPreview } from '../../main/node/preview/preview'
import type { ScenarioName } from '../../main/node/preview/scenarios'
import type { BackoffPolicy } from '../../main/node/repair/verificationLoop'

export const REPO = path.resolve(import.meta.dirname, '../..')
const SCREENS = path.join(REPO, 'test-results/screens')

interface Options {
  scenario: ScenarioName
  /** How often and how long the repair re-checks the Mac (fast, so a journey takes seconds). */
  backoff: BackoffPolicy
}

interface Fixtures {
  preview: RunningPreview
  /** Opens the app; resolves once the first verdict is on screen. */
  openApp: () => Promise<Page>
  /** Every URL the app asked to open. */
  openedUrls: string[]
  /** Saves a screenshot of the page as test-results/screens/<name>.png. */
  saveScreen: (name: string) => Promise<void>
  /** Moves the pretend Mac to its next stage (what the user did outside the app). */
  proceedScenario: () => Promise<void>
}

export const test = base.extend<Options & Fixtures>({
  scenario: ['healthy', { option: true }],
  // Checks every 300 ms instead of every few seconds.
  backoff: [{ initialDelayMs: 300, factor: 1, maxDelayMs: 300, maxAttempts: 100 }, { option: true }],
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from this pattern
  openedUrls: async ({}, use) => use([]),
  preview: async ({ scenario, backoff, openedUrls }, use) => {
    const preview = await startPreview({
      scenario,
      repoRoot: REPO,
      rendererDir: path.join(REPO, 'out/renderer'),
      version: '0.0.0-e2e',
      onOpenExternal: (url) => openedUrls.push(url),
      backoff,
    })
    await use(preview)
    await preview.close()
  },
  openApp: async ({ page, preview }, use) => {
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    page.on('console', (message) => {
      // A CSP violation is a console error: it must fail the test, not pass silently.
      if (message.type() === 'error') errors.push(message.text())
    })
    await use(async () => {
      await page.goto(preview.url)
      await expect(page.locator('.verdict[class*="verdict-"]')).toBeVisible()
      return page
    })
    expect(errors, 'no page errors or console errors').toEqual([])
  },
  saveScreen: async ({ page }, use) => {
    mkdirSync(SCREENS, { recursive: true })
    await use(async (name) => {
      // The window scrolls inside (a desktop app): grow it for the picture by what is hidden, so a
      // README screenshot shows the whole screen, then give it back its size.
      const size = page.viewportSize()
      const hidden = await page.evaluate(() =>
        Math.max(
          0,
          ...[...document.querySelectorAll<HTMLElement>('body *')].map((element) =>
            /auto|scroll/.test(getComputedStyle(element).overflowY)
              ? element.scrollHeight - element.clientHeight
              : 0,
          ),
        ),
      )
      if (size && hidden > 0)
        await page.setViewportSize({ ...size, height: size.height + Math.min(hidden, 2000) })
      await page.screenshot({ path: path.join(SCREENS, `${name}.png`), fullPage: true })
      if (size && hidden > 0) await page.setViewportSize(size)
    })
  },
  proceedScenario: async ({ preview }, use) => {
    await use(async () => {
      const response = await fetch(`${preview.url}api/preview/scenario`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ action: 'proceed' }),
      })
      expect(response.status).toBe(200)
    })
  },
})

export { expect }
