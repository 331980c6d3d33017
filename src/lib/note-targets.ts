import type { CaseReport } from '../model/case-report'
import { teachingTarget } from './editor-notes'
import { paths } from './paths'
import { plainText } from './plain-text'
import { routes } from './routes'
import { sentenceIndex } from './sentence-index'

/** A place a note can be attached to. */
export interface NoteTarget {
  /** Path of the page that shows it. */
  path: string
  /** Anchor on that page. */
  hash: string
  /** What it is, for a list of the places a note is shown. */
  label: string
}

const targetCache = new WeakMap<CaseReport, Map<string, NoteTarget>>()

function firstWords(markdown: string, n = 8): string {
  const words = plainText(markdown).split(' ')
  return words.length > n ? `${words.slice(0, n).join(' ')} …` : words.join(' ')
}

/** Where a quoted sentence or caption stands, named as the contents name its page ("Discussion", "Figure 2, caption"). */
export function quotedPlaceLabel(report: CaseReport, anchor: string): string {
  const figure = report.figures.find((f) => f.id === anchor)
  if (figure) return `${figure.label}, caption`
  const at = sentenceIndex(report).get(anchor)
  return routes.find((r) => r.path === at?.path)?.label ?? anchor
}

/** Everything a note may be attached to, by the id its `attachTo` names. */
export function noteTargets(report: CaseReport): ReadonlyMap<string, NoteTarget> {
  const cached = targetCache.get(report)
  if (cached) return cached
  const targets = new Map<string, NoteTarget>()
  const add = (id: string, path: string, label: string) => targets.set(id, { path, hash: `#${id}`, label })
  const figureIds = new Set(report.figures.map((f) => f.id))
  for (const [anchor, at] of sentenceIndex(report)) {
    const figure = report.figures.find((f) => f.id === anchor)
    add(anchor, at.path, figureIds.has(anchor) && figure ? `${figure.label}, caption` : `“${firstWords(at.markdown)}”`)
  }
  for (const s of report.case.imaging) add(s.id, paths.part('imaging'), `Imaging studies: ${s.modality}, ${s.view}`)
  for (const l of report.case.labs) add(l.id, paths.part('labs'), `Blood tests: ${l.name}`)
  for (const p of report.case.followUp) add(p.id, paths.part('follow-up'), `Course after treatment: ${p.when}`)
  for (const c of report.comparisons) add(c.id, paths.part(c.part), `Before and after: ${c.heading}`)
  for (const e of report.timeline) add(`event-${e.id}`, paths.case, `Timeline: ${e.label}`)
  for (const d of report.differential) add(`differential-${d.id}`, paths.differential, `Differential: ${d.name}`)
  report.teaching.forEach((_, i) => {
    const id = teachingTarget(i + 1)
    targets.set(id, { path: `${paths.teach}/${i + 1}`, hash: '', label: `Teaching step ${i + 1}` })
  })
  targetCache.set(report, targets)
  return targets
}

/** Words a reader sees in a sentence or caption, for checking a quotation: typography made plain. */
export function quotable(text: string): string {
  return plainText(text).replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/‑/g, '-')
}
