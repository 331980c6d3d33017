import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises'
import { dirname, join, relative, resolve } from 'node:path'
import type { Plugin, ResolvedConfig } from 'vite'
import { contentSecurityPolicy, inlineScriptHashes, inlineStyleHashes } from './article-head.ts'
import { headersFile, redirectsFile } from './host-configs.ts'
import { resolvePolicy, type HttpPolicy } from './http-policy.ts'
import { caddyfile, nginxConfig } from './server-configs.ts'

/** Every file under a folder, as paths from it with forward slashes. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'))
    .sort()
}

/** The pages' policy as the build put it in their meta element; fails if a page differs from it. */
export function pagePolicy(html: string): string {
  const policy = contentSecurityPolicy(inlineScriptHashes(html))
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1].replace(/&#39;/g, "'")
  if (meta !== policy)
    throw new Error(`the page's meta Content-Security-Policy is not the build's:\n${meta}\n${policy}`)
  return policy
}

/** Where the build writes each host's configuration, from the output folder. */
export const hostingFiles = {
  headers: '_headers',
  redirects: '_redirects',
  nginx: 'hosting/nginx.conf',
  caddy: 'hosting/Caddyfile',
  policy: 'hosting/policy.json',
} as const

/**
 * After the build (pages prerendered, single-file edition and service worker written), fill the
 * site's HTTP policy with the pages' Content-Security-Policy (their meta policy, plus
 * `frame-ancestors 'none'`, which only a header can carry) and the single-file edition's, and write
 * it for each host: `_headers` and `_redirects` (Netlify, Cloudflare Pages), an nginx include, a
 * Caddyfile, and the policy itself for `npm start`.
 */
export function hosting(): Plugin {
  let config: ResolvedConfig
  return {
    name: 'hosting',
    apply: 'build',
    configResolved(resolved) {
      config = resolved
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      async handler() {
        const outDir = resolve(config.root, config.build.outDir)
        const page = await readFile(join(outDir, 'index.html'), 'utf8')
        const offline = await readFile(join(outDir, 'offline.html'), 'utf8')
        const policy: HttpPolicy = resolvePolicy({
          base: config.base,
          pageCsp: `${pagePolicy(page)}; frame-ancestors 'none'`,
          offlineCsp: `${contentSecurityPolicy(inlineScriptHashes(offline), inlineStyleHashes(offline))}; frame-ancestors 'none'`,
        })
        const files = await filesUnder(outDir)
        const written: [string, string][] = [
          [hostingFiles.headers, headersFile(policy, files)],
          [hostingFiles.redirects, redirectsFile(policy)],
          [hostingFiles.nginx, nginxConfig(policy)],
          [hostingFiles.caddy, caddyfile(policy)],
          [hostingFiles.policy, `${JSON.stringify(policy, null, 2)}\n`],
        ]
        for (const [file, text] of written) {
          await mkdir(dirname(join(outDir, file)), { recursive: true })
          await writeFile(join(outDir, file), text)
        }
        config.logger.info(`wrote the HTTP policy for hosts: ${written.map(([file]) => file).join(', ')}`)
      },
    },
  }
}
