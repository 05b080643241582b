/**
 * An app core for tests of what main does around a request: the defaults, nothing read unless
 * asked; the verification loop probes once at the start and its later turns never come.
 */
import { TEST_APP_INFO } from './appInfo'
import { DEFAULT_CONFIG } from '../../main/common/config/appConfig'
import { createAppCore, type AppCoreDeps } from '../../main/node/app/core'

export const testAppCore = (deps: Partial<AppCoreDeps>) =>
  createAppCore({
    read: async () => {
      throw new Error('not read in this test')
    },
    now: Date.now,
    timers: { setTimeout: () => 0, clearTimeout: () => {} },
    config: () => DEFAULT_CONFIG,
    appInfo: () => TEST_APP_INFO,
    openExternal: async () => {},
    ...deps,
  })
