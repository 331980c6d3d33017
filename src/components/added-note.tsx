import type { ReactNode } from 'react'

/** A block this edition adds to the article, labelled as such. */
export function Added({ heading, id, children }: { heading: string; id: string; children: ReactNode }) {
  return (
    <section className="added" aria-labelledby={id}>
      <h2 id={id}>
        {heading} <span className="added-label">added by this edition</span>
      </h2>
      <p className="added-explainer">
        Every entry is taken from the authors’ sentences; “source” links to the sentence.
      </p>
      {children}
    </section>
  )
}
