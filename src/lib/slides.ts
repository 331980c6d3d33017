import type { CaseReport } from '../model/case-report'
import type { RevealItem } from '../model/views'
import { notesAt, teachingTarget } from './editor-notes'
import { paths } from './paths'
import { revealMarkdown, revealSource } from './reveal'
import { chunk, screenCharacters } from './screens'
import { sentenceIndex } from './sentence-index'

export { chunk, screenCharacters, screenFromSearch } from './screens'

/** What one screen of slide mode shows. */
export type SlideScreen =
  /** The step's prompt, before anything is revealed. */
  | { kind: 'prompt' }
  /** Some of the step's revealed sentences (a long reveal is split over several screens). */
  | { kind: 'reveal'; items: readonly RevealItem[]; first: boolean }
  /** One figure and its caption. */
  | { kind: 'figure'; figure: string }
  /** An editor's note attached to the step, as a teaching point. */
  | { kind: 'note'; note: string }
  /** Some of the key points, at the last step. */
  | { kind: 'key-points'; from: number; to: number }

const cache = new WeakMap<CaseReport, SlideScreen[][]>()

/** The screens of every step, in order: prompt, reveal, figures, teaching points, and key points at the end. */
export function allStepScreens(report: CaseReport): SlideScreen[][] {
  const cached = cache.get(report)
  if (cached) return cached
  const index = sentenceIndex(report)
  const steps = report.teaching.map((step, i): SlideScreen[] => {
    const text = (item: RevealItem) => revealMarkdown(item, index.get(revealSource(item))?.markdown ?? '').length
    const reveal = chunk(step.sentences, text).map((items, k): SlideScreen => ({
      kind: 'reveal',
      items,
      first: k === 0,
    }))
    const figures = step.figures.map((figure): SlideScreen => ({ kind: 'figure', figure }))
    const notes = notesAt(report, teachingTarget(i + 1)).map((n): SlideScreen => ({ kind: 'note', note: n.id }))
    const last = i === report.teaching.length - 1
    const points = last
      ? chunk(
          report.keyPoints.map((p, k) => ({ k, length: p.text.length })),
          (p) => p.length,
          screenCharacters * 1.5,
        ).map((run): SlideScreen => ({ kind: 'key-points', from: run[0].k, to: run[run.length - 1].k + 1 }))
      : []
    return [{ kind: 'prompt' }, ...reveal, ...figures, ...notes, ...points]
  })
  cache.set(report, steps)
  return steps
}

/** The screens of step `step` (1-based); none for a step that does not exist. */
export function stepScreens(report: CaseReport, step: number): SlideScreen[] {
  return allStepScreens(report)[step - 1] ?? []
}

/** A place in slide mode: a step and one of its screens, both counted from 1. */
export interface SlidePlace {
  /** Teaching step, from 1. */
  step: number
  /** Screen of that step, from 1 (1 is the prompt). */
  screen: number
}

/** Every screen of the sequence, in order. */
export function allScreens(report: CaseReport): SlidePlace[] {
  return allStepScreens(report).flatMap((screens, i) => screens.map((_, k) => ({ step: i + 1, screen: k + 1 })))
}

/** The screen `delta` screens on from a place, or null past either end. */
export function adjacentScreen(report: CaseReport, from: SlidePlace, delta: number): SlidePlace | null {
  const all = allScreens(report)
  const i = all.findIndex((p) => p.step === from.step && p.screen === from.screen)
  return i < 0 ? null : (all[i + delta] ?? null)
}

/** The address of a screen of slide mode; `speaker` for the speaker view of it. */
export function slideHref(step: number, screen = 1, speaker = false): string {
  const query = [screen > 1 ? `screen=${screen}` : '', speaker ? 'speaker' : ''].filter(Boolean).join('&')
  return `${paths.slides}/${step}${query ? `?${query}` : ''}`
}

/** Whether a URL's query asks for the speaker view (`?speaker`). */
export function speakerFromSearch(search: string): boolean {
  return new URLSearchParams(search).has('speaker')
}
