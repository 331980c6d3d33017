import { useEffect, useRef } from 'react'
import { Added } from '../components/added-note'
import { Timeline } from '../components/timeline'
import { casePartIds } from '../model/case'
import { sentenceIndex } from '../lib/sentence-index'
import { partSummaries } from './part-summaries'
import type { SectionProps } from './section-props'

const wide = '(min-width: 64rem)'

/**
 * The structured views of the case, read beside the narrative without losing one's place: a side
 * column on a wide screen, a sheet that opens from a button at the foot of a phone's screen. A link
 * inside it to the narrative closes the sheet so the sentence can be seen.
 */
export function CaseGlance({ report, label }: SectionProps & { label: string }) {
  const details = useRef<HTMLDetailsElement>(null)
  useEffect(() => {
    const element = details.current
    if (!element || typeof window.matchMedia !== 'function') return
    const media = window.matchMedia(wide)
    const fit = () => {
      if (media.matches) element.open = true
    }
    fit()
    media.addEventListener('change', fit)
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !element.open || media.matches) return
      element.open = false
      element.querySelector('summary')?.focus()
    }
    const onClick = (event: MouseEvent) => {
      const link = (event.target as HTMLElement | null)?.closest('a[href*="#"]')
      if (link && !media.matches) element.open = false
    }
    element.addEventListener('keydown', onKey)
    element.addEventListener('click', onClick)
    return () => {
      media.removeEventListener('change', fit)
      element.removeEventListener('keydown', onKey)
      element.removeEventListener('click', onClick)
    }
  }, [])
  return (
    <aside className="case-glance" aria-label={label}>
      <details ref={details} className="glance">
        <summary>{label}</summary>
        <div className="glance-body">
          <Added
            heading="Timeline"
            id="timeline"
            note="Times are relative, as the article gives them; the strip shows order, not scale."
          >
            <Timeline events={report.timeline} index={sentenceIndex(report)} />
          </Added>
          {casePartIds.map((part) => {
            const Summary = partSummaries[part]
            return <Summary key={part} report={report} />
          })}
        </div>
      </details>
    </aside>
  )
}
