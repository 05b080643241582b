/** Renders the whole renderer against a fake HelperApi, with every store reset. */
import { render } from '@testing-library/react'
import { App } from '../../../renderer/App'
import { injectHelperApi } from '../../../renderer/bridge'
import { connectStores } from '../../../renderer/start'
import { resetRepairStore } from '../../../renderer/stores/repair'
import { resetStatusStore } from '../../../renderer/stores/status'
import { resetUiStore } from '../../../renderer/stores/ui'
import { createFakeHelper } from '../../helpers/fakeHelperApi'

/** The screens always read the product's playbooks, texts and findings catalogue. */
export function resetRenderer(fake: ReturnType<typeof createFakeHelper> | null) {
  injectHelperApi(fake?.api ?? null)
  resetStatusStore()
  resetRepairStore()
  resetUiStore()
}

export function renderApp(options: Parameters<typeof createFakeHelper>[0] = {}) {
  const fake = createFakeHelper(options)
  resetRenderer(fake)
  const disconnect = connectStores()
  const view = render(<App />)
  return { fake, view, disconnect }
}
