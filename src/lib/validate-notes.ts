import type { CaseReport } from '../model/case-report'
import type { ContentError } from './validate-content'
import { noteTargets, quotable } from './note-targets'
import { sentenceIndex } from './sentence-index'

const file = 'content/editor-notes.ts'

/**
 * Check every editor's note: it quotes at least one sentence, each quotation is word for word in the
 * sentence or caption it names, and every place it is attached to exists.
 */
export function validateNotes(report: CaseReport): ContentError[] {
  const errors: ContentError[] = []
  const sentences = sentenceIndex(report)
  const targets = noteTargets(report)
  for (const note of report.notes) {
    const at = { file, id: note.id }
    if (note.quotes.length === 0) errors.push({ ...at, message: 'note quotes no sentence' })
    if (note.attachTo.length === 0) errors.push({ ...at, message: 'note is attached to nothing' })
    for (const quote of note.quotes) {
      const sentence = sentences.get(quote.source)
      if (!sentence) errors.push({ ...at, message: `quoted sentence "${quote.source}" does not resolve` })
      else if (!quotable(sentence.markdown).includes(quotable(quote.words)))
        errors.push({ ...at, message: `"${quote.words}" is not word for word in "${quote.source}"` })
    }
    for (const target of note.attachTo)
      if (!targets.has(target)) errors.push({ ...at, message: `attached to "${target}", which does not exist` })
  }
  return errors
}
