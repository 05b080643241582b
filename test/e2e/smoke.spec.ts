// Smoke: every demo scenario opens, shows its verdict sentence with an icon, under the strict CSP.
import { expectNoAxeViolations } from './axe'
import { expect, test } from './fixtures'
import type { ScenarioName } from '../../main/node/preview/scenarios'

const VERDICTS: Array<[ScenarioName, string, RegExp]> = [
  ['healthy', 'healthy', /sign-in to your organisation is working/],
  ['password-reset', 'broken', /needs to be repaired/],
  ['not-configured', 'notConfigured', /not set up for your organisation/],
  ['unreadable', 'unknown', /could not read/],
]

for (const [scenario, status, sentence] of VERDICTS) {
  test.describe(scenario, () => {
    test.use({ scenario })
    test(`shows the ${status} verdict`, async ({ openApp, saveScreen }) => {
      const page = await openApp()
      const verdict = page.getByRole('status').filter({ hasText: sentence })
      await expect(verdict).toBeVisible()
      await expect(page.locator(`.verdict-${status}`)).toBeVisible()
      await saveScreen(`status-${scenario}-en-light`)
      await expectNoAxeViolations(page, `status (${scenario})`)
    })
  })
}

test('the page runs under the strict Content-Security-Policy', async ({ preview, page }) => {
  await page.goto(preview.url)
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
  expect(csp).toContain("script-src 'self'")
  // An inline script must not run.
  const ran = await page.evaluate(() => {
    const script = document.createElement('script')
    script.textContent = 'window.__inlineRan = true'
    document.head.append(script)
    return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true
  })
  expect(ran).toBe(false)
})
