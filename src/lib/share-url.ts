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
}

/** A place to link to: a route path and an optional element id. */
export interface LinkTarget {
  /** Route path, e.g. "/case/imaging". */
  path: string
  /** Element id without "#", e.g. "figure-3". */
  id?: string
  /** Open in presenter mode (adds `?present`). */
  present?: boolean
}

/** The absolute URL of a place, as a reader or a slide would open it. */
export function shareUrl(here: Here, target: LinkTarget): string {
  const query = target.present ? '?present' : ''
  const hash = target.id ? `#${target.id}` : ''
  if (here.mode === 'hash') return `${here.origin}${here.documentPath}#${target.path}${query}${hash}`
  const base = here.base.replace(/\/$/, '')
  const path = target.path === '/' && base ? '/' : target.path
  return `${here.origin}${base}${path}${query}${hash}`
}
