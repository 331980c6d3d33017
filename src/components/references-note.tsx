import { Link, useLocation } from 'react-router-dom'
import type { CaseReport } from '../model/case-report'
import { referenceAnchor } from '../lib/paths'
import { citationState } from './citing-sentence'
import { usePageText } from './page-text'

/**
 * The references cited on a page (rendered by the sections whose text cites any), with the plain
 * statement that the list is not in the source. Each
 * entry lists every sentence of the article that cites it; the entries a followed citation names are
 * marked and lead back to the sentence the reader came from.
 */
export function ReferencesNote({ report }: { report: CaseReport }) {
  const { references, meta } = report
  const text = usePageText()
  const known = new Map(references.known.map((r) => [r.number, r.known] as const))
  const from = citationState(useLocation().state)
  return (
    <section className="references" aria-labelledby="references">
      <h2 id="references">References</h2>
      <p>
        {references.statement} Published article: <a href={`https://doi.org/${meta.doi}`}>https://doi.org/{meta.doi}</a>
      </p>
      {text.citations.length > 0 && (
        <ol className="reference-list">
          {text.citations.map((n) => {
            const back = from?.cited.includes(n) ? from.citedFrom : null
            return (
              <li key={n} id={referenceAnchor(n)} value={n} tabIndex={-1} className={back ? 'cited-now' : undefined}>
                <p>
                  Reference {n}: details not included in the source text.{known.get(n) ? ` ${known.get(n)}` : ''}
                </p>
                {back && (
                  <p className="back-to-text">
                    <Link to={{ hash: `#${back}` }}>
                      <span aria-hidden="true">↩ </span>Back to the text
                    </Link>
                  </p>
                )}
                <p className="cited-by-label">Cited in:</p>
                <ul className="cited-by">
                  {(text.citedBy[n] ?? []).map((s) => (
                    <li key={s.id}>
                      {/* A sentence this page shows is linked here; another page's, there. */}
                      <Link to={text.shows(s.id) ? { hash: `#${s.id}` } : { pathname: s.path, hash: `#${s.id}` }}>
                        {s.place}: “{s.opening}”
                      </Link>
                      {s.id === back && <span className="came-from"> (where you were reading)</span>}
                    </li>
                  ))}
                </ul>
              </li>
            )
          })}
        </ol>
      )}
    </section>
  )
}
