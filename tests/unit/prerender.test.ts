import { describe, expect, it } from 'vitest'
import { composePage, pageFile, rewriteAssetUrls } from '../../src/build/prerender'

describe('prerender helpers', () => {
  it('moves hoisted title and meta into the head and the rest into the root', () => {
    const template = '<head><title>Old</title></head><body><div id="root"></div></body>'
    expect(composePage(template, '<title>New</title><meta name="a" content="b"/><main>x</main>')).toBe(
      '<head><title>New</title><meta name="a" content="b"/></head><body><div id="root"><main>x</main></div></body>',
    )
  })
  it('writes each route to its own index.html', () => {
    expect(pageFile('/')).toBe('index.html')
    expect(pageFile('/case/labs')).toBe('case/labs/index.html')
  })
  it('points content images at their built files, under the base path', () => {
    const manifest = {
      'content/figures/figure-1a.svg': { file: 'assets/figure-1a-abc.svg', src: 'content/figures/figure-1a.svg' },
      'src/main.tsx': { file: 'assets/index-x.js', src: 'src/main.tsx' },
    }
    expect(rewriteAssetUrls('<img src="/toh/content/figures/figure-1a.svg">', manifest, '/toh/')).toBe(
      '<img src="/toh/assets/figure-1a-abc.svg">',
    )
  })
})

describe('single-file edition', () => {
  it('escapes control characters and drops crossorigin from inlined styles', async () => {
    const { conformHtml } = await import('../../src/build/offline-edition')
    expect(conformHtml('<style crossorigin>a{}</style><script>x=`\u001e${y}`</script>')).toBe(
      '<style>a{}</style><script>x=`\\x1e${y}`</script>',
    )
  })
})
