import { copyFile, rm } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { build, type Plugin, type ResolvedConfig } from 'vite'
import { viteSingleFile } from 'vite-plugin-singlefile'

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
          plugins: [react(), viteSingleFile()],
          build: { outDir: temporary, emptyOutDir: true },
        })
        await copyFile(join(temporary, 'index.html'), join(outDir, 'offline.html'))
        await rm(temporary, { recursive: true, force: true })
        config.logger.info('built the single-file edition: offline.html')
      },
    },
  }
}
