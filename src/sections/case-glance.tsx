import { useEffect, useRef } from 'react'
import { OnDemand } from '../components/on-demand'
import { caseViews } from './views-on-demand'
import type { SectionProps } from './section-props'

const wide = '(min-width: 64rem)'

/**
 * The structured views of the case, read beside the narrative without losing one's place: a side
 * column on a wide screen, a sheet that opens from a button at the foot of a phone's screen. A link
 * inside it to the narrative closes the sheet so the sentence can be seen. Its code loads when the reader
 * first reaches for it; until then its prerendered text and links stand.
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
      const link = (event.target as HTMLElement | null)?.closest('a[href*="#"]:not([data-jump])')
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
        <button
          type="button"
          className="glance-close"
          onClick={() => {
            const element = details.current
            if (!element) return
            element.open = false
            element.querySelector('summary')?.focus()
          }}
        >
          Close
        </button>
        <OnDemand
          code={caseViews}
          view="glance"
          className="glance-body"
          render={(m) => <m.GlanceViews report={report} />}
        />
      </details>
    </aside>
  )
}
