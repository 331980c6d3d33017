import type { CasePartId } from '../model/case'

/** Every path of the app in one place: the public URL contract. */
export const paths = {
  home: '/',
  abstract: '/abstract',
  introduction: '/introduction',
  case: '/case',
  part: (part: CasePartId) => `/case/${part}`,
  discussion: '/discussion',
  full: '/full',
  differential: '/differential',
  glossary: '/glossary',
  care: '/care',
  figures: '/figures',
  teach: '/teach',
  slides: '/slides',
  present: '/present',
  search: '/search',
  about: '/about',
} as const

/** Anchor id of a case sentence. */
export function sentenceAnchor(id: string): string {
  return `s-${id}`
}

/** Anchor id of a reference entry. */
export function referenceAnchor(n: number): string {
  return `ref-${n}`
}

/** The single-file edition, beside the site's pages (a static file, not a route). */
export function offlineEditionHref(): string {
  return `${import.meta.env.BASE_URL}offline.html`
}

/** Where a page's compiled text is, relative to the edition's data folder: `/case/labs` to `pages/case/labs.json`. */
export function pageTextFile(path: string): string {
  return path === '/' ? 'pages/index.json' : `pages${path}.json`
}

/** Where the search index is, relative to the edition's data folder. */
export const searchIndexFile = 'search-index.json'

/**
 * The address of a page as the app names it: hosts may add a trailing slash (`/case/labs/`, the
 * folder of `case/labs/index.html`) or show `index.html` itself. The site's root keeps its slash.
 */
export function canonicalPathname(pathname: string, base: string): string {
  const path = pathname.replace(/\/index\.html$/, '/')
  return path.length > base.length ? path.replace(/\/+$/, '') : path
}
