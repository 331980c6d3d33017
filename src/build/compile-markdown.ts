import { compiler } from 'markdown-to-jsx/react'
import { isValidElement, type ReactNode } from 'react'
import type { CompiledInline, CompiledNode } from '../model/compiled'
import { inlineTags, parseOptions } from '../markdown/options'

function toNodes(node: ReactNode): CompiledNode[] {
  if (node === null || node === undefined || typeof node === 'boolean') return []
  if (typeof node === 'string' || typeof node === 'number') return [String(node)]
  if (Array.isArray(node)) return node.flatMap(toNodes)
  if (isValidElement<Record<string, unknown>>(node) && typeof node.type === 'string') {
    if (!inlineTags.has(node.type))
      throw new Error(`markdown makes <${node.type}>, which content may not hold (inline text, links, emphasis)`)
    if (node.type === 'a' && typeof node.props.href !== 'string')
      throw new Error(`a link without a safe target: ${String(node.props.children)}`)
    const props: Record<string, string> = {}
    for (const [name, value] of Object.entries(node.props))
      if (name !== 'children' && typeof value === 'string') props[name] = value
    const children = mergeText(toNodes(node.props.children as ReactNode))
    return [[node.type, Object.keys(props).length ? props : null, ...children]]
  }
  throw new Error(`markdown-to-jsx made something that is not an element: ${String(node)}`)
}

/** Adjacent text nodes become one. */
function mergeText(nodes: CompiledNode[]): CompiledNode[] {
  return nodes.reduce<CompiledNode[]>((out, node) => {
    const last = out.length - 1
    if (typeof node === 'string' && typeof out[last] === 'string') out[last] = `${out[last]}${node}`
    else out.push(node)
    return out
  }, [])
}

/**
 * Compile inline markdown (a sentence or caption) with markdown-to-jsx, raw HTML disabled. Markdown
 * that makes an element content may not hold (an image, a link whose target was unsafe) is an error.
 */
export function compileInline(markdown: string): CompiledInline {
  return mergeText(toNodes(compiler(markdown, parseOptions)))
}
