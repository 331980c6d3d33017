import { describe, expect, it } from 'vitest'
import { chunksOf, composePage, deferApp, entryChunks, pageFile, rewriteAssetUrls } from '../../src/build/prerender'

describe('prerender helpers', () => {
  it('moves hoisted title and meta into the head and the rest into the root', () => {
    const template = '<head><title>Old</title></head><body><div id="root"></div></body>'
    expect(composePage(template, '<title>New</title><meta name="a" content="b"/><main>x</main>')).toBe(
      '<head><title>New</title><meta name="a" content="b"/></head><body><div id="root"><main>x</main></div></body>',
    )
  })
  it('gives the root its data attributes, escaped', () => {
    const template = '<body><div id="root"></div></body>'
    expect(composePage(template, '<main>x</main>', { app: '/a.js', page: '/p"&.json', preload: undefined })).toBe(
      '<body><div id="root" data-app="/a.js" data-page="/p&quot;&amp;.json"><main>x</main></div></body>',
    )
  })
  it('takes the entry script and its module preloads out of the page, for the boot script to start', () => {
    const template = [
      '<head>',
      '    <script type="module" crossorigin src="/toh/assets/index-x.js"></script>',
      '    <link rel="modulepreload" crossorigin href="/toh/assets/runtime-y.js">',
      '    <link rel="stylesheet" crossorigin href="/toh/assets/index-z.css">',
      '</head>',
    ].join('\n')
    expect(deferApp(template)).toEqual({
      html: '<head>\n    <link rel="stylesheet" crossorigin href="/toh/assets/index-z.css">\n</head>',
      app: '/toh/assets/index-x.js',
      preload: '/toh/assets/runtime-y.js',
    })
    expect(deferApp('<head></head>')).toEqual({ html: '<head></head>' })
  })
  it('lists the chunks a section needs beyond those the entry loads', () => {
    const manifest = {
      'src/main.tsx': { file: 'assets/index.js', isEntry: true, imports: ['_runtime.js'] },
      '_runtime.js': { file: 'assets/runtime.js' },
      '_shared.js': { file: 'assets/shared.js', imports: ['src/main.tsx'] },
      'src/sections/a.tsx': { file: 'assets/a.js', imports: ['src/main.tsx', '_shared.js', '_runtime.js'] },
    }
    expect(chunksOf(manifest, 'src/sections/a.tsx')).toEqual(['assets/a.js', 'assets/shared.js'])
    expect(chunksOf(manifest, 'src/sections/missing.tsx')).toEqual([])
  })
  it('lists the chunks the entry imports, directly or through another chunk, but not the entry itself', () => {
    const manifest = {
      'index.html': { file: 'assets/index.js', isEntry: true, imports: ['_react.js'] },
      '_react.js': { file: 'assets/react.js', imports: ['_runtime.js'] },
      '_runtime.js': { file: 'assets/runtime.js' },
      'node_modules/react-dom/client.js': { file: 'assets/client.js', imports: ['_react.js'] },
    }
    expect(entryChunks(manifest)).toEqual(['assets/react.js', 'assets/runtime.js'])
    expect(chunksOf(manifest, 'node_modules/react-dom/client.js')).toEqual(['assets/client.js'])
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
