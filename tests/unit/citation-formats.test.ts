import { describe, expect, it } from 'vitest'
import { meta } from '../../content/article'
import { bibtex, formattedCitation, highwireTags, jsonLd, ris } from '../../src/lib/citation-formats'

describe('citation formats', () => {
  it('gives the journal’s own citation with the DOI', () => {
    expect(formattedCitation(meta)).toBe(
      'Choudhary MM, Ramesh J, Gupta S. Transient osteoporosis of hip. J Orthop Allied Sci 2015;3:44-7. doi:10.4103/2319-2585.155929',
    )
  })
  it('writes BibTeX', () => {
    expect(bibtex(meta)).toBe(`@article{choudhary2015,
  author = {Choudhary, Mahesh M. and Ramesh, Jayasree and Gupta, Shefali},
  title = {Transient osteoporosis of hip},
  journal = {Journal of Orthopaedics and Allied Sciences},
  year = {2015},
  volume = {3},
  number = {1},
  pages = {44--47},
  doi = {10.4103/2319-2585.155929},
  issn = {2319-2585},
  publisher = {Wolters Kluwer - Medknow},
}
`)
  })
  it('writes RIS with CRLF line ends', () => {
    const lines = ris(meta).split('\r\n')
    expect(lines.slice(0, 5)).toEqual([
      'TY  - JOUR',
      'AU  - Choudhary, Mahesh M.',
      'AU  - Ramesh, Jayasree',
      'AU  - Gupta, Shefali',
      'TI  - Transient osteoporosis of hip',
    ])
    expect(lines).toContain('SP  - 44')
    expect(lines).toContain('EP  - 47')
    expect(lines).toContain('DO  - 10.4103/2319-2585.155929')
    expect(lines).toContain('PB  - Wolters Kluwer - Medknow')
    expect(lines.at(-2)).toBe('ER  - ')
  })
  it('gives the Highwire tags Zotero reads', () => {
    const tags = highwireTags(meta)
    expect(tags.filter(([n]) => n === 'citation_author').map(([, v]) => v)).toEqual([
      'Mahesh M. Choudhary',
      'Jayasree Ramesh',
      'Shefali Gupta',
    ])
    expect(Object.fromEntries(tags.filter(([n]) => n !== 'citation_author'))).toMatchObject({
      citation_title: 'Transient osteoporosis of hip',
      citation_journal_title: 'Journal of Orthopaedics and Allied Sciences',
      citation_publication_date: '2015',
      citation_volume: '3',
      citation_issue: '1',
      citation_firstpage: '44',
      citation_lastpage: '47',
      citation_doi: '10.4103/2319-2585.155929',
      citation_publisher: 'Wolters Kluwer - Medknow',
    })
  })
  it('describes the article in schema.org terms', () => {
    expect(jsonLd(meta)).toMatchObject({
      '@type': 'MedicalScholarlyArticle',
      publicationType: 'Case Reports',
      about: { '@type': 'MedicalCondition', name: 'Transient osteoporosis of the hip' },
      isPartOf: { isPartOf: { isPartOf: { publisher: { name: 'Wolters Kluwer - Medknow' } } } },
    })
  })
})
