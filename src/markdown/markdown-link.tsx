import type { ReactNode } from 'react'
import { Link } from 'react-router-dom'
import type { CasePartId } from '../model/case'
import { caseReport } from '../../content/case-report'
import { Abbreviation } from '../components/abbreviation'
import { CitationLink } from '../components/citation-link'
import { FigureRef } from '../components/figure-ref'
import { paths } from '../lib/paths'
import { citationNumbers, figureIds, parseReferenceHref } from '../lib/references'

const figurePart = new Map<string, CasePartId>(
  caseReport.figures.flatMap((f) => [f.id, ...f.panels.map((p) => p.id)].map((id) => [id, f.part] as const)),
)
const expansions = new Map<string, string>(caseReport.abbreviations.map((a) => [a.term, a.expansion] as const))

/** Unresolved references cannot reach the page: the build and tests reject them first. */
function unresolved(href: string): never {
  throw new Error(`unresolved reference in markdown: ${href}`)
}

/** Every markdown link: citations, figure references and abbreviations by scheme, other links as links. */
export function MarkdownLink({ href = '', children }: { href?: string; children?: ReactNode }) {
  const ref = parseReferenceHref(href)
  if (ref?.kind === 'cite') {
    return <CitationLink numbers={citationNumbers(ref.target) ?? unresolved(href)}>{children}</CitationLink>
  }
  if (ref?.kind === 'fig') {
    const id = figureIds(ref.target)[0]
    const part = figurePart.get(id) ?? unresolved(href)
    return (
      <FigureRef pathname={paths.part(part)} id={id}>
        {children}
      </FigureRef>
    )
  }
  if (ref?.kind === 'abbr') {
    return <Abbreviation expansion={expansions.get(ref.target) ?? unresolved(href)}>{children}</Abbreviation>
  }
  if (href.startsWith('/')) return <Link to={href}>{children}</Link>
  return <a href={href}>{children}</a>
}
