import { render } from '@testing-library/react'
import { MemoryRouter } from 'react-router-dom'
import { describe, expect, it } from 'vitest'
import { caseReport } from '../../content/case-report'
import { EditionProvider, editionAtHand } from '../../src/components/edition'
import { compileInline } from '../../src/build/compile-markdown'
import { CompiledProse } from '../../src/markdown/compiled'
import type { CompiledInline } from '../../src/model/compiled'

const attack = [
  'Text <script>alert(1)</script> and <img src=x onerror="alert(2)"> and',
  '<a href="#" onclick="alert(3)">click</a> and',
  '<iframe src="https://example.org"></iframe> <div onmouseover="alert(5)">hover</div>.',
].join(' ')

function renderCompiled(nodes: CompiledInline) {
  return render(
    <MemoryRouter>
      <EditionProvider value={editionAtHand(caseReport, {}, () => Promise.reject(new Error('no search here')))}>
        <p>
          <CompiledProse nodes={nodes} />
        </p>
      </EditionProvider>
    </MemoryRouter>,
  )
}

describe('content markdown cannot inject markup', () => {
  it('compiles raw HTML to text: no script, image, iframe or event handler reaches the page', () => {
    const { container } = renderCompiled(compileInline(attack))
    expect(container.querySelectorAll('script, img, iframe, div')).toHaveLength(0)
    const withHandlers = [...container.querySelectorAll('*')].filter((el) =>
      [...el.attributes].some((a) => a.name.startsWith('on')),
    )
    expect(withHandlers).toEqual([])
    expect(container.textContent).toContain('<script>alert(1)</script>')
  })

  it('refuses, at build time, a javascript: link or a markdown image', () => {
    expect(() => compileInline('See [link](javascript:alert(4)).')).toThrow(/without a safe target/)
    expect(() => compileInline('See ![x](https://example.org/x.png).')).toThrow(/<img>/)
  })

  it('renders compiled text through the overrides map: a citation link becomes a citation', () => {
    const { container } = renderCompiled(compileInline('As reported [[1]](cite:1), *in brief*.'))
    expect(container.querySelector('em')?.textContent).toBe('in brief')
    expect(container.querySelector('a[href^="cite:"]')).toBeNull()
    expect(container.textContent).toContain('[1]')
  })

  it('refuses compiled data holding an element markdown cannot make, or attributes it does not keep', () => {
    expect(() => renderCompiled([['script', null, 'alert(1)']])).toThrow(/<script>/)
    const { container } = renderCompiled([['em', { onclick: 'alert(1)', style: 'color:red' }, 'x']])
    expect(container.querySelector('em')?.attributes).toHaveLength(0)
  })
})
