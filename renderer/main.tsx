/**
 * PLACEHOLDER until the UI engineer's renderer (branch issue-4-ui) lands: proves the pipeline
 * (Vite build, CSP, preload or preview bridge, state pushes) by showing the verdict and nothing else.
 */
import { StrictMode, useEffect, useState } from 'react'
import { createRoot } from 'react-dom/client'
import type { StateSnapshot } from '../preload/contract'
import { installPreviewBridge } from './previewBridge'

installPreviewBridge()

function App() {
  const [snapshot, setSnapshot] = useState<StateSnapshot | null>(null)
  useEffect(() => {
    const helper = window.helper!
    const unsubscribe = helper.onStateChanged(setSnapshot)
    void helper.getState().then((result) => result.ok && setSnapshot(result.data))
    return unsubscribe
  }, [])
  const verdict = snapshot?.state?.verdict
  return (
    <main>
      <h1>PSSO Helper</h1>
      <p role="status" data-verdict={verdict?.status ?? 'pending'}>
        {verdict ? `Verdict: ${verdict.status}` : 'Checking your Mac…'}
      </p>
      {verdict && <p>{verdict.findings.map((finding) => finding.id).join(', ') || 'No findings'}</p>}
      <button type="button" onClick={() => void window.helper!.requestRecheck()}>
        Check again
      </button>
    </main>
  )
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
