import type { Presentation } from '../../src/model/case'

/** History and examination, each fact traced to its sentence of the narrative. */
export const presentation = {
  history: [
    { text: '50-year-old male', sources: ['presenting-complaint'] },
    { text: 'Senior executive by occupation', sources: ['presenting-complaint'] },
    { text: 'Pain in the left hip joint with limping since 2 months', sources: ['presenting-complaint'] },
    { text: 'Pain intermittent in variety, radiating through the left thigh up to knee', sources: ['pain-character'] },
    { text: 'Started after an episode of heavy exertion during a party organized at his home', sources: ['onset'] },
    { text: 'Aggravated by weight bearing and walking; mild rest pain', sources: ['aggravating-factors'] },
    {
      text: 'No history of trauma, constitutional symptoms or other rheumatic complaints',
      sources: ['negative-history'],
    },
    { text: 'Occasional alcohol consumption and smoking', sources: ['social-history'] },
  ],
  examination: [
    { text: 'Anterior hip tenderness', sources: ['examination-hip'] },
    { text: 'Terminally restricted internal rotation and flexion', sources: ['examination-hip'] },
    { text: 'FABER test negative', sources: ['examination-tests'] },
    { text: 'Active straight leg raise (SLR) possible but painful', sources: ['examination-tests'] },
    { text: 'Lumbosacral spine, left knee and bilateral sacroiliac joints normal', sources: ['examination-other'] },
  ],
} satisfies Presentation
