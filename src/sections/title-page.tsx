import { Link } from 'react-router-dom'
import { Byline } from '../components/byline'
import { CiteThis } from '../components/cite-this'
import { LicenceNote } from '../components/licence-note'
import { paths } from '../lib/paths'
import { routes, type RouteEntry } from '../lib/routes'
import type { SectionProps } from './section-props'

/** The title page: title, byline, correspondence, how to cite, licence and contents. */
export function TitlePage({ report }: SectionProps) {
  const { meta } = report
  const doiUrl = `https://doi.org/${meta.doi}`
  return (
    <article aria-labelledby="title" className="title-page">
      <p className="article-type">{meta.articleType}</p>
      <h1 id="title">{meta.title}</h1>
      <Byline meta={meta} />
      <p className="journal">
        {meta.journal}, {meta.year}; volume {meta.volume}, issue {meta.issue}, pages {meta.firstPage}–{meta.lastPage}.
        DOI: <a href={doiUrl}>{meta.doi}</a>
      </p>

      <section aria-labelledby="how-to-cite">
        <h2 id="how-to-cite">Cite this article</h2>
        <CiteThis meta={meta} />
      </section>

      <section aria-labelledby="licence">
        <h2 id="licence">Licence</h2>
        <LicenceNote meta={meta} changesHref={paths.about} />
      </section>

      <nav aria-labelledby="contents" className="contents">
        <h2 id="contents">Contents</h2>
        <ol>
          {routes
            .filter((r: RouteEntry) => r.id !== 'home' && !r.hidden)
            .map((r) => (
              <li key={r.id} className={'parent' in r ? 'sub' : undefined}>
                <Link to={r.path}>{r.label}</Link> <span className="description">{r.description}</span>
              </li>
            ))}
        </ol>
      </nav>
    </article>
  )
}
