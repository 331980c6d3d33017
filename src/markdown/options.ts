import type { ComponentType, ReactNode } from 'react'
import { MarkdownLink } from './markdown-link'

/** A component that stands in for an element markdown makes. */
export interface Override {
  component: ComponentType<{ href?: string; title?: string; children?: ReactNode }>
}

/** The one overrides map every page's markdown goes through. */
export const overrides: Readonly<Record<string, Override>> = {
  a: { component: MarkdownLink },
}

/**
 * How markdown-to-jsx reads content markdown (at build time): inline only, raw HTML disabled, no
 * automatic links. The overrides are applied when the compiled text renders.
 */
export const parseOptions = {
  disableParsingRawHTML: true,
  disableAutoLink: true,
  forceInline: true,
  wrapper: null,
} as const

/**
 * The elements content markdown may make (inline only): the compiler refuses anything else at build
 * time, and the renderer refuses it again if compiled data ever holds it.
 */
export const inlineTags: ReadonlySet<string> = new Set(['a', 'em', 'strong', 'del', 'code', 'br', 'mark'])
