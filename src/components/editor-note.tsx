import { createContext, use, type ReactNode } from 'react'
import { Link, useLocation } from 'react-router-dom'
import type { EditorNote, EditorNoteKind } from '../model/editor-note'
import { noteAnchor, noteBlockAnchor, notesAt, notesAtAny } from '../lib/editor-notes'
import { paths } from '../lib/paths'
import { useReport } from './edition'

const kindLabels: Record<EditorNoteKind, string> = {
  disagreement: 'the source disagrees with itself',
  'not stated': 'not stated in the source',
  'as printed': 'kept as printed',
}

/** The place on the page where the notes of the text inside it are shown (a paragraph, a table). */
const NotePlaceContext = createContext<string | null>(null)

/**
 * One editor's note: its label and title always in view; its text, and what `children` add, when
 * `open` or opened by the reader.
 */
export function EditorNoteView({
  note,
  id,
  open,
  children,
}: {
  note: EditorNote
  id: string
  open: boolean
  children: ReactNode
}) {
  return (
    <div className="editor-note" role="note" id={id} tabIndex={-1} aria-labelledby={`${id}-title`}>
      <details open={open}>
        <summary>
          <span className="editor-note-label">
            Editor’s note, added by this edition
            <span className="visually-hidden"> ({kindLabels[note.kind]}):</span>
          </span>{' '}
          <span className="editor-note-title" id={`${id}-title`}>
            {note.title}
          </span>
        </summary>
        <p>{note.text}</p>
        {children}
      </details>
    </div>
  )
}

/**
 * The notes attached to any of `targets`, shown once each at `place`: open at a note's first
 * attachment, elsewhere its title in view and a tap away. The words they quote, each linked to its
 * sentence, are with the note in the list of all notes.
 */
export function NoteBlocks({ place, targets }: { place: string; targets: readonly string[] }) {
  const notes = notesAtAny(useReport(), targets)
  return notes.map((note) => (
    <EditorNoteView
      key={note.id}
      note={note}
      id={noteBlockAnchor(note.id, place)}
      open={targets.includes(note.attachTo[0])}
    >
      <p className="editor-note-more">
        <Link to={{ pathname: paths.about, hash: `#${noteAnchor(note.id)}` }}>
          The words concerned, quoted and linked ({note.quotes.length})
        </Link>
      </p>
    </EditorNoteView>
  ))
}

/**
 * A block of text (a paragraph, a table) whose parts may carry notes: the marks inside link to the
 * notes, which follow the block.
 */
export function NotePlace({
  place,
  targets,
  children,
}: {
  place: string
  targets: readonly string[]
  children: ReactNode
}) {
  return (
    <>
      <NotePlaceContext value={place}>{children}</NotePlaceContext>
      <NoteBlocks place={place} targets={targets} />
    </>
  )
}

/** A small link at a sentence or entry to each note attached to it, shown after its place. */
export function NoteMarks({ target }: { target: string }) {
  const place = use(NotePlaceContext)
  const notes = notesAt(useReport(), target)
  const { pathname } = useLocation()
  if (!place || notes.length === 0) return null
  return notes.map((note) => (
    <Link
      key={note.id}
      className="note-mark"
      to={{ pathname, hash: `#${noteBlockAnchor(note.id, place)}` }}
      aria-label={`Editor’s note: ${note.title}`}
    >
      note
    </Link>
  ))
}
