import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { runnerImport, type Plugin, type ResolvedConfig } from 'vite'
import type { renderPage } from '../entry-server'
import type { addresses } from '../app/route-data'

interface ServerModules {
  renderPage: typeof renderPage
  addresses: typeof addresses
}

/** Move what React hoisted to the front of the markup (title, meta) into the head of the page. */
export function composePage(template: string, markup: string): string {
  const hoisted = /^(?:<title>[^<]*<\/title>|<meta [^>]*\/?>|<link [^>]*\/?>)*/.exec(markup)?.[0] ?? ''
  const body = markup.slice(hoisted.length)
  const head = hoisted ? template.replace(/<title>[^<]*<\/title>/, hoisted) : template
  return head.replace('<div id="root"></div>', `<div id="root">${body}</div>`)
}

/** Vite's build manifest: source file to built file. */
type Manifest = Record<string, { file: string; src?: string }>

/**
 * Assets imported by content (the figures) render with their source path when prerendering; point
 * them at the built, hashed files, which is what the client renders when it hydrates.
 */
export function rewriteAssetUrls(html: string, manifest: Manifest, base: string): string {
  return Object.entries(manifest).reduce(
    (out, [src, entry]) =>
      /\.(svg|png|jpe?g|webp)$/.test(src) ? out.split(`${base}${src}`).join(`${base}${entry.file}`) : out,
    html,
  )
}

/** Where a route's page is written: `/case/labs` to `case/labs/index.html`. */
export function pageFile(path: string): string {
  return path === '/' ? 'index.html' : `${path.replace(/^\//, '')}/index.html`
}

/**
 * After the client build, render every route of the table to its own HTML file (full text, readable
 * without JavaScript) and the not-found page to 404.html. Runs before the service worker is generated,
 * so the worker precaches these pages.
 */
export function prerender(): Plugin {
  let config: ResolvedConfig
  return {
    name: 'prerender',
    apply: 'build',
    configResolved(resolved) {
      config = resolved
    },
    closeBundle: {
      order: 'pre',
      sequential: true,
      async handler() {
        const outDir = resolve(config.root, config.build.outDir)
        const template = await readFile(join(outDir, 'index.html'), 'utf8')
        const manifest = JSON.parse(await readFile(join(outDir, '.vite/manifest.json'), 'utf8')) as Manifest
        // Same asset handling as the client build, so every figure renders as the file the client uses.
        const inline = {
          configFile: false as const,
          root: config.root,
          base: config.base,
          logLevel: 'error' as const,
          build: { assetsInlineLimit: 0 },
        }
        const { module } = await runnerImport<ServerModules>('./src/build/server-modules.ts', inline)
        const base = config.base.replace(/\/$/, '')
        const pages: [string, string][] = [
          ...module.addresses.map((a) => [pageFile(a.path), base + a.path] as [string, string]),
          ['404.html', `${base}/404`],
        ]
        for (const [file, url] of pages) {
          const target = join(outDir, file)
          await mkdir(dirname(target), { recursive: true })
          const markup = rewriteAssetUrls(module.renderPage(url, config.base), manifest, config.base)
          await writeFile(target, composePage(template, markup))
        }
        config.logger.info(`prerendered ${pages.length} pages`)
      },
    },
  }
}
