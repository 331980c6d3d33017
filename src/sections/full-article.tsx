import { Byline } from '../components/byline'
import { CaseNarrative } from '../components/case-narrative'
import { FigureView } from '../components/figure-view'
import { LicenceNote } from '../components/licence-note'
import { allParagraphs } from '../lib/part-view'
import { paths } from '../lib/paths'
import { ProseBody, References } from './prose-section'
import type { SectionProps } from './section-props'

/** The whole article on one page in the published order, for reading through, searching and printing. */
export function FullArticle({ report }: SectionProps) {
  const { meta } = report
  const doiUrl = `https://doi.org/${meta.doi}`
  return (
    <article aria-labelledby="full-title" className="full-article">
      <p className="article-type">{meta.articleType}</p>
      <h1 id="full-title">{meta.title}</h1>
      <Byline meta={meta} />
      <p className="journal">
        {meta.journalCitation} DOI: <a href={doiUrl}>{doiUrl}</a>
      </p>
      {[report.abstract, report.introduction].map((section) => (
        <section key={section.id} aria-labelledby={`full-${section.id}`}>
          <h2 id={`full-${section.id}`}>{section.heading}</h2>
          <ProseBody section={section} />
        </section>
      ))}
      <section aria-labelledby="full-case">
        <h2 id="full-case">{report.case.heading}</h2>
        <CaseNarrative paragraphs={allParagraphs(report.case.narrative)} />
      </section>
      <section aria-labelledby="full-discussion">
        <h2 id="full-discussion">{report.discussion.heading}</h2>
        <ProseBody section={report.discussion} />
      </section>
      <section aria-labelledby="full-figures" className="figures">
        <h2 id="full-figures">Figures</h2>
        {report.figures.map((f) => (
          <FigureView key={f.id} figure={f} />
        ))}
      </section>
      <section aria-labelledby="full-licence">
        <h2 id="full-licence">Licence</h2>
        <LicenceNote meta={meta} changesHref={paths.about} />
      </section>
      <References />
    </article>
  )
}
