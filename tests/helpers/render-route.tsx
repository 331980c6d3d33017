import { render } from '@testing-library/react'
import { MemoryRouter } from 'react-router-dom'
import { App } from '../../src/app/app'

/** Render the whole app at a path, as a reader opening that URL would see it. */
export function renderAt(path: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <App />
    </MemoryRouter>,
  )
}

/** The visible text of an element with white space collapsed. */
export function textOf(element: Element): string {
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim()
}
