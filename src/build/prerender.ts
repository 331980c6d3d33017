import { createHash } from 'node:crypto'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { runnerImport, type Plugin, type ResolvedConfig } from 'vite'
import { pageTextFile } from '../lib/paths.ts'
import type * as ServerModules from './server-modules'

/**
 * Move what React hoisted to the front of the markup (title, meta) into the head of the page, and add
 * `extraHead` (the page's data links) at the end of the head.
 */
export function composePage(template: string, markup: string, extraHead = ''): string {
  const hoisted = /^(?:<title>[^<]*<\/title>|<meta [^>]*\/?>|<link [^>]*\/?>)*/.exec(markup)?.[0] ?? ''
  const body = markup.slice(hoisted.length)
  const head = hoisted ? template.replace(/<title>[^<]*<\/title>/, hoisted) : template
  return head.replace('</head>', `${extraHead}</head>`).replace('<div id="root"></div>', `<div id="root">${body}</div>`)
}

/** A link that fetches a data file early; the first (`id="edition-data"`) tells the app where its data is. */
export function dataLink(href: string, id?: string): string {
  return `<link rel="preload" href="${href}" as="fetch" crossorigin${id ? ` id="${id}"` : ''}>`
}

/** Write a file, making its folder first. */
async function writeOut(target: string, text: string): Promise<void> {
  await mkdir(dirname(target), { recursive: true })
  await writeFile(target, text)
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

/**
 * The project files content refers to by URL (figure images): every string of the report of the form
 * `<base>content/...` with an image extension, as a path from the project root.
 */
export function contentAssetPaths(value: unknown, base: string, found = new Set<string>()): Set<string> {
  if (typeof value === 'string') {
    if (value.startsWith(`${base}content/`) && /\.(svg|png|jpe?g|webp)$/.test(value))
      found.add(value.slice(base.length))
  } else if (Array.isArray(value)) for (const item of value) contentAssetPaths(item, base, found)
  else if (value && typeof value === 'object')
    for (const item of Object.values(value)) contentAssetPaths(item, base, found)
  return found
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
  // Figure files the content refers to, emitted as hashed assets: source path to reference, then file.
  const emitted = new Map<string, string>()
  const assets: Manifest = {}
  return {
    name: 'prerender',
    apply: 'build',
    configResolved(resolved) {
      config = resolved
    },
    async buildStart() {
      const { module } = await runnerImport<{ caseReport: unknown }>('./content/case-report.ts', {
        configFile: false,
        root: config.root,
        base: config.base,
        logLevel: 'error',
        build: { assetsInlineLimit: 0 },
      })
      for (const src of contentAssetPaths(module.caseReport, config.base)) {
        const source = await readFile(resolve(config.root, src))
        emitted.set(src, this.emitFile({ type: 'asset', name: src.split('/').pop(), originalFileName: src, source }))
      }
    },
    generateBundle() {
      for (const [src, ref] of emitted) assets[src] = { file: this.getFileName(ref) }
    },
    closeBundle: {
      order: 'pre',
      sequential: true,
      async handler() {
        const outDir = resolve(config.root, config.build.outDir)
        const template = await readFile(join(outDir, 'index.html'), 'utf8')
        const manifest = {
          ...(JSON.parse(await readFile(join(outDir, '.vite/manifest.json'), 'utf8')) as Manifest),
          ...assets,
        }
        // Same asset handling as the client build, so every figure renders as the file the client uses.
        const inline = {
          configFile: false as const,
          root: config.root,
          base: config.base,
          logLevel: 'error' as const,
          build: { assetsInlineLimit: 0 },
        }
        const { module } = await runnerImport<typeof ServerModules>('./src/build/server-modules.ts', inline)
        const pages = module.compiledPages(module.caseReport)
        const edition = module.editionAtHand(module.caseReport, pages)
        const base = config.base.replace(/\/$/, '')

        // The data the client fetches: the report and each page's compiled text, in a folder named by
        // their hash, so a reader's cache never mixes one build's data with another's pages.
        const reportJson = rewriteAssetUrls(JSON.stringify(module.caseReport), manifest, config.base)
        const pageJson = Object.entries(pages).map(([path, text]) => [path, JSON.stringify(text)] as const)
        const hash = createHash('sha256').update(reportJson)
        for (const [path, json] of pageJson) hash.update(path).update(json)
        const dataDir = `data/${hash.digest('hex').slice(0, 12)}/`
        await writeOut(join(outDir, dataDir, 'report.json'), reportJson)
        for (const [path, json] of pageJson) await writeOut(join(outDir, dataDir, pageTextFile(path)), json)
        const reportLink = dataLink(`${config.base}${dataDir}report.json`, 'edition-data')

        const pageFiles: [string, string, string][] = [
          ...module.addresses.map(
            (a) =>
              [
                pageFile(a.path),
                base + a.path,
                reportLink + dataLink(`${config.base}${dataDir}${pageTextFile(a.path)}`),
              ] as [string, string, string],
          ),
          ['404.html', `${base}/404`, reportLink],
        ]
        for (const [file, url, links] of pageFiles) {
          const markup = rewriteAssetUrls(module.renderPage(url, config.base, edition), manifest, config.base)
          await writeOut(join(outDir, file), composePage(template, markup, links))
        }
        config.logger.info(`prerendered ${pageFiles.length} pages and their data in ${dataDir}`)
      },
    },
  }
}
