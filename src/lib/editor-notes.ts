import type { CaseReport } from '../model/case-report'
import type { EditorNote } from '../model/editor-note'

/** Anchor of an editor's note in the list of all notes (on the about page). */
export function noteAnchor(id: string): string {
  return `note-${id}`
}

/** Anchor of a note where it is shown beside the text: one per note and place on a page. */
export function noteBlockAnchor(id: string, place: string): string {
  return `note-${id}-at-${place}`
}

/** Anchor of a teaching step, as an editor's note names it. */
export function teachingTarget(step: number): string {
  return `teach-${step}`
}

const byTarget = new WeakMap<CaseReport, Map<string, EditorNote[]>>()

/** The notes attached to a target, in the order the notes are listed. */
export function notesAt(report: CaseReport, target: string): readonly EditorNote[] {
  let map = byTarget.get(report)
  if (!map) {
    map = new Map()
    for (const note of report.notes) for (const t of note.attachTo) map.set(t, [...(map.get(t) ?? []), note])
    byTarget.set(report, map)
  }
  return map.get(target) ?? []
}

/** The notes attached to any of some targets, each once, in the order the notes are listed. */
export function notesAtAny(report: CaseReport, targets: readonly string[]): readonly EditorNote[] {
  const wanted = new Set(targets.flatMap((t) => notesAt(report, t)))
  return report.notes.filter((n) => wanted.has(n))
}
