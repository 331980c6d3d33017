import { StrictMode } from 'react'
import { BrowserRouter } from 'react-router-dom'
import type { Edition } from '../components/edition'
import { App } from './app'

/** The hosted app: the routes of the table over one edition, under the site's base path. */
export function appElement(edition: Edition, basename: string) {
  return (
    <StrictMode>
      <BrowserRouter basename={basename}>
        <App edition={edition} />
      </BrowserRouter>
    </StrictMode>
  )
}
