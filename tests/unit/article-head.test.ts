import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { inlineScriptHashes, inlineStyleHashes } from '../../src/build/article-head'

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`

describe('inline hashes for the single-file edition’s policy', () => {
  it('hashes each style element, not "<style" written inside a script', () => {
    const html = '<script>const x = "<style>a{}</style>"</script><style rel="stylesheet">body{color:red}</style>'
    expect(inlineStyleHashes(html)).toEqual([hash('body{color:red}')])
  })
  it('hashes each inline script, not data blocks or scripts with a src', () => {
    const html =
      '<script src="/a.js"></script><script type="application/ld+json">{}</script><script type="module">go()</script>'
    expect(inlineScriptHashes(html)).toEqual([hash('go()')])
  })
})
