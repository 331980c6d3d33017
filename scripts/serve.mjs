// `npm start`: serve the production build the way the generated host configurations do, from the
// policy the build wrote (dist/hosting/policy.json): its headers, the not-found page with status 404,
// compression. Usage: node scripts/serve.mjs [dir] [--host 127.0.0.1] [--port 4173]
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import compression from 'compression'
import sirv from 'sirv'
import { runnerImport } from 'vite'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { host: { type: 'string', default: '127.0.0.1' }, port: { type: 'string', default: '4173' } },
})
const dir = resolve(positionals[0] ?? 'dist')
const policy = JSON.parse(readFileSync(join(dir, 'hosting/policy.json'), 'utf8'))
const { module: rules } = await runnerImport(join(import.meta.dirname, '../src/build/http-policy.ts'), {
  configFile: false,
  logLevel: 'error',
})
const notFoundPage = readFileSync(join(dir, policy.notFound))
const files = sirv(dir, { etag: true, extensions: ['html'] })
const compress = compression()

const setAll = (res, headers) => Object.entries(headers).forEach(([name, value]) => res.setHeader(name, value))

function notFound(res) {
  for (const name of res.getHeaderNames()) if (name !== 'vary') res.removeHeader(name)
  setAll(res, rules.headersFor(policy, policy.notFound))
  res.statusCode = 404
  res.end(notFoundPage)
}

const server = createServer((req, res) => {
  compress(req, res, () => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost')
    if (!pathname.startsWith(policy.base)) return notFound(res)
    const path = pathname.slice(policy.base.length)
    if (rules.isHidden(policy, path)) return notFound(res)
    // sirv names the content type of the file it finds; the policy gives everything else.
    const { 'Content-Type': _type, ...headers } = rules.headersFor(policy, path)
    setAll(res, headers)
    req.url = `/${req.url.slice(policy.base.length)}`
    files(req, res, () => notFound(res))
  })
})
server.listen(Number(values.port), values.host, () => {
  const { port } = server.address()
  console.log(`Serving ${dir} at http://${values.host}:${port}${policy.base}`)
})
