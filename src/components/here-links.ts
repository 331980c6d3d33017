import {
  linksOnlyHere,
  onlyHereWarning,
  shareUrl,
  type Here,
  type LinkTarget,
  type RoutingMode,
} from '../lib/share-url'

/** Where the app runs now (in the browser only). */
export function here(mode: RoutingMode): Here {
  return {
    origin: window.location.origin === 'null' ? 'file://' : window.location.origin,
    documentPath: window.location.pathname,
    base: import.meta.env.BASE_URL,
    mode,
    site: import.meta.env.SITE_URL || undefined,
  }
}

/**
 * Absolute links made from where the app runs now, and the warning to give when they open only on this
 * computer (null when they open anywhere). Loaded with what makes links on request (slides, handout).
 */
export function hereLinks(mode: RoutingMode): { link: (target: LinkTarget) => string; warning: string | null } {
  const at = here(mode)
  return { link: (target) => shareUrl(at, target), warning: linksOnlyHere(at) ? onlyHereWarning : null }
}
