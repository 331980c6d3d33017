// npm run bench: build, serve the static build (gzip, as a host would), run Lighthouse 12 (mobile,
// simulated throttling) on every page several times, and judge each page by its medians.
//
//   npm run bench                     every page, 3 runs each
//   npm run bench -- --runs 5 /case   the pages named, 5 runs each
//   npm run bench -- --no-build       bench dist/ as it is
//
// Prints a table (median, and the spread min-max over the runs) and exits 1 when a page's median
// misses a budget. Run it on an idle machine: it measures the main thread of this one.
import { execFileSync } from 'node:child_process'
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { cpus, loadavg, totalmem } from 'node:os'
import { extname, join } from 'node:path'
import { gzipSync } from 'node:zlib'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { chromium } from 'playwright-core'

const root = new URL('../..', import.meta.url).pathname
const dist = join(root, 'dist')
/** KB here is 1024 bytes, gzipped at zlib's default level. */
const budgets = {
  performance: 100,
  categories: 100,
  tbtMs: 0,
  longTasks: 0,
  lcpMs: 1200,
  cls: 0,
  jsKb: 97,
  navigationMs: 100,
}

const args = process.argv.slice(2)
const runsAt = args.indexOf('--runs')
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 3
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number of runs, 1 or more')
const only = args.filter((a, i) => !a.startsWith('--') && i !== runsAt + 1)

if (!args.includes('--no-build'))
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
const gzipped = new Map()
const gzipOf = (file) => {
  if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(file)))
  return gzipped.get(file)
}
const server = createServer((req, res) => {
  const file = fileFor(req.url) ?? join(dist, '404.html')
  const type = types[extname(file)] ?? 'application/octet-stream'
  const headers = {
    'content-type': type,
    'cache-control': file.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
  }
  let body = readFileSync(file)
  if (/text|javascript|svg|json/.test(type) && /gzip/.test(req.headers['accept-encoding'] ?? '')) {
    body = gzipOf(file)
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
  .filter((p) => only.length === 0 || only.includes(p))
  .sort()
if (pages.length === 0) throw new Error(`no page of dist/ matches ${only.join(' ')}`)

const busy = loadavg()[0]
const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GB`
console.log(`${pages.length} pages × ${runs} runs on ${machine}; load average ${busy.toFixed(2)}`)
if (busy > 0.5) console.log('The machine is busy: timings will be slower and noisier than on an idle one.')

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

/** One Lighthouse run of one page. The categories other than performance do not vary: once per page. */
async function measure(path, withCategories) {
  const { lhr } = await lighthouse(`${origin}${path}`, {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: withCategories ? ['performance', 'accessibility', 'best-practices', 'seo'] : ['performance'],
    // Screenshots and the back/forward-cache check (a second navigation) add time, not measurements.
    skipAudits: ['bf-cache', 'full-page-screenshot', 'screenshot-thumbnails', 'final-screenshot'],
    disableFullPageScreenshot: true,
  })
  const audit = (id) => lhr.audits[id]
  const score = (id) => (lhr.categories[id] ? Math.round(lhr.categories[id].score * 100) : undefined)
  const requests = audit('network-requests')?.details?.items ?? []
  const scripts = requests.filter((r) => r.resourceType === 'Script' && r.url.startsWith(origin))
  // Every main-thread task of 50 ms or more, from navigation until the page is idle (simulated timings).
  const longTasks = (audit('long-tasks')?.details?.items ?? []).map((t) => t.duration)
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    fcpMs: Math.round(audit('first-contentful-paint').numericValue),
    lcpMs: Math.round(audit('largest-contentful-paint').numericValue),
    tbtMs: Math.round(audit('total-blocking-time').numericValue),
    cls: Number(audit('cumulative-layout-shift').numericValue.toFixed(3)),
    longTasks: longTasks.length,
    longestTaskMs: Math.round(Math.max(0, ...longTasks)),
    jsKb: scripts.reduce((sum, r) => sum + gzipOf(fileFor(r.url)).length, 0) / 1024,
  }
}

const results = new Map(pages.map((p) => [p, []]))
// Round by round, so that a passing disturbance of the machine touches one run of many pages rather
// than every run of one.
for (let round = 0; round < runs; round++) {
  for (const path of pages) {
    results.get(path).push(await measure(path, round === 0))
    process.stdout.write('.')
  }
  process.stdout.write(` round ${round + 1} of ${runs}\n`)
}
await chrome.kill()

/**
 * Client-side navigation with the data cached: in one tab, go round every page twice (so each page's
 * text and code have been fetched once), then time each move, from following the link (or, for a page
 * no link on the previous one names, the router's own history event) until the new page's title and
 * text are in place. Returns each page's times, one a round.
 */
async function navigationTimes() {
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium' })
  const page = await browser.newPage({ viewport: { width: 412, height: 823 } })
  await page.goto(`${origin}/`, { waitUntil: 'networkidle' })
  await page.waitForFunction(() =>
    Object.keys(document.getElementById('root') ?? {}).some((k) => k.startsWith('__react')),
  )
  const go = (path) =>
    page.evaluate(async (path) => {
      const title = document.title
      const link = [...document.querySelectorAll('a')].find((a) => a.getAttribute('href') === path)
      const start = performance.now()
      if (link) link.click()
      else {
        history.pushState({ usr: null, key: `bench${start}`, idx: (history.state?.idx ?? 0) + 1 }, '', path)
        dispatchEvent(new PopStateEvent('popstate', { state: history.state }))
      }
      await new Promise((done, fail) => {
        const give = setTimeout(() => fail(new Error(`${path} did not render within 5 s`)), 5000)
        const check = () => {
          const shown = location.pathname === path && document.title !== title && document.querySelector('main h1')
          if (shown) (clearTimeout(give), done())
          else requestAnimationFrame(check)
        }
        check()
      })
      return performance.now() - start
    }, path)
  const order = pages.filter((p) => p !== '/').concat('/')
  const times = new Map(order.map((p) => [p, []]))
  for (let round = -2; round < runs; round++)
    for (const path of order) {
      const ms = await go(path)
      if (round >= 0) times.get(path).push(ms)
    }
  await browser.close()
  return times
}
const navigation = pages.length > 1 ? await navigationTimes() : new Map()
server.close()

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}
const summary = pages.map((page) => {
  const all = results.get(page)
  const of = (key) => all.map((r) => r[key]).filter((v) => v !== undefined)
  const row = { page, spread: {} }
  for (const key of Object.keys(all[0])) {
    const values = of(key)
    row[key] = median(values)
    row.spread[key] = [Math.min(...values), Math.max(...values)]
  }
  const moves = navigation.get(page)?.map(Math.round)
  row.navigationMs = moves ? median(moves) : undefined
  row.spread.navigationMs = moves ? [Math.min(...moves), Math.max(...moves)] : [undefined, undefined]
  return row
})

const failures = summary
  .flatMap((r) => [
    r.performance < budgets.performance && `${r.page}: performance ${r.performance} < ${budgets.performance}`,
    ...['accessibility', 'bestPractices', 'seo'].map(
      (c) => r[c] < budgets.categories && `${r.page}: ${c} ${r[c]} < ${budgets.categories}`,
    ),
    r.tbtMs > budgets.tbtMs && `${r.page}: total blocking time ${r.tbtMs} ms > ${budgets.tbtMs} ms`,
    r.longTasks > budgets.longTasks &&
      `${r.page}: ${r.longTasks} main-thread task(s) of 50 ms or more (the longest ${r.longestTaskMs} ms)`,
    r.lcpMs > budgets.lcpMs && `${r.page}: LCP ${r.lcpMs} ms > ${budgets.lcpMs} ms`,
    r.cls > budgets.cls && `${r.page}: CLS ${r.cls} > ${budgets.cls}`,
    r.jsKb > budgets.jsKb && `${r.page}: JavaScript ${r.jsKb.toFixed(1)} KB gzipped > ${budgets.jsKb} KB`,
    r.navigationMs > budgets.navigationMs &&
      `${r.page}: reached from another page in ${r.navigationMs} ms > ${budgets.navigationMs} ms`,
  ])
  .filter(Boolean)

const spread = (r, key) => (r.spread[key][0] === r.spread[key][1] ? '' : ` (${r.spread[key].join('–')})`)
const columns = [
  ['page', (r) => r.page],
  ['perf', (r) => `${r.performance}${spread(r, 'performance')}`],
  ['a11y/BP/SEO', (r) => `${r.accessibility}/${r.bestPractices}/${r.seo}`],
  ['FCP ms', (r) => `${r.fcpMs}${spread(r, 'fcpMs')}`],
  ['LCP ms', (r) => `${r.lcpMs}${spread(r, 'lcpMs')}`],
  ['TBT ms', (r) => `${r.tbtMs}${spread(r, 'tbtMs')}`],
  ['longest task ms', (r) => `${r.longestTaskMs}${spread(r, 'longestTaskMs')}`],
  ['CLS', (r) => `${r.cls}${spread(r, 'cls')}`],
  ['JS KB', (r) => r.jsKb.toFixed(1)],
  ['nav ms', (r) => (r.navigationMs === undefined ? '' : `${r.navigationMs}${spread(r, 'navigationMs')}`)],
]
console.log(`\n| ${columns.map(([c]) => c).join(' | ')} |\n|${columns.map(() => ' --- ').join('|')}|`)
for (const r of summary) console.log(`| ${columns.map(([, cell]) => cell(r)).join(' | ')} |`)
const worst = (key) => Math.max(...summary.map((r) => r[key]))
console.log(
  `\nMedians of ${runs} runs (spread in brackets). Worst page: LCP ${worst('lcpMs')} ms, TBT ${worst('tbtMs')} ms, ` +
    `longest task ${worst('longestTaskMs')} ms (0: none of 50 ms or more), JavaScript ${worst('jsKb').toFixed(1)} KB, ` +
    `client-side navigation ${Math.max(0, ...summary.map((r) => r.navigationMs ?? 0))} ms.`,
)
console.log(
  `Budgets: performance ${budgets.performance}; accessibility, best practices, SEO ${budgets.categories}; TBT ${budgets.tbtMs} ms; ` +
    `no main-thread task of 50 ms or more; LCP <= ${budgets.lcpMs} ms; CLS ${budgets.cls}; ` +
    `JavaScript on the first view <= ${budgets.jsKb} KB gzipped (1 KB = 1024 bytes); ` +
    `client-side navigation to each page, data cached, <= ${budgets.navigationMs} ms.`,
)
console.log(
  failures.length
    ? `\n${failures.length} over budget:\n${failures.join('\n')}`
    : '\nEvery page is within every budget.',
)
process.exit(failures.length ? 1 : 0)
