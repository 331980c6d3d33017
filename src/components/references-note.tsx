import { Link, useLocation } from 'react-router-dom'
import type { CaseReport } from '../model/case-report'
import { referenceCiters } from '../lib/citing'
import { referenceAnchor } from '../lib/paths'
import { citationState } from './citing-sentence'

/** The first words of a sentence, as the label of a link to it. */
function opening(text: string, words = 9): string {
  const all = text.split(' ')
  return all.length <= words
    ? text
    : `${all
        .slice(0, words)
        .join(' ')
        .replace(/[,;:]$/, '')}…`
}

/**
 * The references cited on a page, with the plain statement that the list is not in the source. Each
 * entry lists every sentence of the article that cites it; the entries a followed citation names are
 * marked and lead back to the sentence the reader came from.
 */
export function ReferencesNote({
  report,
  numbers,
  shown,
}: {
  report: CaseReport
  /** Reference numbers cited on the page. */
  numbers: readonly number[]
  /** Anchors of the sentences this page shows: a citing sentence among them is linked on this page. */
  shown: readonly string[]
}) {
  const { references, meta } = report
  const known = new Map(references.known.map((r) => [r.number, r.known] as const))
  const citers = referenceCiters(report)
  const from = citationState(useLocation().state)
  const here = new Set(shown)
  return (
    <section className="references" aria-labelledby="references">
      <h2 id="references">References</h2>
      <p>
        {references.statement} Published article: <a href={`https://doi.org/${meta.doi}`}>https://doi.org/{meta.doi}</a>
      </p>
      {numbers.length > 0 && (
        <ol className="reference-list">
          {numbers.map((n) => {
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
                  {(citers.get(n) ?? []).map((s) => (
                    <li key={s.id}>
                      <Link to={here.has(s.id) ? { hash: `#${s.id}` } : { pathname: s.path, hash: `#${s.id}` }}>
                        {s.page}, {s.section.toLowerCase()}: “{opening(s.text)}”
                      </Link>
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
