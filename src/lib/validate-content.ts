import type { CaseReport } from '../model/case-report'
import { citationNumbers, figureIds, findReferences } from './references'
import { isPart, revealSource } from './reveal'
import { routes } from './routes'
import { proseSentences, sentenceIndex } from './sentence-index'
import { validateNotes } from './validate-notes'

const defaultRouteIds: ReadonlySet<string> = new Set(routes.map((r) => r.id))

/** A problem in the content, naming the file and the id where it is. */
export interface ContentError {
  /** Project path of the file. */
  file: string
  /** Id of the element (sentence, figure, entry) or prose file position. */
  id: string
  /** What is wrong. */
  message: string
}

/** Format an error as one line: `file [id]: message`. */
export function formatContentError(e: ContentError): string {
  return `${e.file} [${e.id}]: ${e.message}`
}

interface Place {
  file: string
  id: string
  markdown: string
}

function proseParagraphs(file: string, id: string, markdown: string): Place[] {
  return markdown
    .split(/\n\s*\n/)
    .filter((p) => p.trim())
    .map((p, i) => ({ file, id: `${id} paragraph ${i + 1}`, markdown: p }))
}

/** Every markdown text of the report with where it comes from. */
export function markdownPlaces(report: CaseReport): Place[] {
  return [
    ...[report.abstract, report.introduction, report.discussion].flatMap((s) =>
      proseParagraphs(s.file, s.id, s.markdown),
    ),
    ...report.case.narrative.flatMap((p) =>
      p.sentences.map((s) => ({ file: report.case.file, id: s.id, markdown: s.markdown })),
    ),
    ...report.figures.map((f) => ({ file: 'content/figures.ts', id: f.id, markdown: f.caption })),
  ]
}

/**
 * Check that every id is unique and every reference resolves: citations to numbers the article has,
 * figure references to figures or panels, abbreviations to the list, summary entries to sentences.
 */
export function validateCaseReport(
  report: CaseReport,
  routeIds: ReadonlySet<string> = defaultRouteIds,
): ContentError[] {
  const errors: ContentError[] = []
  const seen = new Map<string, string>()
  const claim = (file: string, id: string) => {
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) errors.push({ file, id, message: 'id is not a lowercase slug' })
    const before = seen.get(id)
    if (before) errors.push({ file, id, message: `duplicate id (also in ${before})` })
    else seen.set(id, file)
  }
  const caseFile = report.case.file
  for (const p of report.case.narrative) {
    claim(caseFile, `p-${p.id}`)
    for (const s of p.sentences) claim(caseFile, `s-${s.id}`)
  }
  for (const section of [report.abstract, report.introduction, report.discussion])
    for (const p of proseSentences(section)) for (const s of p) claim(section.file, s.anchor)
  const sentences = sentenceIndex(report)
  const figureTargets = new Set<string>()
  for (const f of report.figures) {
    claim('content/figures.ts', f.id)
    figureTargets.add(f.id)
    for (const panel of f.panels) {
      claim('content/figures.ts', panel.id)
      figureTargets.add(panel.id)
    }
  }
  // Headings of the case page: each before a sentence that exists, in reading order.
  const order = report.case.narrative.flatMap((p) => p.sentences.map((s) => s.id))
  let previous = -1
  for (const h of report.case.headings) {
    claim('content/case/headings.ts', h.id)
    const at = order.indexOf(h.startsAt)
    if (at < 0)
      errors.push({ file: 'content/case/headings.ts', id: h.id, message: `sentence "${h.startsAt}" does not resolve` })
    else if (at <= previous)
      errors.push({ file: 'content/case/headings.ts', id: h.id, message: 'heading is out of reading order' })
    previous = Math.max(previous, at)
  }
  for (const s of report.case.imaging) claim('content/case/imaging.ts', s.id)
  for (const l of report.case.labs) claim('content/case/labs.ts', l.id)

  const terms = new Set(report.abbreviations.map((a) => a.term))
  for (const place of markdownPlaces(report)) {
    for (const ref of findReferences(place.markdown)) {
      const at = { file: place.file, id: place.id }
      if (ref.kind === 'cite') {
        const numbers = citationNumbers(ref.target)
        if (!numbers) errors.push({ ...at, message: `malformed citation "${ref.target}"` })
        else
          for (const n of numbers)
            if (n < 1 || n > report.references.count)
              errors.push({
                ...at,
                message: `citation ${n} does not resolve (references run 1-${report.references.count})`,
              })
      } else if (ref.kind === 'fig') {
        for (const id of figureIds(ref.target))
          if (!figureTargets.has(id)) errors.push({ ...at, message: `figure reference "${id}" does not resolve` })
      } else if (!terms.has(ref.target)) {
        errors.push({ ...at, message: `abbreviation "${ref.target}" is not in content/abbreviations.ts` })
      }
    }
  }

  const traced: [string, readonly { id?: string; sources: readonly string[] }[]][] = [
    ['content/case/presentation.ts', [...report.case.presentation.history, ...report.case.presentation.examination]],
    ['content/case/imaging.ts', report.case.imaging],
    ['content/case/labs.ts', report.case.labs],
    ['content/case/management.ts', [...report.case.management.interventions, ...report.case.management.withheld]],
    ['content/case/follow-up.ts', report.case.followUp],
    ['content/timeline.ts', report.timeline],
    ['content/key-points.ts', report.keyPoints],
    [
      'content/differential.ts',
      report.differential.flatMap((d) => [...d.points, ...d.inThisCase].map((p) => ({ id: d.id, sources: p.sources }))),
    ],
  ]
  for (const [file, entries] of traced)
    entries.forEach((entry, i) => {
      if (entry.sources.length === 0)
        errors.push({ file, id: entry.id ?? `entry ${i + 1}`, message: 'entry has no source sentence' })
      for (const source of entry.sources)
        if (!sentences.has(source))
          errors.push({
            file,
            id: entry.id ?? `entry ${i + 1}`,
            message: `source sentence "${source}" does not resolve`,
          })
    })
  for (const study of report.case.imaging)
    for (const f of study.figures)
      if (!figureTargets.has(f))
        errors.push({ file: 'content/case/imaging.ts', id: study.id, message: `figure "${f}" does not resolve` })
  for (const e of report.timeline) claim('content/timeline.ts', `event-${e.id}`)
  for (const d of report.differential) claim('content/differential.ts', `differential-${d.id}`)
  for (const item of report.care)
    for (const w of item.where)
      if (!routeIds.has(w.route))
        errors.push({
          file: 'content/care.ts',
          id: `item ${item.number}`,
          message: `route "${w.route}" does not exist`,
        })
  report.teaching.forEach((step, i) => {
    for (const item of step.sentences) {
      const anchor = revealSource(item)
      if (!sentences.has(anchor))
        errors.push({
          file: 'content/teaching.ts',
          id: `step ${i + 1}`,
          message: `sentence "${anchor}" does not resolve`,
        })
      else if (isPart(item) && !(sentences.get(anchor)?.markdown ?? '').includes(item.words))
        errors.push({
          file: 'content/teaching.ts',
          id: `step ${i + 1}`,
          message: `sentence "${anchor}" does not have the words "${item.words}"`,
        })
    }
    for (const f of step.figures)
      if (!report.figures.some((figure) => figure.id === f))
        errors.push({ file: 'content/teaching.ts', id: `step ${i + 1}`, message: `figure "${f}" does not resolve` })
  })
  for (const c of report.comparisons) {
    claim('content/figures.ts', c.id)
    for (const { panel } of c.panels)
      if (!figureTargets.has(panel))
        errors.push({ file: 'content/figures.ts', id: c.id, message: `panel "${panel}" does not resolve` })
  }
  for (const note of report.notes) claim('content/editor-notes.ts', `note-${note.id}`)
  errors.push(...validateNotes(report))
  for (const r of report.references.known)
    if (r.number < 1 || r.number > report.references.count)
      errors.push({
        file: 'content/references.ts',
        id: `reference ${r.number}`,
        message: 'reference number out of range',
      })
  return errors
}
