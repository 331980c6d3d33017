/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react'
import { defineConfig, runnerImport, type Plugin } from 'vite'
import type { contentErrors } from './src/app/content-check'

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

export default defineConfig({
  base: process.env.BASE_PATH ?? '/',
  plugins: [react(), contentCheck()],
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.tsx'],
    setupFiles: ['tests/setup.ts'],
    // CI also writes a JSON report, from which .ci/run totals every suite.
    reporters: process.env.CI ? ['default', ['json', { outputFile: 'test-results/unit.json' }]] : ['default'],
  },
})
