import { useId, useRef, useState, type ReactNode } from 'react'

/**
 * Shows a preview card beside a link on hover, keyboard focus or a first tap (a second tap follows
 * the link). The card holds nothing focusable, so focus never moves into it; Escape closes it.
 */
export function Preview({ card, children }: { card: ReactNode; children: (describedBy?: string) => ReactNode }) {
  const id = useId()
  const [open, setOpen] = useState(false)
  const pointer = useRef('')
  return (
    <span
      className="preview-anchor"
      onMouseEnter={() => setOpen(true)}
      onMouseLeave={() => setOpen(false)}
      onFocus={() => setOpen(true)}
      onBlur={() => setOpen(false)}
      onKeyDown={(e) => {
        if (e.key === 'Escape') setOpen(false)
      }}
      onPointerDown={(e) => {
        pointer.current = e.pointerType
      }}
      onClickCapture={(e) => {
        if (pointer.current === 'touch' && !open) {
          e.preventDefault()
          setOpen(true)
        }
      }}
    >
      {children(open ? id : undefined)}
      {open && (
        <span id={id} role="tooltip" className="preview-card">
          {card}
        </span>
      )}
    </span>
  )
}
