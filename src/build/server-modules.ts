// What the prerender step loads through Vite's module runner: the renderer and the route table.
export { renderPage } from '../entry-server'
export { addresses } from '../app/route-data'
