import { defineConfig } from '@playwright/test'

// End-to-end: the built renderer in Debian's Chromium (never a downloaded browser), served by the
// preview server with demo scenarios (test/e2e/fixtures.ts starts one per test).
export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results/e2e',
  globalSetup: './test/e2e/globalSetup.ts',
  workers: 1,
  timeout: 60_000,
  reporter: [['list'], ['json']],
  use: {
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    },
    viewport: { width: 560, height: 640 },
  },
})
