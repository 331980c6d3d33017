import type { CasePartId } from './case'

/** A lettered panel of a figure. */
export interface FigurePanel {
  /** Stable id, e.g. "figure-3b". */
  id: string
  /** Panel letter as the caption names it. */
  letter: string
}

/** An image for a figure or panel, when an edition has one. */
export interface FigureImage {
  /** URL of the image, relative to the site's base. */
  src: string
  /** Alternative text. */
  alt: string
  /** True when the image is a drawing made for this edition, not the patient's image. */
  schematic: boolean
}

/** A figure of the article. */
export interface Figure {
  /** Stable id, e.g. "figure-3". */
  id: string
  /** Number as printed. */
  number: number
  /** Label as printed, e.g. "Figure 3". */
  label: string
  /** Lettered panels the caption names, empty when it names none. */
  panels: readonly FigurePanel[]
  /** The caption word for word, without its label. */
  caption: string
  /** The part of the case whose page shows the figure. */
  part: CasePartId
  /** Image, or null where the source has none (a placeholder is shown). */
  image: FigureImage | null
  /** Alternative text describing what the figure shows, from its caption. */
  alt: string
}
