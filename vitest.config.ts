import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'
import { reactToPreact } from './vite.config'

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
        resolve: {
          alias: [
            ...reactToPreact,
            // Its CommonJS build would require() React past the aliases; its ES build goes through them.
            {
              find: /^@testing-library\/react$/,
              replacement: '@testing-library/react/dist/@testing-library/react.esm.js',
            },
          ],
        },
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['test/unit/renderer/**/*.test.tsx'],
          setupFiles: ['@testing-library/jest-dom/vitest'],
          // Dependencies that import react go through Vite too, so the aliases reach them.
          server: { deps: { inline: ['@testing-library/react', 'zustand'] } },
          testTimeout: 20_000,
        },
      },
    ],
  },
})
