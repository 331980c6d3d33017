import { use, type ComponentType } from 'react'
import type { View } from '../lib/routes'
import { memoized } from '../lib/settled'
import type { SectionProps } from './section-props'

type ViewProps<K extends View['kind']> = SectionProps & { view: Extract<View, { kind: K }> }

/** A view's section, loaded with the page that shows it (its own chunk of JavaScript). */
interface SectionEntry<K extends View['kind']> {
  load: () => Promise<ComponentType<ViewProps<K>>>
}

/** Exactly one section component per kind of view, each loaded only when a page shows it. */
const sections: { [K in View['kind']]: SectionEntry<K> } = {
  title: { load: () => import('./title-page').then((m) => ({ report }) => <m.TitlePage report={report} />) },
  prose: {
    load: () =>
      import('./prose-section').then((m) => ({ report, view }) => <m.ProseSection section={report[view.section]} />),
  },
  'case-overview': {
    load: () => import('./case-overview').then((m) => ({ report }) => <m.CaseOverview report={report} />),
  },
  'case-part': {
    load: () =>
      import('./case-part').then((m) => ({ report, view }) => <m.CasePart report={report} part={view.part} />),
  },
  edition: { load: () => import('./edition').then((m) => ({ report }) => <m.Edition report={report} />) },
  full: { load: () => import('./full-article').then((m) => ({ report }) => <m.FullArticle report={report} />) },
  differential: {
    load: () => import('./differential').then((m) => ({ report }) => <m.DifferentialSection report={report} />),
  },
  glossary: { load: () => import('./glossary').then((m) => ({ report }) => <m.Glossary report={report} />) },
  care: { load: () => import('./care-map').then((m) => ({ report }) => <m.CareMap report={report} />) },
  figures: { load: () => import('./figures-list').then((m) => ({ report }) => <m.FiguresList report={report} />) },
  figure: { load: () => import('./figure-viewer').then((m) => ({ report }) => <m.FigureViewer report={report} />) },
  teach: { load: () => import('./teach').then((m) => ({ report }) => <m.Teach report={report} />) },
  'teach-step': { load: () => import('./teach-step').then((m) => ({ report }) => <m.TeachStep report={report} />) },
  search: { load: () => import('./search-page').then((m) => ({ report }) => <m.SearchPage report={report} />) },
}

type AnySection = ComponentType<SectionProps & { view: View }>

/** Sections whose code has arrived, by kind of view. */
const loadedSections: Partial<Record<View['kind'], AnySection>> = {}

/** Load the section of a kind of view (once); the page renders it without waiting when this is done first. */
export const loadSection: (kind: View['kind']) => Promise<AnySection> = memoized(async (key) => {
  const kind = key as View['kind']
  const section = (await (sections[kind] as unknown as SectionEntry<View['kind']>).load()) as AnySection
  loadedSections[kind] = section
  return section
})

/** Load every section (prerendering and tests render any page at once). */
export function loadAllSections(): Promise<unknown> {
  return Promise.all((Object.keys(sections) as View['kind'][]).map(loadSection))
}

/** Render the section component for a view, suspending until its code has arrived. */
export function SectionView({ report, view }: SectionProps & { view: View }) {
  use(loadSection(view.kind))
  const Component = loadedSections[view.kind] as AnySection
  return <Component report={report} view={view} />
}
