import type { CasePartId } from '../model/case'
import type { CaseReport } from '../model/case-report'
import { figureSequence } from './figure-slugs'
import { paths } from './paths'

/** What a route shows: each kind has exactly one section component. */
export type View =
  | { kind: 'title' }
  | { kind: 'prose'; section: 'abstract' | 'introduction' | 'discussion'; keyPoints?: boolean }
  | { kind: 'case-overview' }
  | { kind: 'case-part'; part: CasePartId }
  | { kind: 'edition' }
  | { kind: 'full' }
  | { kind: 'differential' }
  | { kind: 'glossary' }
  | { kind: 'care' }
  | { kind: 'figures' }
  | { kind: 'figure' }
  | { kind: 'teach' }
  | { kind: 'teach-step' }
  | { kind: 'slides' }
  | { kind: 'handout' }
  | { kind: 'present' }
  | { kind: 'search' }

/** One entry of the route table. */
export interface RouteEntry {
  /** Stable id of the route. */
  id: string
  /** URL path, part of the public contract. */
  path: string
  /** Label in navigation and page titles. */
  label: string
  /** One line on what the page holds, for contents and overview. */
  description: string
  /** Id of the route this one sits under in the contents, if any. */
  parent?: string
  /** True for another view of the article that stands outside the previous/next sequence. */
  aside?: boolean
  /** True for a route with a parameter, reached from its list page rather than the contents. */
  hidden?: boolean
  /** True for a page shown on its own, filling the screen, with no site header, contents or footer. */
  bare?: boolean
  /** What the page shows. */
  view: View
}

/** The route table, in reading order: it drives the router, navigation, previous/next and tests. */
export const routes = [
  {
    id: 'home',
    path: paths.home,
    label: 'Title page',
    description: 'Title, authors, how to cite, licence and contents',
    view: { kind: 'title' },
  },
  {
    id: 'abstract',
    path: paths.abstract,
    label: 'Abstract',
    description: 'The article in brief',
    view: { kind: 'prose', section: 'abstract' },
  },
  {
    id: 'introduction',
    path: paths.introduction,
    label: 'Introduction',
    description: 'Background to the condition',
    view: { kind: 'prose', section: 'introduction' },
  },
  {
    id: 'case',
    path: paths.case,
    label: 'Case report',
    description: 'Overview of the case and its parts',
    view: { kind: 'case-overview' },
  },
  {
    id: 'presentation',
    path: paths.part('presentation'),
    label: 'Presentation',
    description: 'History and examination',
    parent: 'case',
    view: { kind: 'case-part', part: 'presentation' },
  },
  {
    id: 'imaging',
    path: paths.part('imaging'),
    label: 'Imaging',
    description: 'Imaging studies and figures',
    parent: 'case',
    view: { kind: 'case-part', part: 'imaging' },
  },
  {
    id: 'labs',
    path: paths.part('labs'),
    label: 'Laboratory findings',
    description: 'Blood tests as reported',
    parent: 'case',
    view: { kind: 'case-part', part: 'labs' },
  },
  {
    id: 'management',
    path: paths.part('management'),
    label: 'Management',
    description: 'Treatment given and withheld',
    parent: 'case',
    view: { kind: 'case-part', part: 'management' },
  },
  {
    id: 'follow-up',
    path: paths.part('follow-up'),
    label: 'Follow-up',
    description: 'Course and outcome',
    parent: 'case',
    view: { kind: 'case-part', part: 'follow-up' },
  },
  {
    id: 'discussion',
    path: paths.discussion,
    label: 'Discussion',
    description: 'The authors’ discussion',
    view: { kind: 'prose', section: 'discussion', keyPoints: true },
  },
  {
    id: 'full',
    path: paths.full,
    label: 'Whole article',
    description: 'The whole article on one page, for reading through, searching and printing',
    aside: true,
    view: { kind: 'full' },
  },
  {
    id: 'differential',
    path: paths.differential,
    label: 'Differential diagnosis',
    description: 'The condition of the case beside those the article sets it against',
    aside: true,
    view: { kind: 'differential' },
  },
  {
    id: 'glossary',
    path: paths.glossary,
    label: 'Abbreviations',
    description: 'Every abbreviation in the text, expanded',
    aside: true,
    view: { kind: 'glossary' },
  },
  {
    id: 'care',
    path: paths.care,
    label: 'CARE checklist',
    description: 'Where the report meets each item of the CARE case-report guideline',
    aside: true,
    view: { kind: 'care' },
  },
  {
    id: 'figures',
    path: paths.figures,
    label: 'Figures',
    description: 'All five figures, each to open full screen for teaching',
    aside: true,
    view: { kind: 'figures' },
  },
  {
    id: 'figure',
    path: `${paths.figures}/:figure`,
    label: 'Figure',
    description: 'One figure or panel filling the screen',
    aside: true,
    hidden: true,
    view: { kind: 'figure' },
  },
  {
    id: 'teach',
    path: paths.teach,
    label: 'Teaching mode',
    description: 'The case step by step, with a prompt before each reveal',
    aside: true,
    view: { kind: 'teach' },
  },
  {
    id: 'handout',
    path: `${paths.teach}/handout`,
    label: 'Teaching handout',
    description: 'The teaching sequence for printing, one step per page with its QR code',
    aside: true,
    hidden: true,
    view: { kind: 'handout' },
  },
  {
    id: 'teach-step',
    path: `${paths.teach}/:step`,
    label: 'Teaching step',
    description: 'One step of the case',
    aside: true,
    hidden: true,
    view: { kind: 'teach-step' },
  },
  {
    id: 'slides',
    path: `${paths.slides}/:step`,
    label: 'Slides',
    description: 'One teaching step as slides, one idea per screen, for a lecture hall',
    aside: true,
    hidden: true,
    bare: true,
    view: { kind: 'slides' },
  },
  {
    id: 'present',
    path: paths.present,
    label: 'Present',
    description: 'A figure, a table row or a part of the article filling the screen, for teaching',
    aside: true,
    hidden: true,
    bare: true,
    view: { kind: 'present' },
  },
  {
    id: 'search',
    path: paths.search,
    label: 'Search',
    description: 'Find words anywhere in the article',
    aside: true,
    view: { kind: 'search' },
  },
  {
    id: 'about',
    path: paths.about,
    label: 'About this edition',
    description: 'Source, licence and every change made to the text',
    view: { kind: 'edition' },
  },
] as const satisfies readonly RouteEntry[]

/** A route of the table. */
export type AppRoute = (typeof routes)[number]

/** The routes the contents lists, in reading order (parameter routes are reached from their list pages). */
export const listedRoutes: readonly RouteEntry[] = (routes as readonly RouteEntry[]).filter((r) => !r.hidden)

/** The previous and next routes in reading order. */
export function neighbours(id: string): { previous: RouteEntry | null; next: RouteEntry | null } {
  const sequence = readingOrder()
  const i = sequence.findIndex((r) => r.id === id)
  if (i < 0) return { previous: null, next: null }
  return { previous: sequence[i - 1] ?? null, next: sequence[i + 1] ?? null }
}

/** The routes a reader pages through, in order (other views of the article left out). */
export function readingOrder(): RouteEntry[] {
  return routes.filter((r: RouteEntry) => !r.aside)
}

/** The route of a case part. */
export function partRoute(part: CasePartId): RouteEntry {
  const route = routes.find((r) => r.view.kind === 'case-part' && r.view.part === part)
  if (!route) throw new Error(`no route for case part ${part}`)
  return route
}

/** A concrete page of the site: a route with its parameters filled in. */
export interface PageAddress {
  /** The route. */
  route: RouteEntry
  /** The path, parameters filled in. */
  path: string
  /** Label of this page (its title). */
  label: string
}

/** Every page of the site: the routes, with each parameter route expanded over the content. */
export function pageAddresses(report: CaseReport): PageAddress[] {
  const all: readonly RouteEntry[] = routes
  return all.flatMap((route): PageAddress[] => {
    if (route.view.kind === 'figure')
      return figureSequence(report.figures).map((stop) => ({
        route,
        path: `${paths.figures}/${stop.slug}`,
        label: `Figure ${stop.slug}`,
      }))
    // Labelled by number only: a step's title would give away what it reveals.
    if (route.view.kind === 'teach-step')
      return report.teaching.map((_, i) => ({
        route,
        path: `${paths.teach}/${i + 1}`,
        label: `Teaching step ${i + 1}`,
      }))
    if (route.view.kind === 'slides')
      return report.teaching.map((_, i) => ({
        route,
        path: `${paths.slides}/${i + 1}`,
        label: `Slides: teaching step ${i + 1}`,
      }))
    return [{ route, path: route.path, label: route.label }]
  })
}

const addressesByReport = new WeakMap<CaseReport, PageAddress[]>()

/** The page at a path (no trailing slash), or undefined for a path no page has. */
export function addressAt(report: CaseReport, path: string): PageAddress | undefined {
  let addresses = addressesByReport.get(report)
  if (!addresses) addressesByReport.set(report, (addresses = pageAddresses(report)))
  return addresses.find((a) => a.path === path)
}
