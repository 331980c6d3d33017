import { createHash } from 'node:crypto'
import { runnerImport, type HtmlTagDescriptor, type Plugin } from 'vite'
import { bootScript } from './boot-script.ts'
import type { highwireTags, jsonLd, meta } from './head-modules'

interface HeadModules {
  meta: typeof meta
  highwireTags: typeof highwireTags
  jsonLd: typeof jsonLd
}

/** JSON for a script element: "<" escaped so the text can never close the element. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c')
}

/** The SHA-256 CSP source of each inline script of a page (JSON data blocks are not scripts). */
export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)].map(
    (m) => `'sha256-${createHash('sha256').update(m[1]).digest('base64')}'`,
  )
}

/** The SHA-256 CSP source of each style element of a page (the single-file edition inlines its styles). */
export function inlineStyleHashes(html: string): string[] {
  // Scripts are taken out first: their code may hold "<style" in a string (the slide writer does).
  const outsideScripts = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
  return [...outsideScripts.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map(
    (m) => `'sha256-${createHash('sha256').update(m[1]).digest('base64')}'`,
  )
}

/**
 * A strict Content-Security-Policy for the hosted build: nothing from other origins, no unhashed
 * script (and, for a page that inlines its styles, no unhashed style).
 */
export function contentSecurityPolicy(scriptHashes: readonly string[], styleHashes: readonly string[] = []): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${scriptHashes.join(' ')}`.trim(),
    `style-src 'self' ${styleHashes.join(' ')}`.trim(),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ')
}

/**
 * Puts the article's citation metadata into every page's head (Highwire `citation_*` tags for Zotero
 * and Google Scholar, Open Graph, schema.org JSON-LD), the boot script that applies theme and presenter
 * mode before the first paint, and, for a production build, a strict CSP.
 */
export function articleHead({ csp }: { csp: boolean }): Plugin {
  return {
    name: 'article-head',
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        const { module } = await runnerImport<HeadModules>('./src/build/head-modules.ts', {
          configFile: false,
          logLevel: 'error',
        })
        const tags: HtmlTagDescriptor[] = [
          ...module.highwireTags(module.meta).map(([name, content]) => ({
            tag: 'meta',
            attrs: { name, content },
            injectTo: 'head' as const,
          })),
          { tag: 'meta', attrs: { property: 'og:type', content: 'article' }, injectTo: 'head' },
          { tag: 'meta', attrs: { property: 'og:site_name', content: module.meta.title }, injectTo: 'head' },
          {
            tag: 'script',
            attrs: { type: 'application/ld+json' },
            children: scriptJson(module.jsonLd(module.meta)),
            injectTo: 'head',
          },
        ]
        const boot: HtmlTagDescriptor = { tag: 'script', children: bootScript, injectTo: 'head' }
        const policy: HtmlTagDescriptor = {
          tag: 'meta',
          attrs: {
            'http-equiv': 'Content-Security-Policy',
            content: contentSecurityPolicy(inlineScriptHashes(`${html}<script>${bootScript}</script>`)),
          },
          injectTo: 'head-prepend',
        }
        return csp ? [policy, boot, ...tags] : [boot, ...tags]
      },
    },
  }
}
