import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { HashRouter } from 'react-router-dom'
import { App } from '../app/app'
import { bundledEdition } from '../app/bundled-edition'
import '../styles.css'

// The single-file edition opens from disk: hash URLs (offline.html#/case/labs) carry the route, and
// the content is bundled in (a file opened from disk cannot fetch).
const root = document.getElementById('root')
if (!root) throw new Error('offline.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <HashRouter>
      <App edition={bundledEdition} />
    </HashRouter>
  </StrictMode>,
)
