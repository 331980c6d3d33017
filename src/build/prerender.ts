import { createHash } from 'node:crypto'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { runnerImport, type Plugin, type ResolvedConfig } from 'vite'
import { pageTextFile, searchIndexFile } from '../lib/paths.ts'
import type * as ServerModules from './server-modules'

/** What the root element of a prerendered page tells the boot script and the app. */
export interface RootData {
  /** The app's entry script. */
  app?: string
  /** Modules the entry imports, fetched alongside it. */
  preload?: string
  /** The report's data file. */
  edition?: string
  /** The page's compiled text. */
  page?: string
}

const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')

/**
 * Take the app's entry script and its module preloads out of the page: the boot script starts them
 * after the first paint (src/build/boot-script.ts), so on a slow connection the prerendered text
 * does not wait behind the JavaScript. Returns the page without them, and what it took.
 */
export function deferApp(template: string): { html: string; app?: string; preload?: string } {
  const entry = /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/.exec(template)
  if (!entry) return { html: template }
  const preloads: string[] = []
  const html = template
    .replace(entry[0], '')
    .replace(/\s*<link rel="modulepreload" crossorigin href="([^"]+)">/g, (_, href: string) => {
      preloads.push(href)
      return ''
    })
  return { html, app: entry[1], preload: preloads.join(' ') || undefined }
}

/**
 * Move what React hoisted to the front of the markup (title, meta) into the head of the page, put
 * the markup in the root, and give the root its data attributes.
 */
export function composePage(template: string, markup: string, root: RootData = {}): string {
  const hoisted = /^(?:<title>[^<]*<\/title>|<meta [^>]*\/?>|<link [^>]*\/?>)*/.exec(markup)?.[0] ?? ''
  const body = markup.slice(hoisted.length)
  const head = hoisted ? template.replace(/<title>[^<]*<\/title>/, hoisted) : template
  const attributes = Object.entries(root)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => ` data-${name}="${attribute(String(value))}"`)
    .join('')
  return head.replace('<div id="root"></div>', `<div id="root"${attributes}>${body}</div>`)
}

/** Write a file, making its folder first. */
async function writeOut(target: string, text: string): Promise<void> {
  await mkdir(dirname(target), { recursive: true })
  await writeFile(target, text)
}

/** Vite's build manifest: source file (or shared chunk) to built file and the chunks it imports. */
type Manifest = Record<string, { file: string; src?: string; isEntry?: boolean; imports?: string[] }>

/**
 * The chunks a lazily loaded module needs, beyond what the app's entry already loads: its own and
 * those it imports, as files of the build.
 */
export function chunksOf(manifest: Manifest, source: string): string[] {
  const loadedByEntry = importedFrom(manifest, entryKeys(manifest))
  return [...importedFrom(manifest, [source])].filter((key) => !loadedByEntry.has(key)).map((key) => manifest[key].file)
}

const entryKeys = (manifest: Manifest) => Object.keys(manifest).filter((key) => manifest[key].isEntry)

/** The manifest keys of the given chunks and of every chunk they import, directly or not. */
function importedFrom(manifest: Manifest, keys: string[]): Set<string> {
  const found = new Set<string>()
  const collect = (key: string) => {
    if (found.has(key) || !manifest[key]) return
    found.add(key)
    for (const imported of manifest[key].imports ?? []) collect(imported)
  }
  for (const key of keys) collect(key)
  return found
}

/** The chunks the app's entry imports, directly or not, as files of the build (the entry's own file aside). */
export function entryChunks(manifest: Manifest): string[] {
  return [...importedFrom(manifest, entryKeys(manifest))]
    .filter((key) => !manifest[key].isEntry)
    .map((key) => manifest[key].file)
}

/**
 * Modules the entry imports lazily as it starts (src/main.tsx: React DOM, evaluated in a task of its
 * own), fetched with it on every page.
 */
export const startupModules = ['node_modules/react-dom/client.js']

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
        const searchIndex = module.buildSearchIndex(module.caseReport)
        const atHand = module.editionAtHand(module.caseReport, pages, () => Promise.resolve(searchIndex))
        const base = config.base.replace(/\/$/, '')

        // The data the client fetches: the report, each page's compiled text and the search index, in a folder named by
        // their hash, so a reader's cache never mixes one build's data with another's pages.
        const reportJson = rewriteAssetUrls(JSON.stringify(module.caseReport), manifest, config.base)
        const pageJson = Object.entries(pages).map(([path, text]) => [path, JSON.stringify(text)] as const)
        const searchJson = JSON.stringify(searchIndex)
        const hash = createHash('sha256').update(reportJson).update(searchJson)
        for (const [path, json] of pageJson) hash.update(path).update(json)
        const dataDir = `data/${hash.digest('hex').slice(0, 12)}/`
        await writeOut(join(outDir, dataDir, 'report.json'), reportJson)
        for (const [path, json] of pageJson) await writeOut(join(outDir, dataDir, pageTextFile(path)), json)
        await writeOut(join(outDir, dataDir, searchIndexFile), searchJson)
        const { html: page, ...app } = deferApp(template)
        const missing = startupModules.filter((source) => !manifest[source])
        if (missing.length) this.error(`prerender: the build has no chunk for ${missing.join(', ')} (src/main.tsx)`)
        // Vite adds no module preloads (build.modulePreload is off): the pages name what the entry needs.
        const startup = [
          ...(app.preload?.split(' ') ?? []),
          ...[...entryChunks(manifest), ...startupModules.flatMap((source) => chunksOf(manifest, source))].map(
            (file) => config.base + file,
          ),
        ]
        app.preload = [...new Set(startup)].join(' ')
        const edition = `${config.base}${dataDir}report.json`

        const pageFiles: [string, string, RootData][] = [
          ...module.addresses.map((a) => {
            // The page's section and what it imports load with the entry, not after it.
            const section = `src/sections/${module.sections[a.route.view.kind].file.replace(/^\.\//, '')}`
            const preload = [app.preload, ...chunksOf(manifest, section).map((file) => config.base + file)]
            return [
              pageFile(a.path),
              base + a.path,
              {
                ...app,
                preload: preload.filter(Boolean).join(' '),
                edition,
                page: `${config.base}${dataDir}${pageTextFile(a.path)}`,
              },
            ] as [string, string, RootData]
          }),
          ['404.html', `${base}/404`, { ...app, edition }],
        ]
        for (const [file, url, root] of pageFiles) {
          const markup = rewriteAssetUrls(module.renderPage(url, config.base, atHand), manifest, config.base)
          await writeOut(join(outDir, file), composePage(page, markup, root))
        }
        config.logger.info(`prerendered ${pageFiles.length} pages and their data in ${dataDir}`)
      },
    },
  }
}
