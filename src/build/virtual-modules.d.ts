/** Every page's compiled text by path, made at build time (see src/build/compiled-pages-module.ts). */
declare module 'virtual:compiled-pages' {
  import type { CompiledPageText } from '../model/compiled'
  const pages: Readonly<Record<string, CompiledPageText>>
  export default pages
}

/** The search index of the article, made at build time (see src/build/search-index-module.ts). */
declare module 'virtual:search-index' {
  import type { SearchIndexData } from '../lib/search-index'
  const index: SearchIndexData
  export default index
}
