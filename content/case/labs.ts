import type { LabResult } from '../../src/model/case'

/** Blood tests as reported: the source gives one value (CRP) and no units or reference ranges. */
export const labs = [
  {
    id: 'esr',
    name: 'Erythrocyte sedimentation rate (ESR)',
    value: null,
    unit: null,
    interpretation: 'normal',
    abnormal: false,
    sources: ['s-blood-parameters'],
  },
  {
    id: 'alkaline-phosphatase',
    name: 'Sr. Alkaline phosphatase',
    value: null,
    unit: null,
    interpretation: 'normal',
    abnormal: false,
    sources: ['s-blood-parameters'],
  },
  {
    id: 'creatinine',
    name: 'Serum creatinine',
    value: null,
    unit: null,
    interpretation: 'normal',
    abnormal: false,
    sources: ['s-blood-parameters'],
  },
  {
    id: 'vitamin-d3',
    name: 'Serum vitamin D3',
    value: null,
    unit: null,
    interpretation: 'normal',
    abnormal: false,
    sources: ['s-blood-parameters'],
  },
  {
    id: 'crp',
    name: 'C-reactive protein (CRP)',
    value: '140.50',
    unit: null,
    interpretation: 'elevated',
    abnormal: true,
    sources: ['s-crp'],
  },
] as const satisfies readonly LabResult[]
