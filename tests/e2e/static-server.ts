import { existsSync, readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { join } from 'node:path'
import sirv from 'sirv'

/** A running static server. */
export interface StaticServer {
  /** Origin and base path, e.g. http://127.0.0.1:41234/teaching/toh/ */
  url: string
  /** Serve another directory from now on (a new deployment). */
  swap: (dir: string) => void
  close: () => Promise<void>
}

/**
 * Serve a built site the way a plain static host does: files only, no rewrite rules, and 404.html
 * with status 404 for anything else. The directory can be swapped to play a new deployment.
 */
export async function serveStatic(dir: string, base = '/'): Promise<StaticServer> {
  let handler = sirv(dir, { dev: true, extensions: ['html'] })
  let root = dir
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/'
    const notFound = () => {
      const page = join(root, '404.html')
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' })
      res.end(existsSync(page) ? readFileSync(page) : 'not found')
    }
    if (!url.startsWith(base)) return notFound()
    req.url = `/${url.slice(base.length)}`
    handler(req, res, notFound)
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    url: `http://127.0.0.1:${port}${base}`,
    swap: (next) => {
      root = next
      handler = sirv(next, { dev: true, extensions: ['html'] })
    },
    // Open keep-alive connections (a browser that went offline keeps its sockets) must not hold it up.
    close: () =>
      new Promise((done) => {
        server.close(() => done())
        server.closeAllConnections()
      }),
  }
}
