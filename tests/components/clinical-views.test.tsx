import { fireEvent, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { caseReport } from '../../content/case-report'
import { renderAt, textOf } from '../helpers/render-route'

describe('timeline on /case', () => {
  it('lists every event in order with its time as stated and links to its sentences', () => {
    renderAt('/case')
    const items = [...document.querySelectorAll('.timeline-events > li')]
    expect(items.map((li) => li.id)).toEqual(caseReport.timeline.map((e) => `event-${e.id}`))
    caseReport.timeline.forEach((event, i) => {
      const item = items[i] as HTMLElement
      expect(within(item).getByText(event.when)).toBeTruthy()
      const hrefs = [...item.querySelectorAll('.source-links a')].map((a) => a.getAttribute('href'))
      expect(hrefs).toEqual(event.sources.map((s) => expect.stringContaining(`#${s}`)))
    })
  })

  it('is labelled as added by this edition', () => {
    renderAt('/case')
    expect(screen.getByRole('heading', { name: /Timeline\s+added by this edition/ })).toBeTruthy()
  })
})

describe('labs table on /case/labs', () => {
  it('shows each result as reported and never invents a unit or value', () => {
    renderAt('/case/labs')
    for (const lab of caseReport.case.labs) {
      const row = document.getElementById(lab.id)!
      const cells = within(row).getAllByRole('cell')
      expect(within(row).getByRole('rowheader').textContent).toBe(lab.name)
      expect(cells[0].textContent).toBe(lab.value ?? 'not stated')
      expect(cells[1].textContent).toBe(lab.unit ?? 'not stated')
    }
  })

  it('flags the abnormal result by text and icon, not colour alone', () => {
    renderAt('/case/labs')
    const abnormal = caseReport.case.labs.filter((l) => l.abnormal)
    expect(abnormal.map((l) => l.id)).toEqual(['crp'])
    const crp = document.getElementById('crp')!
    expect(textOf(crp)).toContain('140.50')
    expect(textOf(crp)).toContain('elevated (abnormal)')
    expect(crp.querySelector('.flag')?.textContent).toBe('▲')
    for (const lab of caseReport.case.labs.filter((l) => !l.abnormal))
      expect(textOf(document.getElementById(lab.id)!)).not.toContain('abnormal')
  })
})

describe('imaging table on /case/imaging', () => {
  it('has a row per study with its modality, findings and figure link', () => {
    renderAt('/case/imaging')
    for (const study of caseReport.case.imaging) {
      const row = document.getElementById(study.id)!
      expect(within(row).getByRole('rowheader').textContent).toBe(study.modality)
      expect(textOf(row)).toContain(study.findings)
      for (const f of study.figures) expect(row.querySelector(`a[href$="#${f}"]`)).not.toBeNull()
    }
  })
})

describe('differential diagnosis on /differential', () => {
  it('sets each condition beside TOH with sourced points, and says where the case reports nothing', () => {
    renderAt('/differential')
    for (const d of caseReport.differential) {
      const section = document.getElementById(`differential-${d.id}`)!
      expect(within(section).getByRole('heading', { level: 2 }).textContent).toBe(d.name)
      for (const p of [...d.points, ...d.inThisCase]) expect(textOf(section)).toContain(p.text)
      const sources = within(section).queryAllByRole('link', { name: /^source/ })
      expect(sources).toHaveLength([...d.points, ...d.inThisCase].reduce((n, p) => n + p.sources.length, 0))
      if (d.inThisCase.length === 0) expect(textOf(section)).toContain('Not reported in this case.')
    }
    expect(textOf(document.getElementById('differential-infection')!)).toContain(
      'A PET scan significantly ruled out infection.',
    )
  })
})

describe('glossary on /glossary', () => {
  it('lists every abbreviation and marks expansions the source does not give', () => {
    renderAt('/glossary')
    for (const a of caseReport.abbreviations) {
      const term = [...document.querySelectorAll('main dt')].find((d) => d.textContent === a.term)!
      const row = term.closest('div')!
      // A term the article never expands is said to be so: the edition supplies nothing from outside it.
      expect(textOf(row)).toContain(a.expansion ?? 'Not expanded in the article.')
      expect(textOf(row).includes('supplied by this edition')).toBe(!a.definedInSource && a.expansion !== null)
    }
  })
})

describe('abbreviations in the text', () => {
  it('marks the first use of each abbreviation on a page with its expansion, and only the first', () => {
    renderAt('/introduction')
    const marked = [...document.querySelectorAll('main abbr')]
    const terms = marked.map((a) => a.textContent)
    expect(new Set(terms).size).toBe(terms.length)
    const toh = marked.find((a) => a.textContent === 'TOH')!
    expect(toh.getAttribute('title')).toBe('transient osteoporosis of the hip')
    expect(toh.getAttribute('tabindex')).toBe('0')
    expect(terms).toEqual(expect.arrayContaining(['TOH', 'CT', 'MR', 'MRI', 'CRPS', 'RMO', 'TBME']))
  })
})

describe('CARE checklist on /care', () => {
  it('shows all 13 items, with what is not reported said plainly', () => {
    renderAt('/care')
    const rows = screen.getAllByRole('row').slice(1)
    expect(rows).toHaveLength(13)
    expect(textOf(document.getElementById('care-12')!)).toContain('not reported')
    // Judged as strictly as a journal's reviewer: the timeline this edition adds is not the report's.
    expect(textOf(document.getElementById('care-7')!)).toContain('not reported')
    expect(textOf(document.getElementById('care-7')!)).toContain('this edition adds a timeline')
    for (const n of [3, 4, 5, 6, 8]) expect(textOf(document.getElementById(`care-${n}`)!)).toContain('partly')
    expect(document.querySelector('#care-7 a')?.getAttribute('href')).toBe('/case#timeline')
  })
})

describe('colour theme', () => {
  it('follows the system by default, and a choice applies at once and is remembered', () => {
    localStorage.clear()
    renderAt('/')
    const select = screen.getAllByRole('combobox', { name: 'Colour theme' })[0] as HTMLSelectElement
    expect(select.value).toBe('auto')
    fireEvent.change(select, { target: { value: 'dark' } })
    expect(document.documentElement.dataset.theme).toBe('dark')
    expect(localStorage.getItem('theme')).toBe('dark')
    fireEvent.change(select, { target: { value: 'auto' } })
    expect(document.documentElement.dataset.theme).toBeUndefined()
    expect(localStorage.getItem('theme')).toBeNull()
  })
})
