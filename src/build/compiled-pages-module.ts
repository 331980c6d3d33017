import { resolve } from 'node:path'
import { runnerImport, type Plugin } from 'vite'
import type * as ServerModules from './server-modules'

const id = 'virtual:compiled-pages'
const resolvedId = `\0${id}`

/**
 * `virtual:compiled-pages`: every page's text compiled at build time, for the editions that carry
 * their content inside the JavaScript (the single-file edition and the development server).
 */
export function compiledPagesModule(projectRoot: string): Plugin {
  return {
    name: 'compiled-pages',
    // On the development server, an edit to the content or to how it compiles recompiles the pages.
    configureServer(server) {
      const sources = [resolve(projectRoot, 'content'), resolve(projectRoot, 'src')]
      server.watcher.on('change', (file) => {
        if (!sources.some((dir) => file.startsWith(dir))) return
        const graph = server.environments.client.moduleGraph
        const module = graph.getModuleById(resolvedId)
        if (!module) return
        graph.invalidateModule(module)
        server.ws.send({ type: 'full-reload' })
      })
    },
    resolveId: (source) => (source === id ? resolvedId : undefined),
    async load(loading) {
      if (loading !== resolvedId) return
      const { module } = await runnerImport<typeof ServerModules>(resolve(projectRoot, 'src/build/server-modules.ts'), {
        configFile: false,
        root: projectRoot,
        logLevel: 'error',
      })
      const pages = JSON.stringify(module.compiledPages(module.caseReport))
      return `export default JSON.parse(${JSON.stringify(pages)})`
    },
  }
}
