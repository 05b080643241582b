/**
 * Playwright fixtures for the user-journey specs: `openApp` starts the preview server in-process with
 * a demo scenario and opens the app in a language and colour scheme; `expectAccessible` runs axe
 * (WCAG 2 A/AA, contrast included); `screenshot` saves to test-results/screens/.
 */
import AxeBuilder from '@axe-core/playwright'
import { test as base, expect, type Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { startPreview, type RunningPreview } from '../../main/node/preview/preview'
import type { ScenarioName } from '../../main/node/preview/scenarios'

const root = path.resolve(import.meta.dirname, '../..')
const version = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string })
  .version

export type Lang = 'en' | 'ja'
export type Scheme = 'light' | 'dark'
export const LANGS: Lang[] = ['en', 'ja']
export const SCHEMES: Scheme[] = ['light', 'dark']
const LOCALES: Record<Lang, string> = { en: 'en-US', ja: 'ja-JP' }

interface OpenOptions {
  scenario: ScenarioName
  lang?: Lang
  scheme?: Scheme
}

export const test = base.extend<{ openApp: (options: OpenOptions) => Promise<Page> }>({
  openApp: async ({ browser }, use) => {
    const running: { preview: RunningPreview; close: () => Promise<void> }[] = []
    await use(async ({ scenario, lang = 'en', scheme = 'light' }) => {
      const preview = await startPreview({
        scenario,
        port: 0,
        repoRoot: root,
        rendererDir: path.join(root, 'out/renderer'),
        version,
        // Fast verification so journeys end in seconds.
        backoff: { initialDelayMs: 200, factor: 1, maxDelayMs: 200, maxAttempts: 30 },
      })
      const context = await browser.newContext({ locale: LOCALES[lang], colorScheme: scheme })
      running.push({ preview, close: () => context.close() })
      const page = await context.newPage()
      await page.goto(preview.url)
      await expect(page.locator('html')).toHaveAttribute('lang', lang)
      return page
    })
    for (const { preview, close } of running) {
      await close()
      await preview.close()
    }
  },
})

export { expect }

export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([])
}

export async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: path.join(root, 'test-results/screens', `${name}.png`) })
}
