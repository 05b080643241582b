/** The renderer's entry: the preview's HTTP bridge where no preload exists, the stores, then render. */
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { installPreviewBridge } from './previewBridge'
import { connectStores } from './start'
import { mountPretendMac } from './preview/PretendMac'
import './styles.css'

// In the browser preview only: the pretend Mac, outside the app's frame.
if (installPreviewBridge()) mountPretendMac()
connectStores()
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
