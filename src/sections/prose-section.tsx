import type { ProseSection as ProseSectionModel } from '../model/prose'
import { paragraphs } from '../lib/page-text'
import { usePageText } from '../components/page-text'
import { Prose } from '../markdown/prose'

/** A section of prose (abstract, introduction, discussion): heading and paragraphs. */
export function ProseSection({ section }: { section: ProseSectionModel }) {
  const { markdown } = usePageText()
  return (
    <article aria-labelledby={section.id}>
      <h1 id={section.id}>{section.heading}</h1>
      {paragraphs(section.markdown).map((p, i) => (
        <Prose key={i} markdown={markdown(`p-${i + 1}`, p)} />
      ))}
    </article>
  )
}
