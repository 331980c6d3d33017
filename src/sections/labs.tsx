import { Added } from '../components/added-note'
import { NoteMarks, NotePlace } from '../components/editor-note'
import { LinkTools } from '../components/link-tools'
import { SourceLinks } from '../components/source-link'
import { paths } from '../lib/paths'
import { sentenceIndex } from '../lib/sentence-index'
import type { SectionProps } from './section-props'

const notStated = 'not stated'

/** Laboratory summary: each test as reported; what the source does not state is shown as not stated. */
export function LabsSummary({ report }: SectionProps) {
  const { labs } = report.case
  const index = sentenceIndex(report)
  return (
    <Added heading="Blood tests" id="labs-summary">
      <p>No reference ranges are given in the source, and no units: none are added here.</p>
      <NotePlace place="labs-summary" targets={labs.map((l) => l.id)}>
        <div className="table-wrap" role="region" aria-labelledby="labs-summary" tabIndex={0}>
          <table className="summary-table labs">
            <thead>
              <tr>
                <th scope="col">Test</th>
                <th scope="col">Value</th>
                <th scope="col">Unit</th>
                <th scope="col">Reported as</th>
                <th scope="col">Source</th>
              </tr>
            </thead>
            <tbody>
              {labs.map((lab) => (
                <tr key={lab.id} id={lab.id} className={lab.abnormal ? 'abnormal' : undefined}>
                  <th scope="row" data-label="Test">
                    {lab.name}
                  </th>
                  <td data-label="Value">{lab.value ?? <span className="not-stated">{notStated}</span>}</td>
                  <td data-label="Unit">{lab.unit ?? <span className="not-stated">{notStated}</span>}</td>
                  <td data-label="Reported as">
                    {lab.abnormal && (
                      <span className="flag" aria-hidden="true">
                        ▲
                      </span>
                    )}{' '}
                    {lab.interpretation}
                    {lab.abnormal && <strong className="flag-text"> (abnormal)</strong>}
                  </td>
                  <td data-label="Source">
                    <SourceLinks anchors={lab.sources} index={index} />
                    <NoteMarks target={lab.id} />
                    <LinkTools target={{ path: paths.part('labs'), id: lab.id }} label={lab.name} />
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
