import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import { browserStorage, restoreSession, startAutosave } from './share/persistence'
import { useExplorerStore } from './store/explorer-store'
import './app/app.css'

// Restore the shared link or the saved session before the first render, then keep saving.
const storage = browserStorage()
restoreSession(useExplorerStore, window.location.hash, storage)
startAutosave(useExplorerStore, storage)

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
