import { startTransition } from 'react'
import { appElement } from './app/app-element'
import { hostedEdition } from './app/hosted-edition'
import { loadOpenedPage } from './app/open-page'
import { registerServiceWorker } from './app/register-sw'
import { announceUpdate, watchForNewerEdition } from './app/update-store'
import { canonicalPathname } from './lib/paths'
import './styles.css'

/** Let the browser paint and answer a tap before the next piece of start-up work. */
const yieldToBrowser = () => new Promise<void>((resume) => setTimeout(resume, 0))

/**
 * Start the app in short pieces, none of which holds the main thread for long on a slow phone: React
 * DOM is evaluated in a task of its own (the boot script has already fetched it alongside this file), the opened page's text and section code are loaded, and then the prerendered
 * page is hydrated as a transition, which React does in slices, yielding to the browser between them.
 */
async function start() {
  // The app takes over the whole page: hydrate only once all of it has arrived.
  if (document.readyState === 'loading')
    await new Promise((done) => document.addEventListener('DOMContentLoaded', done, { once: true }))
  const root = document.getElementById('root')
  if (!root) throw new Error('index.html has no #root element')
  // The development server has no prerendered pages or data files: it bundles the content instead.
  const editionLoaded = import.meta.env.DEV
    ? import('./app/bundled-edition').then((m) => m.bundledEdition)
    : hostedEdition(root)
  // React DOM is the largest piece: evaluated in a task of its own, after this file's.
  const { createRoot, hydrateRoot } = await import('react-dom/client')
  await yieldToBrowser()
  const edition = await editionLoaded
  // The page a host opened as /case/labs/ or /index.html is /case/labs or /: the router and the
  // prerendered markup must agree on it.
  const pathname = canonicalPathname(window.location.pathname, import.meta.env.BASE_URL)
  if (pathname !== window.location.pathname)
    window.history.replaceState(window.history.state, '', pathname + window.location.search + window.location.hash)
  const base = import.meta.env.BASE_URL.replace(/\/$/, '')
  await loadOpenedPage(edition, pathname.startsWith(base) ? pathname.slice(base.length) : pathname)
  await yieldToBrowser()
  const app = appElement(edition, import.meta.env.BASE_URL)
  // Prerendered pages are hydrated; the bare development page is rendered.
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
