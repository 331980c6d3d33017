import { fireEvent, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderAt } from '../helpers/render-route'
import { caseReport as report } from '../../content/case-report'

describe('a teaching step', () => {
  it('opens with its answer hidden, even when the step before was revealed', async () => {
    renderAt('/teach/1')
    const reveal = () => document.querySelector<HTMLDetailsElement>('details.reveal')!
    reveal().open = true
    fireEvent.click(screen.getByRole('link', { name: /Step 2/ }))
    await screen.findByText(`Teaching step 2 of ${report.teaching.length}`)
    expect(reveal().open).toBe(false)
  })
})
