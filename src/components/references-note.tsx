import type { References } from '../model/citation'
import { referenceAnchor } from '../lib/paths'

/** The references cited on a page, with the plain statement that the list is not in the source. */
export function ReferencesNote({
  references,
  numbers,
  doi,
}: {
  references: References
  numbers: readonly number[]
  doi: string
}) {
  const known = new Map(references.known.map((r) => [r.number, r.known] as const))
  return (
    <section className="references" aria-labelledby="references">
      <h2 id="references">References</h2>
      <p>
        {references.statement} Published article: <a href={`https://doi.org/${doi}`}>https://doi.org/{doi}</a>
      </p>
      {numbers.length > 0 && (
        <ol className="reference-list">
          {numbers.map((n) => (
            <li key={n} id={referenceAnchor(n)} value={n} tabIndex={-1}>
              Reference {n}, cited on this page: details not included in the source text.
              {known.get(n) ? ` ${known.get(n)}` : ''}
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
