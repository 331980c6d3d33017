import type { ComponentType } from 'react'
import type { View } from '../lib/routes'
import { CareMap } from './care-map'
import { CaseOverview } from './case-overview'
import { DifferentialSection } from './differential'
import { Glossary } from './glossary'
import { CasePart } from './case-part'
import { Edition } from './edition'
import { FigureViewer } from './figure-viewer'
import { FiguresList } from './figures-list'
import { FullArticle } from './full-article'
import { ProseSection } from './prose-section'
import { SearchPage } from './search-page'
import { TeachStep } from './teach-step'
import { Teach } from './teach'
import type { SectionProps } from './section-props'
import { TitlePage } from './title-page'

type ViewProps<K extends View['kind']> = SectionProps & { view: Extract<View, { kind: K }> }

/** Exactly one section component per kind of view. */
export const sections: { [K in View['kind']]: ComponentType<ViewProps<K>> } = {
  title: ({ report }) => <TitlePage report={report} />,
  prose: ({ report, view }) => <ProseSection section={report[view.section]} />,
  'case-overview': ({ report }) => <CaseOverview report={report} />,
  'case-part': ({ report, view }) => <CasePart report={report} part={view.part} />,
  edition: ({ report }) => <Edition report={report} />,
  full: ({ report }) => <FullArticle report={report} />,
  differential: ({ report }) => <DifferentialSection report={report} />,
  glossary: ({ report }) => <Glossary report={report} />,
  care: ({ report }) => <CareMap report={report} />,
  figures: ({ report }) => <FiguresList report={report} />,
  figure: ({ report }) => <FigureViewer report={report} />,
  teach: ({ report }) => <Teach report={report} />,
  'teach-step': ({ report }) => <TeachStep report={report} />,
  search: ({ report }) => <SearchPage report={report} />,
}

/** Render the section component for a view. */
export function SectionView({ report, view }: SectionProps & { view: View }) {
  const Component = sections[view.kind] as ComponentType<SectionProps & { view: View }>
  return <Component report={report} view={view} />
}
