import Markdown from 'markdown-to-jsx/react'
import { blockOptions, inlineOptions } from './options'

/** Block markdown (paragraphs), raw HTML disabled. */
export function Prose({ markdown }: { markdown: string }) {
  return <Markdown options={blockOptions}>{markdown}</Markdown>
}

/** Inline markdown (a sentence or caption), raw HTML disabled. */
export function InlineProse({ markdown }: { markdown: string }) {
  return <Markdown options={inlineOptions}>{markdown}</Markdown>
}
