/** How the app's routes appear in its URLs: paths (the site) or the hash (the single-file edition). */
export type RoutingMode = 'browser' | 'hash'

/** Where the app is running, as far as building a link needs to know. */
export interface Here {
  /** `location.origin` ("file://" for a file). */
  origin: string
  /** `location.pathname` of the document. */
  documentPath: string
  /** The site's base path, e.g. "/" or "/teaching/toh/". */
  base: string
  /** How routes appear in URLs. */
  mode: RoutingMode
  /** The published site's address, configured at build time (`SITE_URL`), e.g. "https://example.org/toh/". */
  site?: string
}

/** A place to link to: a route path and an optional element id. */
export interface LinkTarget {
  /** Route path, e.g. "/case/imaging". */
  path: string
  /** Element id without "#", e.g. "figure-3". */
  id?: string
  /** Open in presenter mode (adds `?present`). */
  present?: boolean
  /** A query of the place itself, e.g. "?screen=2" for a screen of slide mode. */
  search?: string
}

/** Whether the app runs from a web address (not a file on this computer). */
function onTheWeb(origin: string): boolean {
  return /^https?:\/\//.test(origin)
}

/** What a reader is told when a link made here opens only on this computer. */
export const onlyHereWarning =
  'This copy of the edition is a file on this computer: the link opens only here, not on anyone else’s device.'

/**
 * Whether a link made here opens only on this computer: the single-file edition opened from a file,
 * with no published site configured at build time to link to instead.
 */
export function linksOnlyHere(here: Here): boolean {
  return !onTheWeb(here.origin) && !here.site
}

/** The absolute URL of a place, as a reader or a slide would open it. */
export function shareUrl(here: Here, target: LinkTarget): string {
  const params = [target.search?.replace(/^\?/, ''), target.present ? 'present' : ''].filter(Boolean).join('&')
  const query = params ? `?${params}` : ''
  const hash = target.id ? `#${target.id}` : ''
  // From a file, an audience's phones cannot open file://: link to the published site when there is one.
  if (!onTheWeb(here.origin) && here.site) return `${here.site.replace(/\/$/, '')}${target.path}${query}${hash}`
  if (here.mode === 'hash') return `${here.origin}${here.documentPath}#${target.path}${query}${hash}`
  const base = here.base.replace(/\/$/, '')
  const path = target.path === '/' && base ? '/' : target.path
  return `${here.origin}${base}${path}${query}${hash}`
}
