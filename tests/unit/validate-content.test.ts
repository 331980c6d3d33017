import { describe, expect, it } from 'vitest'
import { caseReport } from '../../content/case-report'
import type { CaseReport } from '../../src/model/case-report'
import { formatContentError, validateCaseReport } from '../../src/lib/validate-content'

/** A deep copy of the real content to break on purpose. */
function copy(): CaseReport {
  return structuredClone(caseReport) as CaseReport
}

describe('content integrity', () => {
  it('the case report has unique ids and every reference resolves', () => {
    expect(validateCaseReport(caseReport).map(formatContentError)).toEqual([])
  })

  it('names the file and id of a citation that does not resolve', () => {
    const report = copy()
    report.discussion = { ...report.discussion, markdown: `${report.discussion.markdown} Text.[[14]](cite:14)` }
    expect(validateCaseReport(report).map(formatContentError)).toEqual([
      'content/discussion.md [discussion paragraph 2]: citation 14 does not resolve (references run 1-13)',
    ])
  })

  it('names the sentence whose figure reference does not resolve', () => {
    const report = copy()
    const [first, ...rest] = report.case.narrative
    const [sentence, ...others] = first.sentences
    const broken = { ...sentence, markdown: 'See \\[[Figure 9](fig:figure-9)\\].' }
    report.case = { ...report.case, narrative: [{ ...first, sentences: [broken, ...others] }, ...rest] }
    expect(validateCaseReport(report).map(formatContentError)).toEqual([
      `content/case/narrative.ts [${sentence.id}]: figure reference "figure-9" does not resolve`,
    ])
  })

  it('names an abbreviation that is not in the list', () => {
    const report = copy()
    report.abstract = { ...report.abstract, markdown: `${report.abstract.markdown} The [XYZ](abbr:XYZ) sign.` }
    expect(validateCaseReport(report).map(formatContentError)).toEqual([
      'content/abstract.md [abstract paragraph 1]: abbreviation "XYZ" is not in content/abbreviations.ts',
    ])
  })

  it('names a case heading before a sentence that does not exist, or out of reading order', () => {
    const report = copy()
    const [first, second, ...rest] = report.case.headings
    report.case = { ...report.case, headings: [second, first, { ...rest[0], startsAt: 'no-such' }, ...rest.slice(1)] }
    expect(validateCaseReport(report).map(formatContentError)).toEqual([
      `content/case/headings.ts [${first.id}]: heading is out of reading order`,
      `content/case/headings.ts [${rest[0].id}]: sentence "no-such" does not resolve`,
    ])
  })

  it('rejects a duplicate id', () => {
    const report = copy()
    report.case.labs = [...report.case.labs, { ...report.case.labs[0] }]
    expect(validateCaseReport(report).map(formatContentError)).toEqual([
      'content/case/labs.ts [esr]: duplicate id (also in content/case/labs.ts)',
    ])
  })

  it('rejects a summary entry whose source sentence does not exist', () => {
    const report = copy()
    report.case.followUp = report.case.followUp.map((p, i) => (i === 0 ? { ...p, sources: ['no-such-sentence'] } : p))
    expect(validateCaseReport(report).map(formatContentError)).toEqual([
      'content/case/follow-up.ts [over-4-weeks]: source sentence "no-such-sentence" does not resolve',
    ])
  })

  it('names a CARE item that points at a route that does not exist', () => {
    const report = copy()
    report.care = [{ ...report.care[0], where: [{ route: 'nowhere' }] }]
    expect(validateCaseReport(report).map(formatContentError)).toEqual([
      'content/care.ts [item 1]: route "nowhere" does not exist',
    ])
  })

  it('names a differential point whose sentence does not exist', () => {
    const report = copy()
    const [first, ...rest] = report.differential
    report.differential = [{ ...first, points: [{ text: 'x', sources: ['introduction-9-9'] }] }, ...rest]
    expect(validateCaseReport(report).map(formatContentError)).toEqual([
      `content/differential.ts [${first.id}]: source sentence "introduction-9-9" does not resolve`,
    ])
  })

  it('accepts a source that is a sentence of the prose, not only of the case', () => {
    const report = copy()
    const withSource = (source: string) =>
      report.case.followUp.map((p, i) => (i === 0 ? { ...p, sources: [source] } : p))
    report.case.followUp = withSource('discussion-2-1')
    expect(validateCaseReport(report)).toEqual([])
    report.case.followUp = withSource('discussion-2-9')
    expect(validateCaseReport(report).map(formatContentError)).toEqual([
      'content/case/follow-up.ts [over-4-weeks]: source sentence "discussion-2-9" does not resolve',
    ])
  })

  it('names an editor’s note attached to a place that does not exist', () => {
    const report = copy()
    const [first, ...rest] = report.notes
    report.notes = [{ ...first, attachTo: [...first.attachTo, 's-no-such-sentence'] }, ...rest]
    expect(validateCaseReport(report).map(formatContentError)).toEqual([
      `content/editor-notes.ts [${first.id}]: attached to "s-no-such-sentence", which does not exist`,
    ])
  })

  it('names an editor’s note whose quotation is not word for word in its sentence', () => {
    const report = copy()
    const [first, ...rest] = report.notes
    const quote = { source: 's-t1-band', words: 'evidence of a subchondral fracture' }
    report.notes = [{ ...first, quotes: [...first.quotes, quote] }, ...rest]
    expect(validateCaseReport(report).map(formatContentError)).toEqual([
      `content/editor-notes.ts [${first.id}]: "evidence of a subchondral fracture" is not word for word in "s-t1-band"`,
    ])
  })

  it('names an editor’s note that quotes a sentence that does not exist', () => {
    const report = copy()
    const [first, ...rest] = report.notes
    report.notes = [{ ...first, quotes: [{ source: 'discussion-9-1', words: 'x' }] }, ...rest]
    expect(validateCaseReport(report).map(formatContentError)).toEqual([
      `content/editor-notes.ts [${first.id}]: quoted sentence "discussion-9-1" does not resolve`,
    ])
  })
})
