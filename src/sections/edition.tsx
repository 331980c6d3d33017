import { EditorNotesList } from '../components/editor-notes-list'
import type { SectionProps } from './section-props'

/** About this edition: source, licence and attribution, every repair made to the text. */
export function Edition({ report }: SectionProps) {
  const { meta, repairs } = report
  const doiUrl = `https://doi.org/${meta.doi}`
  return (
    <article aria-labelledby="about-heading">
      <h1 id="about-heading">About this edition</h1>
      <section aria-labelledby="source">
        <h2 id="source">Source</h2>
        <p>
          {meta.journalCitation} DOI: <a href={doiUrl}>{doiUrl}</a>. Publisher: {meta.publisher}
          {meta.laterPublisher && ` (later migrated to ${meta.laterPublisher})`}. Journal page:{' '}
          <a href={meta.fullTextUrl}>{meta.fullTextUrl}</a>
        </p>
        <p>
          This edition is made from the text of the article as extracted from its PDF (kept unchanged in the project as{' '}
          <code>{report.sourceFile}</code>). The figure images and the numbered reference list are not in that text.
        </p>
        <p>Not known from the source: {meta.notKnown.join('; ')}.</p>
      </section>
      <section aria-labelledby="attribution">
        <h2 id="attribution">Licence and attribution</h2>
        <p>
          Text by {meta.authors.map((a) => a.name).join(', ')}, published in {meta.journal} under the{' '}
          <a href={meta.licence.url}>{meta.licence.title}</a> licence ({meta.licence.name}). This edition adapts it as
          described below and is shared under the same licence, for non-commercial use only.
        </p>
      </section>
      <section aria-labelledby="changes">
        <h2 id="changes">Changes made to the text (provenance)</h2>
        <p>
          The PDF extraction left paragraphs, figure captions and panel letters out of order. The authors’ reading order
          was rebuilt with these repairs, applied in this order. No word of the article was changed, added or removed
          other than as listed; the authors’ wording and typing are kept as published.
        </p>
        <ol className="repairs">
          {repairs.map((r) => (
            <li key={r.note}>{r.note}</li>
          ))}
        </ol>
      </section>
      <EditorNotesList />
    </article>
  )
}
