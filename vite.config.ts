/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react'
import { defineConfig, runnerImport, type Plugin } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import type { contentErrors } from './src/app/content-check'
import { articleHead } from './src/build/article-head.ts'
import { compiledPagesModule } from './src/build/compiled-pages-module.ts'
import { hosting } from './src/build/hosting.ts'
import { offlineEdition } from './src/build/offline-edition.ts'
import { prerender } from './src/build/prerender.ts'
import { searchIndexModule } from './src/build/search-index-module.ts'

/** Fails the build (and warns in dev) on content whose references or ids do not resolve. */
function contentCheck(): Plugin {
  return {
    name: 'content-check',
    async buildStart() {
      const { module } = await runnerImport<{ contentErrors: typeof contentErrors }>('./src/app/content-check.ts')
      const errors = module.contentErrors()
      if (errors.length) this.error(`content does not resolve:\n${errors.join('\n')}`)
    },
  }
}

// Precache keys of prerendered pages are their clean URLs (`case/labs`), which is what readers open.
const cleanPageUrls = (entries: { url: string; revision: string | null; size: number }[]) => ({
  manifest: entries.map((e) =>
    e.url.endsWith('/index.html') ? { ...e, url: e.url.slice(0, -'/index.html'.length) } : e,
  ),
  warnings: [],
})

const reactRouterProduction = `${import.meta.dirname}/node_modules/react-router/dist/production`

export default defineConfig(({ command }) => ({
  base: process.env.BASE_PATH ?? '/',
  // React Router's package points every import at its development build; a production build takes its
  // production build, which is smaller.
  resolve:
    command === 'build'
      ? {
          alias: [
            { find: /^react-router$/, replacement: `${reactRouterProduction}/index.mjs` },
            { find: /^react-router\/dom$/, replacement: `${reactRouterProduction}/dom-export.mjs` },
          ],
        }
      : {},
  // The published site's address: links, QR codes and slides made in the single-file edition point there.
  define: { 'import.meta.env.SITE_URL': JSON.stringify(process.env.SITE_URL ?? '') },
  // Figures stay files (cached by the service worker) rather than data URLs inside the JavaScript.
  build: {
    assetsInlineLimit: 0,
    manifest: true,
    // No preload helper in every page's JavaScript: each prerendered page names the chunks it starts
    // with (src/build/prerender.ts), and the service worker holds the rest once a page has loaded.
    modulePreload: false,
    rolldownOptions: {
      output: {
        // The small pieces the reading pages share (sentence, figure, note, source links...) travel as
        // one file rather than a dozen, each of which would cost a request and its own compression.
        codeSplitting: {
          includeDependenciesRecursively: false,
          // Teaching mode's own pieces and the link makers (menu, QR, slide download) stay out of it: no reading page needs them at first.
          groups: [
            // The pieces only the pages of the case and the article need (whole paragraphs, parts loaded on
            // demand, their notes and references): slides and figures go without them.
            {
              name: 'reading-case',
              test: /[\\/]src[\\/](components|lib)[\\/](case-narrative|on-demand|part-view|traced-list|comparison-view|byline|licence-note|references-note)\./,
              minShareCount: 2,
              priority: 2,
            },
            {
              name: 'reading',
              test: /[\\/]src[\\/](components|lib|markdown)[\\/](?!(slides|reveal|revealed|make-deck|download-deck|share-url|use-share-url|here-links|teaching-prefs|present|note-targets|screens)\.)/,
              minShareCount: 2,
              priority: 1,
            },
            // What slide mode and the teaching pages share, as one file.
            {
              name: 'teaching',
              test: /[\\/]src[\\/](lib[\\/](slides|reveal)|components[\\/]revealed)\./,
              minShareCount: 2,
            },
          ],
        },
      },
    },
  },
  plugins: [
    react(),
    contentCheck(),
    compiledPagesModule(import.meta.dirname),
    searchIndexModule(import.meta.dirname),
    articleHead({ csp: command === 'build' }),
    prerender(),
    offlineEdition(),
    VitePWA({
      // Our own worker (src/sw.ts), so that a page asked for as /x/ or /x/index.html is the page /x.
      strategies: 'injectManifest',
      srcDir: 'src',
      filename: 'sw.ts',
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'Transient osteoporosis of hip: case report',
        short_name: 'TOH case',
        description: 'Web edition of the case report Transient osteoporosis of hip (J Orthop Allied Sci 2015;3:44-7).',
        theme_color: '#1d4e89',
        background_color: '#fdfdfb',
        display: 'standalone',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      injectManifest: {
        // The single-file edition too: its link works offline.
        globPatterns: ['**/*.{js,css,html,svg,png,json,webmanifest}'],
        globIgnores: ['.offline-build/**', '.vite/**', 'hosting/**'],
        manifestTransforms: [cleanPageUrls],
      },
    }),
    hosting(),
  ],
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.tsx'],
    setupFiles: ['tests/setup.ts'],
    // CI also writes a JSON report, from which .ci/run totals every suite.
    reporters: process.env.CI ? ['default', ['json', { outputFile: 'test-results/unit.json' }]] : ['default'],
  },
}))
