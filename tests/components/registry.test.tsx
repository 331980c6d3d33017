import { describe, expect, it } from 'vitest'
import { routes } from '../../src/lib/routes'
import { sections } from '../../src/sections/registry'

const sectionModules = import.meta.glob('../../src/sections/*.tsx')

describe('the section registry', () => {
  it.each(Object.entries(sections))('%s names the module it loads (which the prerender preloads)', async (_, entry) => {
    const key = `../../src/sections/${entry.file.replace(/^\.\//, '')}`
    expect(Object.keys(sectionModules)).toContain(key)
    expect(await entry.load()).toBe(await sectionModules[key]())
  })

  it('has a section for every kind of view the route table uses', () => {
    for (const route of routes) expect(Object.keys(sections)).toContain(route.view.kind)
  })
})
