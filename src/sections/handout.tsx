import { useState } from 'react'
import { Link } from 'react-router-dom'
import { CompiledProse } from '../markdown/compiled'
import { FigurePanels } from '../components/figure-view'
import { usePageText } from '../components/page-text'
import { QrCode } from '../components/qr-code'
import { Revealed } from '../components/revealed'
import { useRoutingMode } from '../components/routing-mode'
import { notesAt, teachingTarget } from '../lib/editor-notes'
import { paths } from '../lib/paths'
import { isPart } from '../lib/reveal'
import type { SectionProps } from './section-props'

type Codes = { url: string; modules: { size: number; data: ArrayLike<number> } }[]

/**
 * The teaching sequence as a printable handout: one step per printed page, its prompt, what the article
 * reports at that step, its figures and teaching points, and a QR code to the step in this edition.
 */
export function Handout({ report }: SectionProps) {
  const text = usePageText()
  const mode = useRoutingMode()
  const [codes, setCodes] = useState<Codes | null>(null)
  const [status, setStatus] = useState('')
  // The QR library loads only when the teacher asks for the codes (made for this page's own address).
  const addCodes = async () => {
    setStatus('Making the QR codes…')
    const [QRCode, { hereLinks }] = await Promise.all([import('qrcode'), import('../components/here-links')])
    const { link, warning } = hereLinks(mode)
    const made = report.teaching.map((_, i) => {
      const url = link({ path: `${paths.teach}/${i + 1}` })
      return { url, modules: QRCode.create(url, { errorCorrectionLevel: 'M' }).modules }
    })
    setCodes(made)
    setStatus(warning ? `QR codes added. ${warning}` : 'QR codes added: print the page (one step per sheet).')
  }
  return (
    <article aria-labelledby="handout-heading" className="handout">
      <p className="kicker">Teaching mode, added by this edition</p>
      <h1 id="handout-heading">Teaching handout</h1>
      <p className="handout-intro">
        The teaching sequence for printing: one step per page, with its prompt, what the article reports at that step
        and a QR code to the step in this edition. Each page shows its step’s answer: hand it out after the session. The
        prompts are added by this edition; the reports are the authors’ own words.{' '}
        <Link to={paths.teach}>Back to teaching mode</Link>.
      </p>
      <p className="handout-tools">
        <button type="button" onClick={addCodes} disabled={codes !== null}>
          Add the QR codes
        </button>{' '}
        <button
          type="button"
          onClick={async () => {
            if (!codes) await addCodes()
            // Printed once the codes are on the page.
            window.setTimeout(() => window.print(), 100)
          }}
        >
          Print
        </button>{' '}
        <span role="status">{status}</span>
      </p>
      {report.teaching.map((step, i) => (
        <section key={step.title} className="handout-step" aria-labelledby={`handout-step-${i + 1}`}>
          <h2 id={`handout-step-${i + 1}`}>
            Step {i + 1}: {step.title}
          </h2>
          <p className="prompt">
            <span className="prompt-label">Teaching prompt, added by this edition: </span>
            {step.prompt}
          </p>
          {step.sentences.map((item) => (
            <p key={isPart(item) ? item.words : item}>
              <Revealed item={item} anchored={false} />
            </p>
          ))}
          {report.figures
            .filter((f) => step.figures.includes(f.id))
            .map((f) => (
              <figure key={f.id} className="handout-figure">
                <div className={`panels panels-${Math.max(f.panels.length, 1)}`}>
                  <FigurePanels figure={f} panels={f.panels} panelClass="panel" eager />
                </div>
                <figcaption>
                  <strong>{f.label}:</strong> <CompiledProse nodes={text.inline(`caption:${f.id}`)} />
                </figcaption>
              </figure>
            ))}
          {notesAt(report, teachingTarget(i + 1)).map((n) => (
            <p key={n.id} className="handout-note">
              <strong>Editor’s note, added by this edition: {n.title}.</strong> {n.text}
            </p>
          ))}
          {codes?.[i] && (
            <p className="handout-link">
              <QrCode modules={codes[i].modules} label={`QR code for ${codes[i].url}`} />
              <span>{codes[i].url}</span>
            </p>
          )}
        </section>
      ))}
    </article>
  )
}
