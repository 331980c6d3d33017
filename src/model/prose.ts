/**
 * A block of prose in markdown. Inline references use link syntax with a scheme:
 * `[[1-6]](cite:1-6)` a citation, `[[Figure 1a and b]](fig:figure-1a,figure-1b)` a figure reference,
 * `[TOH](abbr:TOH)` an abbreviation.
 */
export type Markdown = string

/** A section of the article that is prose only (abstract, introduction, discussion). */
export interface ProseSection {
  /** Stable id of the section, also its heading id. */
  id: string
  /** Heading shown in this edition. */
  heading: string
  /** Heading as printed in the source text, to find the section there. */
  sourceHeading: string
  /** Path of the markdown file the prose comes from, for error messages. */
  file: string
  /** The prose, paragraphs separated by blank lines. */
  markdown: Markdown
}
