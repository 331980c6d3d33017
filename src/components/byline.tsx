import type { ArticleMeta } from '../model/article'

/** Authors, affiliation and correspondence as printed. */
export function Byline({ meta }: { meta: ArticleMeta }) {
  return (
    <>
      <p className="authors">{meta.authors.map((a) => a.name).join(', ')}</p>
      <p className="affiliation">{meta.affiliation}</p>
      <address className="correspondence">
        <span className="label">{meta.correspondence.label}</span>{' '}
        {meta.correspondence.lines.map((line) => (
          <span key={line}>{line} </span>
        ))}
        <span>
          {meta.correspondence.emailLabel}{' '}
          <a href={`mailto:${meta.correspondence.email}`}>{meta.correspondence.email}</a>
        </span>
      </address>
    </>
  )
}
