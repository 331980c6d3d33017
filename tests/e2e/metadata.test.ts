import { describe, expect, it } from 'vitest'
import { caseReport } from '../../content/case-report'
import { addresses } from '../helpers/addresses'
import { openPage } from './browser'
import { siteUnderTest } from './site'

const site = siteUnderTest()

describe('citation metadata and security headers in every prerendered page', () => {
  it('each page has its own title and description, Highwire citation tags, Open Graph, JSON-LD and a strict CSP', async () => {
    // As a crawler or Zotero reads the page: the HTML as served, no script run.
    const { page, close } = await openPage(site.browser, site.origin, { javaScriptEnabled: false })
    const titles = new Set<string>()
    for (const { path, label } of addresses) {
      await page.goto(site.server.url + path.slice(1))
      const head = await page.evaluate(() => {
        const meta = (name: string) =>
          [...document.querySelectorAll(`meta[name="${name}"], meta[property="${name}"]`)].map((m) =>
            m.getAttribute('content'),
          )
        return {
          title: document.title,
          description: meta('description'),
          authors: meta('citation_author'),
          citation: Object.fromEntries(
            [
              'citation_title',
              'citation_journal_title',
              'citation_publication_date',
              'citation_volume',
              'citation_issue',
              'citation_firstpage',
              'citation_lastpage',
              'citation_doi',
            ].map((n) => [n, meta(n)[0]]),
          ),
          og: meta('og:title')[0],
          jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) =>
            JSON.parse(s.textContent ?? ''),
          ),
          csp: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '',
        }
      })
      expect(head.title, path).toContain(label)
      titles.add(head.title)
      expect(head.description, path).toHaveLength(1)
      expect(head.authors).toEqual(caseReport.meta.authors.map((a) => a.name))
      expect(head.citation).toEqual({
        citation_title: caseReport.meta.title,
        citation_journal_title: caseReport.meta.journal,
        citation_publication_date: '2015',
        citation_volume: '3',
        citation_issue: '1',
        citation_firstpage: '44',
        citation_lastpage: '47',
        citation_doi: caseReport.meta.doi,
      })
      expect(head.og).toBe(head.title)
      expect(head.jsonLd).toHaveLength(1)
      expect(head.jsonLd[0]).toMatchObject({ '@type': 'MedicalScholarlyArticle', publicationType: 'Case Reports' })
      expect(head.csp).toContain("default-src 'self'")
      expect(head.csp).not.toContain('unsafe-inline')
      expect(head.csp).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+'/)
    }
    expect(titles.size).toBe(addresses.length)
    await close()
  })

  it('"Cite this article" offers the citation, BibTeX and RIS', async () => {
    const { page, close } = await openPage(site.browser, site.origin)
    await page.goto(site.server.url, { waitUntil: 'networkidle' })
    const bib = await page.getByRole('link', { name: 'Download BibTeX' }).getAttribute('href')
    expect(decodeURIComponent(bib!.split(',').slice(1).join(','))).toContain('doi = {10.4103/2319-2585.155929}')
    const ris = await page.getByRole('link', { name: 'Download RIS' }).getAttribute('href')
    expect(decodeURIComponent(ris!.split(',').slice(1).join(','))).toContain('TY  - JOUR')
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
    await page.getByRole('button', { name: 'Copy citation' }).click()
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe(`${caseReport.meta.journalCitation} doi:${caseReport.meta.doi}`)
    await close()
  })
})
