import { Link } from 'react-router-dom'
import type { ArticleMeta } from '../model/article'

/** Licence, attribution and the note that this edition adapts the article. */
export function LicenceNote({ meta, changesHref }: { meta: ArticleMeta; changesHref: string }) {
  return (
    <p>
      The article by {meta.authors.map((a) => a.name).join(', ')} is published under the{' '}
      <a href={meta.licence.url}>{meta.licence.title}</a> licence ({meta.licence.name}). This web edition is an
      adaptation shared under the same licence, for non-commercial use; what it changes is listed in{' '}
      <Link to={changesHref}>About this edition</Link>.
    </p>
  )
}
