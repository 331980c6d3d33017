import type { SectionProps } from './section-props'

/** Every abbreviation of the text with its expansion, alphabetically. */
export function Glossary({ report }: SectionProps) {
  const terms = [...report.abbreviations].sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }))
  return (
    <article aria-labelledby="glossary-heading">
      <p className="kicker">Added by this edition</p>
      <h1 id="glossary-heading">Abbreviations</h1>
      <p>
        Every abbreviation used in the article, and one readers may search for. In the text, the first use of each on a
        page is marked: hover, focus or tap it to see the expansion.
      </p>
      <dl className="glossary">
        {terms.map((a) => (
          <div
            key={a.term}
            id={`abbr-${a.term
              .toLowerCase()
              .replace(/[^a-z0-9]+/g, '-')
              .replace(/-$/, '')}`}
          >
            <dt>{a.expansion === null ? a.term : <abbr title={a.expansion}>{a.term}</abbr>}</dt>
            <dd>
              {a.expansion ?? <span className="supplied">Not expanded in the article.</span>}
              {!a.definedInSource && a.expansion !== null && (
                <span className="supplied"> (expansion supplied by this edition)</span>
              )}
              {a.notInText && (
                <span className="supplied"> Not used in the article; listed so that search finds it.</span>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </article>
  )
}
