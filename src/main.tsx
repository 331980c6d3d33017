import { StrictMode, startTransition } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { BrowserRouter } from 'react-router-dom'
import { App } from './app/app'
import { hostedEdition } from './app/hosted-edition'
import { loadOpenedPage } from './app/open-page'
import { registerServiceWorker } from './app/register-sw'
import { announceUpdate, watchForNewerEdition } from './app/update-store'
import { canonicalPathname } from './lib/paths'
import './styles.css'

async function start() {
  // The app takes over the whole page: hydrate only once all of it has arrived.
  if (document.readyState === 'loading')
    await new Promise((done) => document.addEventListener('DOMContentLoaded', done, { once: true }))
  const root = document.getElementById('root')
  if (!root) throw new Error('index.html has no #root element')
  // The development server has no prerendered pages or data files: it bundles the content instead.
  const edition = import.meta.env.DEV
    ? (await import('./app/bundled-edition')).bundledEdition
    : await hostedEdition(root)
  // The page a host opened as /case/labs/ or /index.html is /case/labs or /: the router and the
  // prerendered markup must agree on it.
  const pathname = canonicalPathname(window.location.pathname, import.meta.env.BASE_URL)
  if (pathname !== window.location.pathname)
    window.history.replaceState(window.history.state, '', pathname + window.location.search + window.location.hash)
  const base = import.meta.env.BASE_URL.replace(/\/$/, '')
  await loadOpenedPage(edition, pathname.startsWith(base) ? pathname.slice(base.length) : pathname)
  const app = (
    <StrictMode>
      <BrowserRouter basename={import.meta.env.BASE_URL}>
        <App edition={edition} />
      </BrowserRouter>
    </StrictMode>
  )
  // Prerendered pages are hydrated; the bare development page is rendered. Hydrating as a
  // transition lets React yield to the browser between components, so a tap or scroll on the
  // already-readable page is never held up behind one long task.
  if (root.hasChildNodes()) startTransition(() => void hydrateRoot(root, app))
  else createRoot(root).render(app)
}

start().catch((error: unknown) => {
  // The prerendered page stays readable and its links work; only the app's own tools are missing.
  console.error('The app could not start; the page stays readable without it.', error)
})

watchForNewerEdition()
if (import.meta.env.PROD)
  registerServiceWorker(`${import.meta.env.BASE_URL}sw.js`, import.meta.env.BASE_URL, announceUpdate)
