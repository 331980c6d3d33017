import { StrictMode } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { BrowserRouter } from 'react-router-dom'
import { registerSW } from 'virtual:pwa-register'
import { App } from './app/app'
import { announceUpdate } from './app/update-store'
import './styles.css'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
const app = (
  <StrictMode>
    <BrowserRouter basename={import.meta.env.BASE_URL}>
      <App />
    </BrowserRouter>
  </StrictMode>
)
// Prerendered pages are hydrated; the bare development page is rendered.
if (root.hasChildNodes()) hydrateRoot(root, app)
else createRoot(root).render(app)

const updateSW = registerSW({
  onNeedRefresh: () => announceUpdate(() => void updateSW(true)),
})
