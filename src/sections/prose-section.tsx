import type { ProseSection as ProseSectionModel } from '../model/prose'
import { paragraphs, proseKey } from '../lib/page-text'
import { usePageText } from '../components/page-text'
import { Prose } from '../markdown/prose'

/** The paragraphs of a prose section. */
export function ProseBody({ section }: { section: ProseSectionModel }) {
  const { markdown } = usePageText()
  return paragraphs(section.markdown).map((p, i) => <Prose key={i} markdown={markdown(proseKey(section.id, i), p)} />)
}

/** A page of prose (abstract, introduction, discussion): heading and paragraphs. */
export function ProseSection({ section }: { section: ProseSectionModel }) {
  return (
    <article aria-labelledby={section.id}>
      <h1 id={section.id}>{section.heading}</h1>
      <ProseBody section={section} />
    </article>
  )
}
