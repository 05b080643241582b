/** The renderer's entry: connect the stores to main, then render. */
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { connectStores } from './start'
import { installPlaybookCatalogue } from './repair/playbooks'
import './styles.css'

installPlaybookCatalogue()
connectStores()
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
