import { createElement, type ReactNode } from 'react'
import type { CompiledInline, CompiledNode } from '../model/compiled'
import { inlineTags, overrides } from './options'

/** Attributes kept from compiled elements; event handlers and styles can never arrive. */
const allowedProps = ['href', 'title'] as const

function renderNode(node: CompiledNode, index: number): ReactNode {
  if (typeof node === 'string') return node
  const [tag, props, ...children] = node
  if (!inlineTags.has(tag)) throw new Error(`compiled markdown holds <${tag}>, which content markdown may not make`)
  const kept: Record<string, string | number> = { key: index }
  for (const name of allowedProps) if (props?.[name] !== undefined) kept[name] = props[name]
  return createElement(overrides[tag]?.component ?? tag, kept, ...children.map(renderNode))
}

/** Render compiled inline markdown (a sentence or caption) through the overrides map. */
export function CompiledProse({ nodes }: { nodes: CompiledInline }) {
  return nodes.map(renderNode)
}
