import { useCallback } from 'react'
import { shareUrl, type LinkTarget } from '../lib/share-url'
import { useRoutingMode } from './routing-mode'

/** Builds absolute URLs for places in the app, from where it runs now (in the browser only). */
export function useShareUrl(): (target: LinkTarget) => string {
  const mode = useRoutingMode()
  return useCallback(
    (target: LinkTarget) =>
      shareUrl(
        {
          origin: window.location.origin === 'null' ? 'file://' : window.location.origin,
          documentPath: window.location.pathname,
          base: import.meta.env.BASE_URL,
          mode,
        },
        target,
      ),
    [mode],
  )
}
