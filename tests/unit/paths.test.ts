import { describe, expect, it } from 'vitest'
import { canonicalPathname } from '../../src/lib/paths'

describe('canonicalPathname', () => {
  it.each([
    ['/case/labs', '/', '/case/labs'],
    ['/case/labs/', '/', '/case/labs'],
    ['/case/labs//', '/', '/case/labs'],
    ['/case/labs/index.html', '/', '/case/labs'],
    ['/', '/', '/'],
    ['/index.html', '/', '/'],
    ['/teaching/toh/', '/teaching/toh/', '/teaching/toh/'],
    ['/teaching/toh/index.html', '/teaching/toh/', '/teaching/toh/'],
    ['/teaching/toh/case/', '/teaching/toh/', '/teaching/toh/case'],
  ])('%s under %s is %s', (pathname, base, expected) => {
    expect(canonicalPathname(pathname, base)).toBe(expected)
  })
})
