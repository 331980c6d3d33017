import type { ReactNode } from 'react'
import { Link } from 'react-router-dom'
import { Byline } from '../components/byline'
import { CiteThis } from '../components/cite-this'
import { LicenceNote } from '../components/licence-note'
import { paths } from '../lib/paths'
import { listedRoutes, type RouteEntry } from '../lib/routes'
import type { SectionProps } from './section-props'

/** Every page the contents lists: not the title page itself, nor pages reached from a list page. */
const listed = listedRoutes.filter((r) => r.id !== 'home')
/** The article's own sections, in reading order (the case parts sit under the case report). */
const article = listed.filter((r) => !r.aside && !r.parent)

function Entry({ route, children }: { route: RouteEntry; children?: ReactNode }) {
  return (
    <li>
      <Link to={route.path}>{route.label}</Link> <span className="description">{route.description}</span>
      {children}
    </li>
  )
}

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
          {article.map((r) => {
            const parts = listed.filter((c) => c.parent === r.id)
            return (
              <Entry key={r.id} route={r}>
                {parts.length > 0 && (
                  <ol>
                    {parts.map((c) => (
                      <Entry key={c.id} route={c} />
                    ))}
                  </ol>
                )}
              </Entry>
            )
          })}
        </ol>
        <h3 id="also-in-this-edition">Also in this edition</h3>
        <ul aria-labelledby="also-in-this-edition">
          {listed
            .filter((r) => r.aside)
            .map((r) => (
              <Entry key={r.id} route={r} />
            ))}
        </ul>
      </nav>
    </article>
  )
}
