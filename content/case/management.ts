import type { Management } from '../../src/model/case'

/** Treatments given and withheld, each traced to its sentence. */
export const management = {
  interventions: [
    {
      id: 'anti-inflammatory-trial',
      text: 'Trial of anti-inflammatory drugs',
      when: 'Reported after the X-rays and ultrasonography; reviewed at 1 week',
      outcome:
        'Did not show any improvement in pain but developed fever; MRI scan of left hip advised along with base line hematological parameters',
      sources: ['s-anti-inflammatory-trial'],
    },
    { id: 'bed-rest', text: 'Bed rest', when: 'Not stated', outcome: null, sources: ['s-management-given'] },
    {
      id: 'anti-inflammatory-drugs',
      text: 'Anti-inflammatory drugs',
      when: 'Not stated',
      outcome: null,
      sources: ['s-management-given'],
    },
    {
      id: 'calcium-vitamin-d',
      text: 'Calcium and vitamin D supplementation',
      when: 'Not stated',
      outcome: null,
      sources: ['s-management-given'],
    },
    {
      id: 'walker',
      text: 'Advised to use a walker for activities of daily living (ADLs)',
      when: 'Not stated',
      outcome: null,
      sources: ['s-management-given'],
    },
    {
      id: 'exercises',
      text: 'Advised hip range of motion and strengthening exercises',
      when: 'After the pain gradually improved over 4 weeks',
      outcome: null,
      sources: ['s-improvement-4-weeks'],
    },
  ],
  withheld: [
    {
      id: 'bisphosphonates',
      text: 'Bisphosphonates',
      reason: 'He had an episode of dental infection in the recent past',
      sources: ['s-bisphosphonates-withheld'],
    },
  ],
} satisfies Management
