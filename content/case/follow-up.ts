import type { FollowUpPoint } from '../../src/model/case'

/** Follow-up time points, relative times exactly as the source states them. */
export const followUp = [
  {
    id: 'over-4-weeks',
    when: 'Over 4 weeks',
    outcomes: ['Pain gradually improved', 'After which: advised hip range of motion and strengthening exercises'],
    sources: ['s-improvement-4-weeks'],
  },
  {
    id: 'at-16-weeks',
    when: '16 weeks (the recent follow-up)',
    outcomes: ['Negligible pain', 'Limping continues', 'Ambulating with the help of a cane in left hand'],
    sources: ['s-follow-up-16-weeks'],
  },
  {
    id: 'at-about-4-months',
    when: 'Approximately 4 months (Figure 5 caption: 4 month)',
    outcomes: ['MRI shows complete resolution of bone marrow edema and effusion'],
    sources: ['s-mri-resolution', 'figure-5'],
  },
] as const satisfies readonly FollowUpPoint[]
