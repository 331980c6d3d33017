import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import type { TestProject } from 'vitest/node'

const root = resolve(__dirname, '../..')

/** The base path the second build is made for, as a teacher's site might host it. */
export const basePath = '/teaching/toh/'

declare module 'vitest' {
  export interface ProvidedContext {
    dist: string
    distBase: string
  }
}

function build(outDir: string, base?: string) {
  execFileSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
    // Vitest sets NODE_ENV=test, which would give a development build of React.
    env: { ...process.env, NODE_ENV: 'production', ...(base ? { BASE_PATH: base } : {}) },
  })
}

/** The browser tests need Debian's Chromium, pdftotext, nginx and Caddy; as root on a new machine, install them. */
function ensureTools() {
  const missing =
    !existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium') ||
    !existsSync('/usr/bin/pdftotext') ||
    !existsSync('/usr/sbin/nginx') ||
    !existsSync('/usr/bin/caddy')
  if (!missing) return
  if (process.getuid?.() !== 0)
    throw new Error('Browser tests need Debian packages: apt-get install -y chromium poppler-utils nginx caddy')
  execFileSync('bash', ['-c', 'apt-get update -qq && apt-get install -y -qq chromium poppler-utils nginx caddy'], {
    stdio: 'inherit',
  })
}

/** Build the site twice, at the root and under a base path, before any browser test runs. */
export default function setup(project: TestProject) {
  ensureTools()
  const dist = resolve(root, 'dist')
  const distBase = resolve(root, 'test-results/dist-base')
  build(dist)
  build(distBase, basePath)
  project.provide('dist', dist)
  project.provide('distBase', distBase)
}
