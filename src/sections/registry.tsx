import { use, type ReactNode } from 'react'
import type { View } from '../lib/routes'
import { LoadFailure, trackLoading } from '../lib/loading'
import { memoized } from '../lib/settled'
import type { SectionProps } from './section-props'

type ViewProps<K extends View['kind']> = SectionProps & { view: Extract<View, { kind: K }> }

/**
 * A view's section: its own chunk of JavaScript, loaded with the page that shows it. `file` names
 * the module `load` imports (the prerender preloads its chunk; a test checks the two agree).
 */
interface SectionEntry<K extends View['kind'], M> {
  file: string
  load: () => Promise<M>
  render: (module: M, props: ViewProps<K>) => ReactNode
}

function entry<K extends View['kind'], M>(
  file: string,
  load: () => Promise<M>,
  render: (module: M, props: ViewProps<K>) => ReactNode,
): SectionEntry<K, M> {
  return { file, load, render }
}

/** Exactly one section component per kind of view, each loaded only when a page shows it. */
export const sections = {
  title: entry(
    './title-page.tsx',
    () => import('./title-page'),
    (m, { report }) => <m.TitlePage report={report} />,
  ),
  prose: entry(
    './prose-section.tsx',
    () => import('./prose-section'),
    (m, { report, view }: ViewProps<'prose'>) => (
      <m.ProseSection section={report[view.section]} keyPoints={view.keyPoints ? report.keyPoints : undefined} />
    ),
  ),
  'case-overview': entry(
    './case-overview.tsx',
    () => import('./case-overview'),
    (m, { report }) => <m.CaseOverview report={report} />,
  ),
  'case-part': entry(
    './case-part.tsx',
    () => import('./case-part'),
    (m, { report, view }: ViewProps<'case-part'>) => <m.CasePart report={report} part={view.part} />,
  ),
  edition: entry(
    './edition.tsx',
    () => import('./edition'),
    (m, { report }) => <m.Edition report={report} />,
  ),
  full: entry(
    './full-article.tsx',
    () => import('./full-article'),
    (m, { report }) => <m.FullArticle report={report} />,
  ),
  differential: entry(
    './differential.tsx',
    () => import('./differential'),
    (m, { report }) => <m.DifferentialSection report={report} />,
  ),
  glossary: entry(
    './glossary.tsx',
    () => import('./glossary'),
    (m, { report }) => <m.Glossary report={report} />,
  ),
  care: entry(
    './care-map.tsx',
    () => import('./care-map'),
    (m, { report }) => <m.CareMap report={report} />,
  ),
  figures: entry(
    './figures-list.tsx',
    () => import('./figures-list'),
    (m, { report }) => <m.FiguresList report={report} />,
  ),
  figure: entry(
    './figure-viewer.tsx',
    () => import('./figure-viewer'),
    (m, { report }) => <m.FigureViewer report={report} />,
  ),
  teach: entry(
    './teach.tsx',
    () => import('./teach'),
    (m, { report }) => <m.Teach report={report} />,
  ),
  'teach-step': entry(
    './teach-step.tsx',
    () => import('./teach-step'),
    (m, { report }) => <m.TeachStep report={report} />,
  ),
  present: entry(
    './present.tsx',
    () => import('./present'),
    (m, { report }) => <m.Present report={report} />,
  ),
  handout: entry(
    './handout.tsx',
    () => import('./handout'),
    (m, { report }) => <m.Handout report={report} />,
  ),
  slides: entry(
    './slides.tsx',
    () => import('./slides'),
    (m, { report }) => <m.Slides report={report} />,
  ),
  search: entry(
    './search-page.tsx',
    () => import('./search-page'),
    (m) => <m.SearchPage />,
  ),
} satisfies {
  [K in View['kind']]: {
    file: string
    load: () => Promise<unknown>
    render: (module: never, props: ViewProps<K>) => ReactNode
  }
}

/** The module of a section, loaded once; a failure to load is a LoadFailure the page reports. */
const loader = memoized(async (kind): Promise<unknown> => {
  const { load } = sections[kind as View['kind']] as SectionEntry<View['kind'], unknown>
  return trackLoading(load()).catch((error: unknown) => {
    throw new LoadFailure(`the code of the ${kind} section did not load: ${String(error)}`)
  })
})

/** Load the section of a kind of view (once); the page renders it without waiting when this is done first. */
export function loadSection(kind: View['kind']): Promise<unknown> {
  return loader(kind)
}

/** Forget sections whose code failed to load, so the next attempt fetches it again. */
export const forgetFailedSections = loader.forgetFailures

/** Load every section and every part on demand (prerendering and tests render any page at once, whole). */
export function loadAllSections(): Promise<unknown> {
  const onDemand = import('./views-on-demand').then(({ caseViews }) => {
    caseViews.want()
    return caseViews.module
  })
  return Promise.all([...(Object.keys(sections) as View['kind'][]).map(loadSection), onDemand])
}

/** Render the section for a view, suspending until its code has arrived. */
export function SectionView({ report, view }: SectionProps & { view: View }) {
  const module = use(loadSection(view.kind))
  const { render } = sections[view.kind] as SectionEntry<View['kind'], unknown>
  return render(module, { report, view })
}
