import { defineConfig } from 'vitest/config'

// Two kinds of unit tests: plain Node (main process core, CLI, scripts) and jsdom (renderer).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/unit/**/*.test.ts'],
          testTimeout: 20_000,
        },
      },
    ],
  },
})
