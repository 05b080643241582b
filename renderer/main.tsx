/** The renderer's entry: the preview's HTTP bridge where no preload exists, the stores, then render. */
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { installPreviewBridge } from './previewBridge'
import { connectStores } from './start'
import './styles.css'

installPreviewBridge()
connectStores()
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
