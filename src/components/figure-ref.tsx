import type { ReactNode } from 'react'
import { Link } from 'react-router-dom'
import type { FigureImage } from '../model/figure'
import { Preview } from './preview'

/** What a figure reference previews: the image and the caption. */
export interface FigurePreview {
  /** The figure's label, e.g. "Figure 3". */
  label: string
  /** The caption as text. */
  caption: string
  /** The image of the panel or figure referred to, if any. */
  image: FigureImage | null
}

/** A reference in the text to a figure or its panels, linking to the figure, with a preview. */
export function FigureRef({
  pathname,
  id,
  preview,
  children,
}: {
  pathname: string
  id: string
  preview: FigurePreview
  children: ReactNode
}) {
  return (
    <Preview
      card={
        <>
          {preview.image && <img src={preview.image.src} alt="" width={200} height={150} />}
          <span>
            <strong>{preview.label}:</strong> {preview.caption}
          </span>
        </>
      }
    >
      {(describedBy) => (
        <Link className="figure-ref" to={{ pathname, hash: `#${id}` }} aria-describedby={describedBy}>
          {children}
        </Link>
      )}
    </Preview>
  )
}
