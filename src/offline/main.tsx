import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { HashRouter } from 'react-router-dom'
import { App } from '../app/app'
import { bundledEdition } from '../app/bundled-edition'
import { loadOpenedPage } from '../app/open-page'
import { RoutingModeProvider } from '../components/routing-mode'
import '../styles.css'

// The single-file edition opens from disk: hash URLs (offline.html#/case/labs) carry the route, and
// the content is bundled in (a file opened from disk cannot fetch).
const root = document.getElementById('root')
if (!root) throw new Error('offline.html has no #root element')
// The opened page renders complete at once, so a link's target is there to scroll to.
const [pathname] = window.location.hash.replace(/^#/, '').split('#')
void loadOpenedPage(bundledEdition, pathname).finally(() =>
  createRoot(root).render(
    <StrictMode>
      <HashRouter>
        {/* Links made here (Copy link, Slides) name the route in the hash, as this file's own URLs do. */}
        <RoutingModeProvider value="hash">
          <App edition={bundledEdition} />
        </RoutingModeProvider>
      </HashRouter>
    </StrictMode>,
  ),
)
