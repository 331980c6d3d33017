import type { Traced } from '../model/case'
import { SourceLinks } from './source-link'

/** A list of summary facts, each with links to its source sentences. */
export function TracedList({ items, pathFor }: { items: readonly Traced[]; pathFor: (id: string) => string }) {
  return (
    <ul className="traced">
      {items.map((item) => (
        <li key={item.text}>
          {item.text} <SourceLinks ids={item.sources} pathFor={pathFor} />
        </li>
      ))}
    </ul>
  )
}
