import { useCallback } from 'react'
import { linksOnlyHere, shareUrl, type LinkTarget } from '../lib/share-url'
import { here } from './here-links'
import { useRoutingMode } from './routing-mode'

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
