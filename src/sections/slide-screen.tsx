import { CompiledProse } from '../markdown/compiled'
import { useReport } from '../components/edition'
import { FigurePanels } from '../components/figure-view'
import { usePageText } from '../components/page-text'
import { Revealed } from '../components/revealed'
import { isPart } from '../lib/reveal'
import type { SlideScreen } from '../lib/slides'

/** One screen of slide mode: a prompt, part of a reveal, a figure with its caption, a teaching point or key points. */
export function SlideScreenView({ step, screen }: { step: number; screen: SlideScreen }) {
  const report = useReport()
  const text = usePageText()
  const teaching = report.teaching[step - 1]
  switch (screen.kind) {
    case 'prompt':
      return (
        <div className="slide-body slide-prompt">
          <p className="slide-label">Teaching prompt, added by this edition</p>
          <p className="slide-prompt-text">{teaching.prompt}</p>
        </div>
      )
    case 'reveal':
      return (
        <div className="slide-body">
          <h2 className="slide-title">{teaching.title}</h2>
          <p className="slide-label">{screen.first ? 'The authors report' : 'The authors report (continued)'}</p>
          {screen.items.map((item) => (
            <p key={isPart(item) ? item.words : item} className="slide-text">
              <Revealed item={item} anchored={false} />
            </p>
          ))}
        </div>
      )
    case 'figure': {
      const figure = report.figures.find((f) => f.id === screen.figure)
      if (!figure) return null
      const schematic = (figure.panels.length ? figure.panels.map((p) => p.image) : [figure.image]).some(
        (i) => i?.schematic,
      )
      return (
        <figure className="slide-body slide-figure">
          <div className={`slide-panels slide-panels-${Math.max(figure.panels.length, 1)}`}>
            <FigurePanels figure={figure} panels={figure.panels} panelClass="slide-panel" />
          </div>
          <figcaption>
            <strong>{figure.label}:</strong> <CompiledProse nodes={text.inline(`caption:${figure.id}`)} />
            {schematic && (
              <span className="slide-schematic"> (Schematic drawing made for this edition from the caption.)</span>
            )}
          </figcaption>
        </figure>
      )
    }
    case 'note': {
      const note = report.notes.find((n) => n.id === screen.note)
      if (!note) return null
      return (
        <div className="slide-body slide-note">
          <p className="slide-label">Teaching point: an editor’s note, added by this edition</p>
          <h2 className="slide-title">{note.title}</h2>
          <p className="slide-text">{note.text}</p>
        </div>
      )
    }
    case 'key-points':
      return (
        <div className="slide-body">
          <p className="slide-label">Key points, added by this edition from the authors’ sentences</p>
          <ul className="slide-points">
            {report.keyPoints.slice(screen.from, screen.to).map((p) => (
              <li key={p.text}>{p.text}</li>
            ))}
          </ul>
        </div>
      )
  }
}
