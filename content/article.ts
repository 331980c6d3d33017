import type { ArticleMeta } from '../src/model/article'

/** The bibliographic record (shared/source/METADATA.md and the source text's front matter). */
export const meta = {
  title: 'Transient osteoporosis of hip',
  condition: 'Transient osteoporosis of the hip',
  authors: [
    { name: 'Mahesh M. Choudhary', citationName: 'Choudhary MM' },
    { name: 'Jayasree Ramesh', citationName: 'Ramesh J' },
    { name: 'Shefali Gupta', citationName: 'Gupta S' },
  ],
  affiliation:
    'Department of Physical Medicine and Rehabilitation, All India Institute of Physical Medicine and Rehabilitation, Mumbai, Maharashtra, India',
  correspondence: {
    label: 'Address for correspondence:',
    lines: [
      'Dr. Mahesh M. Choudhary,',
      'A-5, Hyderabad Estate, Nepean Sea Road, Opp. Priyadarshani Park, Mumbai - 400 026, Maharashtra, India.',
    ],
    emailLabel: 'E-mail:',
    email: 'drmahichoudhary@gmail.com',
  },
  journal: 'Journal of Orthopaedics and Allied Sciences',
  journalAbbreviation: 'J Orthop Allied Sci',
  issn: '2319-2585',
  articleType: 'Case Report',
  year: 2015,
  volume: 3,
  issue: 1,
  firstPage: 44,
  lastPage: 47,
  journalCitation: 'Choudhary MM, Ramesh J, Gupta S. Transient osteoporosis of hip. J Orthop Allied Sci 2015;3:44-7.',
  doi: '10.4103/2319-2585.155929',
  fullTextUrl: 'https://www.joas.in/text.asp?2015/3/1/44/155929',
  publisher: 'Wolters Kluwer - Medknow',
  laterPublisher: 'Scientific Scholar',
  licence: {
    name: 'CC BY-NC-SA 4.0',
    title: 'Creative Commons Attribution-NonCommercial-ShareAlike 4.0 International',
    url: 'https://creativecommons.org/licenses/by-nc-sa/4.0/',
  },
  notKnown: ['Keywords', 'Received and accepted dates', 'PubMed IDs', 'The numbered reference list [1]-[13]'],
} satisfies ArticleMeta
