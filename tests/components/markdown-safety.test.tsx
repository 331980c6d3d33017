import { render } from '@testing-library/react'
import { MemoryRouter } from 'react-router-dom'
import { describe, expect, it } from 'vitest'
import { InlineProse, Prose } from '../../src/markdown/prose'

const attack = [
  'Text <script>alert(1)</script> and <img src=x onerror="alert(2)"> and',
  '<a href="#" onclick="alert(3)">click</a> and [link](javascript:alert(4)) and',
  '<iframe src="https://example.org"></iframe> <div onmouseover="alert(5)">hover</div>.',
].join(' ')

function renderBoth(markdown: string) {
  return render(
    <MemoryRouter>
      <Prose markdown={markdown} />
      <p>
        <InlineProse markdown={markdown} />
      </p>
    </MemoryRouter>,
  )
}

describe('content markdown cannot inject markup', () => {
  it('renders raw HTML as text: no script, image, iframe or event handler reaches the page', () => {
    const { container } = renderBoth(attack)
    expect(container.querySelectorAll('script, img, iframe, div')).toHaveLength(0)
    const withHandlers = [...container.querySelectorAll('*')].filter((el) =>
      [...el.attributes].some((a) => a.name.startsWith('on')),
    )
    expect(withHandlers).toEqual([])
    expect(container.textContent).toContain('<script>alert(1)</script>')
  })

  it('never emits a javascript: link', () => {
    const { container } = renderBoth(attack)
    const hrefs = [...container.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '')
    expect(hrefs.filter((h) => h.toLowerCase().startsWith('javascript:'))).toEqual([])
  })
})
