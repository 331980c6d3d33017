import { readFile, rm, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { build, type Plugin, type ResolvedConfig } from 'vite'
import { viteSingleFile } from 'vite-plugin-singlefile'
import { articleHead } from './article-head.ts'
import { compiledPagesModule } from './compiled-pages-module.ts'
import { searchIndexModule } from './search-index-module.ts'

/**
 * Make the inlined file valid HTML: control characters that bundled code holds inside string
 * literals become JavaScript escapes (the same string), and styles lose the `crossorigin` their
 * link elements had.
 */
export function conformHtml(html: string): string {
  return html
    .replace(
      // Matching control characters is the point here.
      // eslint-disable-next-line no-control-regex
      /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g,
      (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`,
    )
    .replace(/<style([^>]*?)\s+crossorigin(?:="[^"]*")?/g, '<style$1')
}

/**
 * After the client build, build the single-file edition (src/offline, hash routing, everything
 * inlined) and place it at dist/offline.html, to be opened straight from disk.
 */
export function offlineEdition(): Plugin {
  let config: ResolvedConfig
  return {
    name: 'offline-edition',
    apply: 'build',
    configResolved(resolved) {
      config = resolved
    },
    closeBundle: {
      order: 'pre',
      sequential: true,
      async handler() {
        const outDir = resolve(config.root, config.build.outDir)
        const temporary = join(outDir, '.offline-build')
        await build({
          configFile: false,
          mode: 'production',
          root: resolve(config.root, 'src/offline'),
          base: './',
          publicDir: false,
          logLevel: 'warn',
          plugins: [
            react(),
            articleHead({ csp: false }),
            compiledPagesModule(config.root),
            searchIndexModule(config.root),
            viteSingleFile(),
          ],
          build: { outDir: temporary, emptyOutDir: true },
        })
        const html = await readFile(join(temporary, 'index.html'), 'utf8')
        await writeFile(join(outDir, 'offline.html'), conformHtml(html))
        await rm(temporary, { recursive: true, force: true })
        config.logger.info('built the single-file edition: offline.html')
      },
    },
  }
}
