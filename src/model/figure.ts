import type { CasePartId } from './case'

/** An image for a figure or panel, when an edition has one. */
export interface FigureImage {
  /** URL of the image (as the bundler resolves it). */
  src: string
  /** Alternative text: what the image shows. */
  alt: string
  /** True when the image is a drawing made for this edition, not the patient's image. */
  schematic: boolean
}

/** A lettered panel of a figure. */
export interface FigurePanel {
  /** Stable id, e.g. "figure-3b". */
  id: string
  /** Panel letter as the caption names it. */
  letter: string
  /** What the panel shows, from the caption (e.g. "STIR coronal"). */
  shows: string
  /** The panel's image, or null where there is none (a placeholder is shown). */
  image: FigureImage | null
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
  /** Image of a figure without panels, or null (a figure with panels has images per panel). */
  image: FigureImage | null
  /** A longer description of what the images show, for readers who cannot see them. */
  description: string
}

/** Two or more panels set side by side so a change is seen at a glance. */
export interface Comparison {
  /** Stable slug id, the anchor of the comparison. */
  id: string
  /** Heading of the comparison. */
  heading: string
  /** The part of the case whose page shows it. */
  part: CasePartId
  /** The panels, in order, each with the label shown above it. */
  panels: readonly { panel: string; label: string }[]
  /** What to look for, in the captions' words. */
  note: string
}
