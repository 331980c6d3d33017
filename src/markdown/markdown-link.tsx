import type { ReactNode } from 'react'
import { Link } from 'react-router-dom'
import type { CaseReport } from '../model/case-report'
import type { Figure } from '../model/figure'
import { useReport } from '../components/edition'
import { Abbreviation } from '../components/abbreviation'
import { CitationLink } from '../components/citation-link'
import { FigureRef } from '../components/figure-ref'
import { paths } from '../lib/paths'
import { plainText } from '../lib/plain-text'
import { citationParts, figureIds, parseReferenceHref } from '../lib/references'

/** What links resolve against, looked up once per report. */
interface Targets {
  figureOf: Map<string, Figure>
  knownReferences: Map<number, string | null>
  expansions: Map<string, string>
}

const targetsByReport = new WeakMap<CaseReport, Targets>()

function targetsOf(report: CaseReport): Targets {
  const known = targetsByReport.get(report)
  if (known) return known
  const targets = {
    figureOf: new Map<string, Figure>(
      report.figures.flatMap((f) => [f.id, ...f.panels.map((p) => p.id)].map((id) => [id, f] as const)),
    ),
    knownReferences: new Map(report.references.known.map((r) => [r.number, r.known] as const)),
    expansions: new Map<string, string>(
      report.abbreviations.flatMap((a) => (a.expansion === null ? [] : [[a.term, a.expansion] as const])),
    ),
  }
  targetsByReport.set(report, targets)
  return targets
}

/** What the preview of a citation says: the list is not in the source; what the text says of it. */
function citationKnown(numbers: readonly number[], knownReferences: Map<number, string | null>): string {
  const known = numbers.flatMap((n) => (knownReferences.get(n) ? [knownReferences.get(n)] : []))
  return ['Not included in the source text; see the published article.', ...known].join(' ')
}

/** Unresolved references cannot reach the page: the build and tests reject them first. */
function unresolved(href: string): never {
  throw new Error(`unresolved reference in markdown: ${href}`)
}

/** Every markdown link: citations, figure references and abbreviations by scheme, other links as links. */
export function MarkdownLink({ href = '', children }: { href?: string; children?: ReactNode }) {
  const { figureOf, knownReferences, expansions } = targetsOf(useReport())
  const ref = parseReferenceHref(href)
  if (ref?.kind === 'cite') {
    const parts = citationParts(ref.target) ?? unresolved(href)
    return <CitationLink parts={parts} known={(numbers) => citationKnown(numbers, knownReferences)} />
  }
  if (ref?.kind === 'fig') {
    const id = figureIds(ref.target)[0]
    const figure = figureOf.get(id) ?? unresolved(href)
    const panel = figure.panels.find((p) => p.id === id)
    const preview = {
      label: figure.label,
      caption: plainText(figure.caption),
      image: panel?.image ?? figure.panels[0]?.image ?? figure.image,
    }
    return (
      <FigureRef pathname={paths.part(figure.part)} id={id} preview={preview}>
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
