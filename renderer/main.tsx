/** The renderer's entry: the preview's HTTP bridge where no preload exists, the stores, then render. */
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { ErrorFallback } from './components/ErrorFallback'
import { reportWindowErrors } from './reportErrors'
import { installPreviewBridge } from './previewBridge'
import { connectStores } from './start'
import { mountPretendMac } from './preview/PretendMac'
import './styles.css'

// In the browser preview only: the pretend Mac, outside the app's frame.
if (installPreviewBridge()) mountPretendMac()
reportWindowErrors()
connectStores()
// After a second crash main loads the window at #recovery: only the calm error page, nothing else.
const recovering = window.location.hash === '#recovery'
const leaveRecovery = () => {
  window.location.hash = ''
  window.location.reload()
}
createRoot(document.getElementById('root')!).render(
  <StrictMode>{recovering ? <ErrorFallback onRetry={leaveRecovery} /> : <App />}</StrictMode>,
)
