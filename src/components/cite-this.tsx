import { useState } from 'react'
import type { ArticleMeta } from '../model/article'
import { bibtex, formattedCitation, ris } from '../lib/citation-formats'

const dataUrl = (type: string, text: string) => `data:${type};charset=utf-8,${encodeURIComponent(text)}`

/** "Cite this article": the citation to copy, and BibTeX and RIS files for reference managers. */
export function CiteThis({ meta }: { meta: ArticleMeta }) {
  const [status, setStatus] = useState('')
  const citation = formattedCitation(meta)
  const file = `${meta.authors[0].citationName.split(' ')[0].toLowerCase()}-${meta.year}`
  return (
    <div className="cite-this">
      <p className="citation-text">{citation}</p>
      <p className="cite-actions">
        <button
          type="button"
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(citation)
              setStatus('Citation copied')
            } catch {
              setStatus('Copying is not allowed here: select the citation above and copy it')
            }
          }}
        >
          Copy citation
        </button>
        <a href={dataUrl('application/x-bibtex', bibtex(meta))} download={`${file}.bib`}>
          Download BibTeX
        </a>
        <a href={dataUrl('application/x-research-info-systems', ris(meta))} download={`${file}.ris`}>
          Download RIS
        </a>
        <span role="status">{status}</span>
      </p>
    </div>
  )
}
