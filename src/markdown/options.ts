import { Fragment } from 'react'
import type { MarkdownToJSX } from 'markdown-to-jsx/react'
import { MarkdownLink } from './markdown-link'

/** The one overrides map every page's markdown goes through. */
export const overrides: MarkdownToJSX.Overrides = {
  a: { component: MarkdownLink },
}

const shared = { disableParsingRawHTML: true, disableAutoLink: true, overrides } satisfies MarkdownToJSX.Options

/** Options for a paragraph-level block of prose. */
export const blockOptions = { ...shared, forceBlock: true, wrapper: Fragment } satisfies MarkdownToJSX.Options

/** Options for inline prose (a sentence, a caption). */
export const inlineOptions = { ...shared, forceInline: true, wrapper: Fragment } satisfies MarkdownToJSX.Options
