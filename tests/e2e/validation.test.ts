import { execFileSync } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, relative } from 'node:path'
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate'
import { describe, expect, inject, it } from 'vitest'

const require = createRequire(import.meta.url)

/** Every HTML file of the build: the prerendered pages, 404.html and the single-file edition. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return name.startsWith('.') ? [] : htmlFiles(path)
    return name.endsWith('.html') ? [path] : []
  })
}

describe('valid HTML', () => {
  it('html-validate (standard preset) reports no error on any page', async () => {
    const dist = inject('dist')
    const files = htmlFiles(dist)
    expect(files.length).toBeGreaterThan(40)
    const validator = new HtmlValidate(new FileSystemConfigLoader({ extends: ['html-validate:standard'] }))
    const errors: string[] = []
    for (const file of files) {
      const report = await validator.validateFile(file)
      for (const result of report.results)
        for (const m of result.messages)
          errors.push(`${relative(dist, file)}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`)
    }
    expect(errors).toEqual([])
  })

  it('the Nu HTML checker (vnu) reports no error on any page', () => {
    const dist = inject('dist')
    const jar = require.resolve('vnu-jar/build/dist/vnu.jar')
    let output = ''
    try {
      execFileSync('java', ['-jar', jar, '--errors-only', '--format', 'text', ...htmlFiles(dist)], {
        encoding: 'utf8',
        stdio: 'pipe',
      })
    } catch (error) {
      output = String((error as { stderr?: string }).stderr ?? error)
    }
    expect(output.split('\n').filter(Boolean)).toEqual([])
  })
})
