import type { Figure } from '../model/figure'

/** One place of the figure viewer: a whole figure or one of its panels. */
export interface FigureStop {
  /** URL slug: "3" for the figure, "3b" for a panel. */
  slug: string
  /** The figure. */
  figure: Figure
  /** Id of the panel shown alone, or null for the whole figure. */
  panelId: string | null
}

/** Every stop of the figure viewer in order: each figure, then each of its panels. */
export function figureSequence(figures: readonly Figure[]): FigureStop[] {
  return figures.flatMap((figure) => [
    { slug: String(figure.number), figure, panelId: null },
    ...figure.panels.map((p) => ({ slug: `${figure.number}${p.letter}`, figure, panelId: p.id })),
  ])
}

/** The stop a slug names, or null for a slug that names no figure or panel. */
export function findFigureStop(figures: readonly Figure[], slug: string): FigureStop | null {
  return figureSequence(figures).find((stop) => stop.slug === slug) ?? null
}

/** The stops before and after a slug, in viewer order. */
export function adjacentStops(
  figures: readonly Figure[],
  slug: string,
): { previous: FigureStop | null; next: FigureStop | null } {
  const sequence = figureSequence(figures)
  const i = sequence.findIndex((s) => s.slug === slug)
  return { previous: i > 0 ? sequence[i - 1] : null, next: i >= 0 ? (sequence[i + 1] ?? null) : null }
}
