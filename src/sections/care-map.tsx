import { Link } from 'react-router-dom'
import { routes } from '../lib/routes'
import type { SectionProps } from './section-props'

const statusMark = {
  reported: '✓',
  partly: '◐',
  'not reported': '✗',
} as const

/** The CARE checklist: where this report addresses each item, and which it does not report. */
export function CareMap({ report }: SectionProps) {
  const label = new Map(routes.map((r) => [r.id as string, r] as const))
  return (
    <article aria-labelledby="care-heading">
      <p className="kicker">Added by this edition</p>
      <h1 id="care-heading">CARE checklist</h1>
      <p>
        The CARE guideline lists 13 items a case report should cover. This map shows where this report addresses each,
        in part or not at all. The judgements are this edition’s.
      </p>
      <div className="table-wrap" role="region" aria-labelledby="care-heading" tabIndex={0}>
        <table className="summary-table care">
          <thead>
            <tr>
              <th scope="col">Item</th>
              <th scope="col">What it asks</th>
              <th scope="col">This report</th>
              <th scope="col">Where</th>
            </tr>
          </thead>
          <tbody>
            {report.care.map((item) => (
              <tr key={item.number} id={`care-${item.number}`} className={`care-${item.status.replace(/ /g, '-')}`}>
                <th scope="row" data-label="Item">
                  {item.number}. {item.name}
                </th>
                <td data-label="What it asks">{item.asks}</td>
                <td data-label="This report">
                  <span className="status-mark" aria-hidden="true">
                    {statusMark[item.status]}
                  </span>{' '}
                  <strong>{item.status}</strong>. {item.note}
                </td>
                <td data-label="Where">
                  {item.where.length === 0
                    ? '—'
                    : item.where.map((w, i) => {
                        const route = label.get(w.route)
                        return (
                          <span key={`${w.route}${w.anchor ?? ''}`}>
                            {i > 0 && ', '}
                            <Link to={{ pathname: route?.path, hash: w.anchor ? `#${w.anchor}` : '' }}>
                              {route?.label}
                            </Link>
                          </span>
                        )
                      })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </article>
  )
}
