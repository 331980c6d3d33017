import { Link } from 'react-router-dom'
import { noteAnchor } from '../lib/editor-notes'
import { noteTargets, quotedPlaceLabel } from '../lib/note-targets'
import { sentenceIndex } from '../lib/sentence-index'
import { useReport } from './edition'
import { EditorNoteView } from './editor-note'

/** Every editor's note in full: the words it quotes, each linked, and the places where it is shown. */
export function EditorNotesList() {
  const report = useReport()
  const targets = noteTargets(report)
  const index = sentenceIndex(report)
  return (
    <section aria-labelledby="editor-notes">
      <h2 id="editor-notes">Editor’s notes</h2>
      <p>
        Notes this edition adds about the text itself: where the article disagrees with itself, what it leaves unstated
        and what is kept as printed. They quote the article and bring nothing from outside it; each is also shown beside
        the text it concerns.
      </p>
      {report.notes.map((note) => (
        <div key={note.id} className="editor-note-entry">
          <EditorNoteView note={note} id={noteAnchor(note.id)} open>
            <p className="editor-note-quotes-label">The words concerned:</p>
            <ul className="editor-note-quotes">
              {note.quotes.map((q) => (
                <li key={`${q.source}-${q.words}`}>
                  <Link to={{ pathname: index.get(q.source)?.path, hash: `#${q.source}` }}>
                    {quotedPlaceLabel(report, q.source)}
                  </Link>
                  : <q>{q.words}</q>
                </li>
              ))}
            </ul>
          </EditorNoteView>
          <p className="editor-note-places">Shown at:</p>
          <ul className="editor-note-places">
            {note.attachTo.map((t) => {
              const target = targets.get(t)
              return target ? (
                <li key={t}>
                  <Link to={{ pathname: target.path, hash: target.hash }}>{target.label}</Link>
                </li>
              ) : null
            })}
          </ul>
        </div>
      ))}
    </section>
  )
}
