import { render } from '@testing-library/react'
import { MemoryRouter } from 'react-router-dom'
import { caseReport } from '../../content/case-report'
import { App } from '../../src/app/app'
import { editionAtHand } from '../../src/components/edition'
import { compiledPages } from '../../src/build/compiled-pages'
import { buildSearchIndex } from '../../src/lib/search-index'
import { settled } from '../../src/lib/settled'

/** The edition as the build makes it: the report and every page's text compiled with markdown-to-jsx. */
export const testEdition = editionAtHand(caseReport, compiledPages(caseReport), () =>
  settled(buildSearchIndex(caseReport)),
)

/** Render the whole app at a path, as a reader opening that URL would see it (sections loaded in setup). */
export function renderAt(path: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <App edition={testEdition} />
    </MemoryRouter>,
  )
}

/** The visible text of an element with white space collapsed. */
export function textOf(element: Element): string {
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim()
}
