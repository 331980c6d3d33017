import { describe, expect, it } from 'vitest'
import { caseReport } from '../../content/case-report'
import type { CaseReport } from '../../src/model/case-report'
import { isPart, revealMarkdown, revealSource } from '../../src/lib/reveal'
import { notesAt, teachingTarget } from '../../src/lib/editor-notes'
import { sentenceIndex } from '../../src/lib/sentence-index'
import {
  adjacentScreen,
  allScreens,
  chunk,
  screenFromSearch,
  slideHref,
  speakerFromSearch,
  stepScreens,
} from '../../src/lib/slides'

const report: CaseReport = caseReport

describe('chunk', () => {
  it('groups items up to a length, an over-long item on its own', () => {
    expect(chunk(['aa', 'bb', 'cc'], (s) => s.length, 4)).toEqual([['aa', 'bb'], ['cc']])
    expect(chunk(['aaaaaa', 'b'], (s) => s.length, 4)).toEqual([['aaaaaa'], ['b']])
    expect(chunk([], (s: string) => s.length, 4)).toEqual([])
  })
})

describe('slide addresses', () => {
  it('reads and writes the screen and the speaker view in the query', () => {
    expect(screenFromSearch('')).toBe(1)
    expect(screenFromSearch('?screen=3')).toBe(3)
    expect(screenFromSearch('?screen=0')).toBeNaN()
    expect(screenFromSearch('?screen=x')).toBeNaN()
    expect(speakerFromSearch('?screen=2&speaker')).toBe(true)
    expect(speakerFromSearch('?screen=2')).toBe(false)
    expect(slideHref(4)).toBe('/slides/4')
    expect(slideHref(4, 2)).toBe('/slides/4?screen=2')
    expect(slideHref(4, 1, true)).toBe('/slides/4?speaker')
    expect(slideHref(4, 3, true)).toBe('/slides/4?screen=3&speaker')
  })
})

describe('the screens of slide mode', () => {
  it('open every step with its prompt, then its reveal, figures, teaching points and (at the end) key points', () => {
    report.teaching.forEach((step, i) => {
      const screens = stepScreens(report, i + 1)
      expect(screens[0]).toEqual({ kind: 'prompt' })
      const revealed = screens.flatMap((s) => (s.kind === 'reveal' ? s.items : []))
      expect(revealed).toEqual(step.sentences)
      expect(screens.flatMap((s) => (s.kind === 'figure' ? [s.figure] : []))).toEqual(step.figures)
      expect(screens.flatMap((s) => (s.kind === 'note' ? [s.note] : []))).toEqual(
        notesAt(report, teachingTarget(i + 1)).map((n) => n.id),
      )
    })
    const last = stepScreens(report, report.teaching.length)
    const points = last.flatMap((s) => (s.kind === 'key-points' ? report.keyPoints.slice(s.from, s.to) : []))
    expect(points).toEqual(report.keyPoints)
  })

  it('split a long reveal so that no screen holds more than about 300 characters of text', () => {
    const index = sentenceIndex(report)
    for (const [i] of report.teaching.entries())
      for (const s of stepScreens(report, i + 1))
        if (s.kind === 'reveal' && s.items.length > 1) {
          const length = s.items.reduce(
            (n, item) => n + revealMarkdown(item, index.get(revealSource(item))!.markdown).length,
            0,
          )
          expect(length).toBeLessThanOrEqual(300)
        }
  })

  it('move one screen at a time across steps, and stop at either end', () => {
    const all = allScreens(report)
    expect(all[0]).toEqual({ step: 1, screen: 1 })
    const firstOf2 = all.findIndex((p) => p.step === 2)
    expect(adjacentScreen(report, all[firstOf2 - 1], 1)).toEqual({ step: 2, screen: 1 })
    expect(adjacentScreen(report, { step: 2, screen: 1 }, -1)).toEqual(all[firstOf2 - 1])
    expect(adjacentScreen(report, all[0], -1)).toBeNull()
    expect(adjacentScreen(report, all[all.length - 1], 1)).toBeNull()
  })
})

describe('the teaching sequence gives no answer before its step', () => {
  const index = sentenceIndex(report)
  const caseOrder = report.case.narrative.flatMap((p) => p.sentences.map((s) => `s-${s.id}`))
  // Every revealed piece of the case, with the step that reveals it and where it stands in the case.
  const pieces = report.teaching.flatMap((step, i) =>
    step.sentences
      .filter((item) => caseOrder.includes(revealSource(item)))
      .map((item) => {
        const source = revealSource(item)
        const whole = index.get(source)!.markdown
        const from = isPart(item) ? whole.indexOf(item.words) : 0
        const to = isPart(item) ? from + item.words.length : whole.length
        return { step: i + 1, source, at: caseOrder.indexOf(source), from, to }
      }),
  )

  it('reveals the case in the authors’ order, each part of a split sentence once', () => {
    for (let k = 1; k < pieces.length; k++) {
      const [a, b] = [pieces[k - 1], pieces[k]]
      expect(b.at > a.at || (b.at === a.at && b.from >= a.to), `${a.source} then ${b.source}`).toBe(true)
    }
  })

  it('splits a sentence between steps only into its exact words, together the whole sentence', () => {
    const parts = report.teaching.flatMap((s) => s.sentences.filter(isPart))
    for (const source of new Set(parts.map((p) => p.source))) {
      const split = parts.filter((p) => p.source === source)
      const whole = index.get(source)!.markdown
      const joined = split.map((p) => p.words).join(' ')
      // The parts, in order, are the sentence less the punctuation at the cut.
      expect(whole.replace(/[;,]/g, '').replace(/\s+/g, ' ')).toBe(joined.replace(/[;,]/g, '').replace(/\s+/g, ' '))
    }
  })

  it('shows with each step only editor’s notes about sentences revealed by then (or outside the case)', () => {
    const revealedBy = (n: number) => new Set(pieces.filter((p) => p.step <= n).map((p) => p.source))
    report.teaching.forEach((_, i) => {
      const known = revealedBy(i + 1)
      for (const note of notesAt(report, teachingTarget(i + 1)))
        for (const q of note.quotes) {
          const inCase = caseOrder.includes(q.source)
          const caption = report.figures.find((f) => f.id === q.source)
          if (inCase) expect(known.has(q.source), `${note.id} quotes ${q.source} at step ${i + 1}`).toBe(true)
          if (caption) expect(report.teaching.slice(0, i + 1).some((s) => s.figures.includes(caption.id))).toBe(true)
        }
    })
  })

  it('asks no prompt about a test or term the audience has not yet seen', () => {
    const terms = report.abbreviations.map((a) => a.term)
    report.teaching.forEach((step, i) => {
      const seen = report.teaching
        .slice(0, i)
        .flatMap((s) => s.sentences.map((item) => revealMarkdown(item, index.get(revealSource(item))!.markdown)))
        .join(' ')
      for (const term of terms)
        if (new RegExp(`\\b${term.replace('.', '\\.')}\\b`).test(step.prompt))
          expect(seen, `step ${i + 1} prompt names ${term}`).toMatch(new RegExp(`\\b${term.replace('.', '\\.')}\\b`))
    })
  })
})
