import type { ArticleMeta } from '../model/article'

/** Surname and given names of a byline name: "Mahesh M. Choudhary" gives ["Choudhary", "Mahesh M."]. */
function split(name: string): [string, string] {
  const parts = name.trim().split(/\s+/)
  return [parts.at(-1) ?? name, parts.slice(0, -1).join(' ')]
}

/** The citation as the journal gives it. */
export function formattedCitation(meta: ArticleMeta): string {
  return `${meta.journalCitation} doi:${meta.doi}`
}

/** A BibTeX entry for the article. */
export function bibtex(meta: ArticleMeta): string {
  const key = `${split(meta.authors[0].name)[0].toLowerCase()}${meta.year}`
  const authors = meta.authors.map((a) => split(a.name).join(', ')).join(' and ')
  return [
    `@article{${key},`,
    `  author = {${authors}},`,
    `  title = {${meta.title}},`,
    `  journal = {${meta.journal}},`,
    `  year = {${meta.year}},`,
    `  volume = {${meta.volume}},`,
    `  number = {${meta.issue}},`,
    `  pages = {${meta.firstPage}--${meta.lastPage}},`,
    `  doi = {${meta.doi}},`,
    `  issn = {${meta.issn}},`,
    `  publisher = {${meta.publisher}},`,
    `}`,
    '',
  ].join('\n')
}

/** An RIS record for the article. */
export function ris(meta: ArticleMeta): string {
  return [
    'TY  - JOUR',
    ...meta.authors.map((a) => `AU  - ${split(a.name).join(', ')}`),
    `TI  - ${meta.title}`,
    `JO  - ${meta.journal}`,
    `J2  - ${meta.journalAbbreviation}`,
    `PY  - ${meta.year}`,
    `VL  - ${meta.volume}`,
    `IS  - ${meta.issue}`,
    `SP  - ${meta.firstPage}`,
    `EP  - ${meta.lastPage}`,
    `DO  - ${meta.doi}`,
    `SN  - ${meta.issn}`,
    `PB  - ${meta.publisher}`,
    `UR  - https://doi.org/${meta.doi}`,
    'ER  - ',
    '',
  ].join('\r\n')
}

/** Highwire Press `citation_*` meta tags, as Zotero and Google Scholar read them, in order. */
export function highwireTags(meta: ArticleMeta): [string, string][] {
  return [
    ['citation_title', meta.title],
    ...meta.authors.map((a): [string, string] => ['citation_author', a.name]),
    ['citation_journal_title', meta.journal],
    ['citation_journal_abbrev', meta.journalAbbreviation],
    ['citation_issn', meta.issn],
    ['citation_publisher', meta.publisher],
    ['citation_publication_date', String(meta.year)],
    ['citation_volume', String(meta.volume)],
    ['citation_issue', String(meta.issue)],
    ['citation_firstpage', String(meta.firstPage)],
    ['citation_lastpage', String(meta.lastPage)],
    ['citation_doi', meta.doi],
    ['citation_language', 'en'],
  ]
}

/** schema.org JSON-LD for the article. */
export function jsonLd(meta: ArticleMeta): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalScholarlyArticle',
    headline: meta.title,
    name: meta.title,
    publicationType: 'Case Reports',
    about: { '@type': 'MedicalCondition', name: meta.condition },
    author: meta.authors.map((a) => ({ '@type': 'Person', name: a.name, affiliation: meta.affiliation })),
    datePublished: String(meta.year),
    isPartOf: {
      '@type': 'PublicationIssue',
      issueNumber: String(meta.issue),
      isPartOf: {
        '@type': 'PublicationVolume',
        volumeNumber: String(meta.volume),
        isPartOf: {
          '@type': 'Periodical',
          name: meta.journal,
          issn: meta.issn,
          publisher: { '@type': 'Organization', name: meta.publisher },
        },
      },
    },
    pageStart: String(meta.firstPage),
    pageEnd: String(meta.lastPage),
    identifier: { '@type': 'PropertyValue', propertyID: 'DOI', value: meta.doi },
    sameAs: `https://doi.org/${meta.doi}`,
    license: meta.licence.url,
  }
}
