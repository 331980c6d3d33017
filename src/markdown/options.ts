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
