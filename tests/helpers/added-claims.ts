import type { CaseReport } from '../../src/model/case-report'

/** One thing this edition says, with the sentences (or captions) it must stay within. */
export interface AddedClaim {
  /** Where it is, for a failure message: file and entry. */
  where: string
  /** The words the edition adds. */
  text: string
  /** Anchors of the sentences or captions it cites. */
  sources: readonly string[]
}

const panelFigure = (report: CaseReport, panel: string) =>
  report.figures.find((f) => f.panels.some((p) => p.id === panel))?.id ?? panel

/** Every entry of every view this edition adds, with the sources it cites. */
export function addedClaims(report: CaseReport): AddedClaim[] {
  const c = report.case
  const join = (...parts: (string | null)[]) => parts.filter(Boolean).join(' | ')
  return [
    ...[...c.presentation.history, ...c.presentation.examination].map((e) => ({
      where: `content/case/presentation.ts: ${e.text}`,
      ...e,
    })),
    ...c.imaging.map((s) => ({
      where: `content/case/imaging.ts: ${s.id}`,
      text: join(s.modality, s.view, s.when, s.findings, s.significance),
      sources: s.sources,
    })),
    ...c.labs.map((l) => ({
      where: `content/case/labs.ts: ${l.id}`,
      text: join(l.name, l.value, l.unit, l.interpretation),
      sources: l.sources,
    })),
    ...c.management.interventions.map((m) => ({
      where: `content/case/management.ts: ${m.id}`,
      text: join(m.text, m.when, m.outcome),
      sources: m.sources,
    })),
    ...c.management.withheld.map((m) => ({
      where: `content/case/management.ts: ${m.id}`,
      text: join(m.text, m.reason),
      sources: m.sources,
    })),
    ...c.followUp.map((p) => ({
      where: `content/case/follow-up.ts: ${p.id}`,
      text: join(p.when, ...p.outcomes),
      sources: p.sources,
    })),
    ...report.timeline.map((e) => ({
      where: `content/timeline.ts: ${e.id}`,
      text: join(e.when, e.label, e.text),
      sources: e.sources,
    })),
    ...report.differential.flatMap((d) =>
      [...d.points, ...d.inThisCase].map((p) => ({ where: `content/differential.ts: ${d.id}`, ...p })),
    ),
    ...report.figures.flatMap((f) => [
      { where: `content/figures.ts: ${f.id} description`, text: f.description, sources: [f.id] },
      ...[f.image, ...f.panels.map((p) => p.image)].flatMap((image) =>
        image ? [{ where: `content/figures.ts: ${f.id} image`, text: image.alt, sources: [f.id] }] : [],
      ),
    ]),
    ...report.comparisons.map((cmp) => ({
      where: `content/figures.ts: ${cmp.id}`,
      text: join(cmp.heading, ...cmp.panels.map((p) => p.label), cmp.note),
      sources: cmp.panels.map((p) => panelFigure(report, p.panel)),
    })),
    ...report.keyPoints.map((k) => ({ where: `content/key-points.ts: ${k.text}`, ...k })),
    ...report.notes.map((n) => ({
      where: `content/editor-notes.ts: ${n.id}`,
      text: join(n.title, n.text),
      sources: n.quotes.map((q) => q.source),
    })),
    // Teaching prompts cite nothing: they may hold no number, time or unit at all.
    ...report.teaching.map((t, i) => ({ where: `content/teaching.ts: step ${i + 1}`, text: t.prompt, sources: [] })),
  ]
}

const numberWords =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|first|second|third|fourth|fifth|once|twice|half|double'
const timeUnits = 'seconds?|minutes?|hours?|days?|weeks?|months?|years?|daily|weekly|monthly|yearly'
const measureUnits = 'mg|kg|ml|mm|cm|mmol|µmol|iu|dl|%'
const token = new RegExp(`\\d+(?:[.,]\\d+)*|%|\\b(?:${numberWords}|${timeUnits}|${measureUnits})\\b`, 'gi')

/** Figure labels name figures, not quantities. */
const withoutFigureLabels = (text: string) => text.replace(/\bFigures? \d+[a-c]?(?:[-–, and]+[a-c]\b)*/gi, '')

const singular = (t: string) => t.toLowerCase().replace(/^(second|minute|hour|day|week|month|year)s$/, '$1')

/** The numbers, number words, times and units a text uses, each once, in a comparable form. */
export function quantities(text: string): string[] {
  return [...new Set([...withoutFigureLabels(text).matchAll(token)].map((m) => singular(m[0])))]
}
