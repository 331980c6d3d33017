import { resolve } from 'node:path'
import { runnerImport, type Plugin } from 'vite'
import type * as ServerModules from './server-modules'

const id = 'virtual:search-index'
const resolvedId = `\0${id}`

/**
 * `virtual:search-index`: the search index made at build time, for the editions that carry their
 * content inside the JavaScript (the single-file edition and the development server). The hosted
 * build fetches the same index as a data file (src/build/prerender.ts).
 */
export function searchIndexModule(projectRoot: string): Plugin {
  return {
    name: 'search-index',
    // On the development server, an edit to the content or to how it is indexed rebuilds the index.
    configureServer(server) {
      const sources = [resolve(projectRoot, 'content'), resolve(projectRoot, 'src')]
      server.watcher.on('change', (file) => {
        if (!sources.some((dir) => file.startsWith(dir))) return
        const module = server.environments.client.moduleGraph.getModuleById(resolvedId)
        if (module) server.environments.client.moduleGraph.invalidateModule(module)
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
      const index = JSON.stringify(module.buildSearchIndex(module.caseReport))
      return `export default JSON.parse(${JSON.stringify(index)})`
    },
  }
}
