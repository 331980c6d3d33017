import { clientsClaim } from 'workbox-core'
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
  type PrecacheEntry,
} from 'workbox-precaching'
import { NavigationRoute, registerRoute } from 'workbox-routing'
import { canonicalPathname } from './lib/paths'

/** What this worker uses of its global scope (the DOM's types are the project's; this is not a page). */
declare const self: {
  __WB_MANIFEST: (PrecacheEntry | string)[]
  registration: { scope: string }
  skipWaiting: () => Promise<void>
  addEventListener: (type: 'message', listener: (event: { data?: { type?: string } }) => void) => void
}

// The page asks for the waiting worker to take over when the reader chooses to update.
self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting()
})
clientsClaim()

// Every page is precached under its clean URL (case/labs); a host may show it as its folder
// (/case/labs/) or its file (/case/labs/index.html), which is the same page, not the not-found page.
const base = new URL(self.registration.scope).pathname
precacheAndRoute(self.__WB_MANIFEST, {
  // Pages do not depend on the query (?present, ?q=): any query finds the precached page.
  ignoreURLParametersMatching: [/.*/],
  urlManipulation: ({ url }) => {
    const clean = new URL(url.href)
    clean.pathname = canonicalPathname(url.pathname, base)
    clean.search = ''
    return [clean]
  },
})
cleanupOutdatedCaches()
// Any other address is not a page of this edition: the not-found page, which says so and links every page.
registerRoute(new NavigationRoute(createHandlerBoundToURL('404.html')))
