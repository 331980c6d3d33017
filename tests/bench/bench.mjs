// npm run bench: build, serve the static build (gzip, as a host would), run Lighthouse 12 (mobile,
// simulated throttling) on every page, print a table, and check the budgets. Exits 1 when one fails.
import { execFileSync } from 'node:child_process'
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, relative } from 'node:path'
import { gzipSync } from 'node:zlib'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'

const root = new URL('../..', import.meta.url).pathname
const dist = join(root, 'dist')
const budgets = { performance: 98, accessibility: 100, bestPractices: 100, seo: 100, lcpMs: 1500, cls: 0, jsKb: 100 }
// Optional arguments: parts of paths to bench (all pages when none).
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'))

if (!process.argv.includes('--no-build'))
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  })

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.json': 'application/json',
}
const fileFor = (url) => {
  const path = decodeURIComponent(new URL(url, 'http://x').pathname)
  for (const candidate of [path, `${path}/index.html`, `${path}.html`]) {
    const file = join(dist, candidate)
    try {
      if (statSync(file).isFile()) return file
    } catch {}
  }
  return null
}
const server = createServer((req, res) => {
  const file = fileFor(req.url) ?? join(dist, '404.html')
  const type = types[extname(file)] ?? 'application/octet-stream'
  let body = readFileSync(file)
  const headers = {
    'content-type': type,
    'cache-control': file.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
  }
  if (/text|javascript|svg|json/.test(type) && /gzip/.test(req.headers['accept-encoding'] ?? '')) {
    body = gzipSync(body)
    headers['content-encoding'] = 'gzip'
  }
  res.writeHead(fileFor(req.url) ? 200 : 404, headers)
  res.end(body)
})
await new Promise((done) => server.listen(0, '127.0.0.1', done))
const origin = `http://127.0.0.1:${server.address().port}`

const pages = readdirSync(dist, { recursive: true })
  .filter((f) => f.endsWith('index.html'))
  .map((f) => `/${f.replace(/index\.html$/, '')}`.replace(/\/$/, '') || '/')
  .filter((p) => only.length === 0 || only.some((a) => p === a))
  .sort()

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
})
const rows = []
for (const path of pages) {
  const { lhr } = await lighthouse(`${origin}${path}`, {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
  })
  const requests = lhr.audits['network-requests']?.details?.items ?? []
  const scripts = requests.filter((r) => r.resourceType === 'Script' && r.url.startsWith(origin))
  const jsGz = scripts.reduce((sum, r) => sum + gzipSync(readFileSync(fileFor(r.url))).length, 0)
  const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100)
  rows.push({
    page: path,
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcpMs: Math.round(lhr.audits['largest-contentful-paint'].numericValue),
    tbtMs: Math.round(lhr.audits['total-blocking-time'].numericValue),
    cls: Number(lhr.audits['cumulative-layout-shift'].numericValue.toFixed(3)),
    transferKb: Math.round(requests.reduce((s, r) => s + (r.transferSize ?? 0), 0) / 1024),
    jsKb: Math.round(jsGz / 1024),
  })
  process.stdout.write('.')
}
await chrome.kill()
server.close()

const failures = rows
  .flatMap((r) => [
    r.performance < budgets.performance && `${r.page}: performance ${r.performance} < ${budgets.performance}`,
    r.accessibility < budgets.accessibility && `${r.page}: accessibility ${r.accessibility} < ${budgets.accessibility}`,
    r.bestPractices < budgets.bestPractices &&
      `${r.page}: best practices ${r.bestPractices} < ${budgets.bestPractices}`,
    r.seo < budgets.seo && `${r.page}: SEO ${r.seo} < ${budgets.seo}`,
    r.lcpMs > budgets.lcpMs && `${r.page}: LCP ${r.lcpMs} ms > ${budgets.lcpMs} ms`,
    r.cls > budgets.cls && `${r.page}: CLS ${r.cls} > ${budgets.cls}`,
    r.jsKb > budgets.jsKb && `${r.page}: JavaScript ${r.jsKb} KB gzipped > ${budgets.jsKb} KB`,
  ])
  .filter(Boolean)

console.log('\n')
const columns = [
  'page',
  'performance',
  'accessibility',
  'bestPractices',
  'seo',
  'lcpMs',
  'tbtMs',
  'cls',
  'transferKb',
  'jsKb',
]
console.log(`| ${columns.join(' | ')} |\n|${columns.map(() => ' --- ').join('|')}|`)
for (const r of rows) console.log(`| ${columns.map((c) => r[c]).join(' | ')} |`)
console.log(
  `\nBudgets: performance >= ${budgets.performance}; accessibility, best practices, SEO = 100; LCP <= ${budgets.lcpMs} ms; CLS = 0; JavaScript on the first view <= ${budgets.jsKb} KB gzipped.`,
)
console.log(
  failures.length
    ? `\n${failures.length} over budget:\n${failures.join('\n')}`
    : '\nEvery page is within every budget.',
)
process.exit(failures.length ? 1 : 0)
