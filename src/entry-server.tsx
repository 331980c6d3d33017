import { StrictMode } from 'react'
import { renderToString } from 'react-dom/server'
import { StaticRouter } from 'react-router-dom'
import { App } from './app/app'
import type { Edition } from './components/edition'

/** Render the app at a URL (base path included) to HTML, for prerendering; sections must be loaded first. */
export function renderPage(url: string, basename: string, edition: Edition): string {
  return renderToString(
    <StrictMode>
      <StaticRouter location={url} basename={basename}>
        <App edition={edition} />
      </StaticRouter>
    </StrictMode>,
  )
}
