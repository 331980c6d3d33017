import { chromium } from 'playwright-core'
import { createServer } from 'node:http'
import sirv from 'sirv'
const serve = sirv('dist', { single: '404.html', dev: true })
const server = createServer((q, r) => serve(q, r)).listen(4323)
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
const shots = [['/', 360], ['/case/labs', 360], ['/case/labs', 1280], ['/introduction', 1280]]
for (const [path, width] of shots) {
  const ctx = await browser.newContext({ viewport: { width, height: 800 }, serviceWorkers: 'block' })
  const page = await ctx.newPage()
  await page.goto('http://127.0.0.1:4323' + path, { waitUntil: 'networkidle' })
  await page.screenshot({ path: `/tmp/shots/${path.replace(/\W/g, '_')}-${width}.png` })
  await ctx.close()
}
// The load error, at phone width.
const ctx = await browser.newContext({ viewport: { width: 360, height: 800 }, serviceWorkers: 'block' })
const page = await ctx.newPage()
await page.goto('http://127.0.0.1:4323/case/labs', { waitUntil: 'networkidle' })
await page.route('**/pages/case/management.json', (r) => r.abort('internetdisconnected'))
await page.getByRole('link', { name: /^Next Management$/ }).click()
await page.waitForTimeout(800)
await page.screenshot({ path: '/tmp/shots/load-error-360.png', fullPage: true })
await browser.close(); server.close()
