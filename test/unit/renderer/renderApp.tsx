/** Renders the whole renderer against a fake HelperApi, with every store reset. */
import { render } from '@testing-library/react'
import { App } from '../../../renderer/App'
import { injectHelperApi } from '../../../renderer/bridge'
import { injectPlaybookCatalogue } from '../../../renderer/repair/catalogue'
import { connectStores } from '../../../renderer/start'
import { resetRepairStore } from '../../../renderer/stores/repair'
import { resetStatusStore } from '../../../renderer/stores/status'
import { resetUiStore } from '../../../renderer/stores/ui'
import { fakeCatalogue } from '../../helpers/fakePlaybooks'
import { createFakeHelper } from '../../helpers/fakeHelperApi'

/** `real`: issue 3's playbooks and findings catalogue instead of the small fake. */
export function resetRenderer(
  fake: ReturnType<typeof createFakeHelper> | null,
  catalogue: 'fake' | 'real' = 'fake',
) {
  window.localStorage.clear()
  injectHelperApi(fake?.api ?? null)
  injectPlaybookCatalogue(catalogue === 'fake' ? fakeCatalogue : null)
  resetStatusStore()
  resetRepairStore()
  resetUiStore()
}

export function renderApp(
  options: Parameters<typeof createFakeHelper>[0] = {},
  catalogue: 'fake' | 'real' = 'fake',
) {
  const fake = createFakeHelper(options)
  resetRenderer(fake, catalogue)
  const disconnect = connectStores()
  const view = render(<App />)
  return { fake, view, disconnect }
}
