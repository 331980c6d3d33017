import { Link } from 'react-router-dom'
import { Added } from '../components/added-note'
import { NoteMarks, NotePlace } from '../components/editor-note'
import { useCaseHome } from '../components/page-text'
import { LinkTools } from '../components/link-tools'
import { SourceLinks } from '../components/source-link'
import { paths } from '../lib/paths'
import { sentenceIndex } from '../lib/sentence-index'
import type { SectionProps } from './section-props'

/** Imaging summary: each study with view, timing, findings, significance and figure. */
export function ImagingSummary({ report }: SectionProps) {
  const { imaging } = report.case
  const index = sentenceIndex(report)
  const home = useCaseHome()
  const figurePath = (id: string) => {
    const figure = report.figures.find((f) => f.id === id || f.panels.some((p) => p.id === id))
    return { pathname: home ?? paths.part(figure?.part ?? 'imaging'), hash: `#${id}`, label: figure?.label ?? id }
  }
  return (
    <Added heading="Imaging studies" id="imaging-summary">
      <NotePlace place="imaging-summary" targets={imaging.map((s) => s.id)}>
        <div className="table-wrap" role="region" aria-labelledby="imaging-summary" tabIndex={0}>
          <table className="summary-table">
            <thead>
              <tr>
                <th scope="col">Study</th>
                <th scope="col">View or sequence</th>
                <th scope="col">When</th>
                <th scope="col">Findings</th>
                <th scope="col">Showed or ruled out</th>
                <th scope="col">Figure</th>
                <th scope="col">Source</th>
              </tr>
            </thead>
            <tbody>
              {imaging.map((study) => (
                <tr key={study.id} id={study.id}>
                  <th scope="row" data-label="Study">
                    {study.modality}
                  </th>
                  <td data-label="View or sequence">{study.view}</td>
                  <td data-label="When">{study.when}</td>
                  <td data-label="Findings">{study.findings}</td>
                  <td data-label="Showed or ruled out">{study.significance ?? '—'}</td>
                  <td data-label="Figure">
                    {study.figures.length
                      ? study.figures.map((id) => {
                          const { label, ...to } = figurePath(id)
                          return (
                            <Link key={id} to={to}>
                              {label}
                            </Link>
                          )
                        })
                      : '—'}
                  </td>
                  <td data-label="Source">
                    <SourceLinks anchors={study.sources} index={index} />
                    <NoteMarks target={study.id} />
                    <LinkTools
                      target={{ path: paths.part('imaging'), id: study.id }}
                      label={`${study.modality}: ${study.view}`}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </NotePlace>
    </Added>
  )
}
