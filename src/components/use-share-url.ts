import { useCallback } from 'react'
import { linksOnlyHere, shareUrl, type Here, type LinkTarget, type RoutingMode } from '../lib/share-url'
import { useRoutingMode } from './routing-mode'

/** Where the app runs now (in the browser only). */
function here(mode: RoutingMode): Here {
  return {
    origin: window.location.origin === 'null' ? 'file://' : window.location.origin,
    documentPath: window.location.pathname,
    base: import.meta.env.BASE_URL,
    mode,
    site: import.meta.env.SITE_URL || undefined,
  }
}

/** Builds absolute URLs for places in the app, from where it runs now (in the browser only). */
export function useShareUrl(): (target: LinkTarget) => string {
  const mode = useRoutingMode()
  return useCallback((target: LinkTarget) => shareUrl(here(mode), target), [mode])
}

/** Whether links made here open only on this computer (a file, with no published site configured); browser only. */
export function useLinksOnlyHere(): () => boolean {
  const mode = useRoutingMode()
  return useCallback(() => linksOnlyHere(here(mode)), [mode])
}
