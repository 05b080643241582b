import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'

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
      {
        plugins: [react()],
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['test/unit/renderer/**/*.test.tsx'],
          setupFiles: ['@testing-library/jest-dom/vitest'],
          testTimeout: 20_000,
        },
      },
    ],
  },
})
