/**
 * End-to-end tests: Debian's Chromium (never a downloaded browser) drives the built renderer served
 * by the preview server, one server per test on a free port (test/e2e/fixtures.ts). `npm test`
 * sets PLAYWRIGHT_JSON_OUTPUT_NAME to collect the JSON report; screenshots go to test-results/.
 */
import { defineConfig } from '@playwright/test'
import { CHROMIUM_LAUNCH_OPTIONS } from './test/helpers/chromium'

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results/e2e',
  globalSetup: './test/e2e/globalSetup.ts',
  fullyParallel: true,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  use: {
    // The desktop window's size, so screenshots look like the app.
    viewport: { width: 560, height: 640 },
    screenshot: 'only-on-failure',
    trace: 'off',
    launchOptions: CHROMIUM_LAUNCH_OPTIONS,
  },
  projects: [
    { name: 'preview', testIgnore: /electron\.spec\.ts$/ },
    { name: 'electron', testMatch: /electron\.spec\.ts$/ },
  ],
})
