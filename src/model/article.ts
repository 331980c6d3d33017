/** A person named as an author of the article. */
export interface Author {
  /** Full name as printed in the byline. */
  name: string
  /** Name in citation form (surname and initials), as the journal's citation gives it. */
  citationName: string
}

/** The licence under which the article, and so this edition, is published. */
export interface Licence {
  /** Short name, e.g. "CC BY-NC-SA 4.0". */
  name: string
  /** Full title of the licence. */
  title: string
  /** Canonical URL of the licence deed. */
  url: string
}

/** Bibliographic record of the article. */
export interface ArticleMeta {
  /** Title exactly as published. */
  title: string
  /** The condition the case is about, for metadata. */
  condition: string
  /** Authors in byline order. */
  authors: readonly Author[]
  /** Affiliation as printed under the byline. */
  affiliation: string
  /** Correspondence block as printed, one printed line per entry. */
  correspondence: {
    /** Label printed before the address. */
    label: string
    /** Printed lines of the address, in order. */
    lines: readonly string[]
    /** E-mail address of the corresponding author. */
    email: string
    /** Label printed before the e-mail address. */
    emailLabel: string
  }
  /** Journal name in full. */
  journal: string
  /** Journal name as abbreviated in citations. */
  journalAbbreviation: string
  /** Journal ISSN. */
  issn: string
  /** Article type as the journal classifies it. */
  articleType: string
  /** Year of publication. */
  year: number
  /** Volume number. */
  volume: number
  /** Issue number. */
  issue: number
  /** First page. */
  firstPage: number
  /** Last page. */
  lastPage: number
  /** Citation exactly as the journal gives it. */
  journalCitation: string
  /** Digital Object Identifier, without the resolver prefix. */
  doi: string
  /** The journal's own full-text page. */
  fullTextUrl: string
  /** Publisher when the article appeared, as recorded (the name reference managers are given). */
  publisher: string
  /** Where the journal's archive went later, as recorded, if it moved. */
  laterPublisher?: string
  /** Licence of the article. */
  licence: Licence
  /** Fields of the record that are not known, stated plainly. */
  notKnown: readonly string[]
}
