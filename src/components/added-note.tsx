import type { ReactNode } from 'react'

/** A block this edition adds to the article, labelled as such. */
export function Added({
  heading,
  id,
  note,
  explainer = 'Every entry is taken from the authors’ sentences; “source” links to the sentence.',
  children,
}: {
  heading: string
  id: string
  note?: string
  explainer?: string
  children: ReactNode
}) {
  return (
    <section className="added" aria-labelledby={id}>
      <h2 id={id}>
        {heading} <span className="added-label">added by this edition</span>
      </h2>
      <p className="added-explainer">
        {explainer}
        {note ? ` ${note}` : ''}
      </p>
      {children}
    </section>
  )
}
