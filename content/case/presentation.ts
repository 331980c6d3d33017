import type { Presentation } from '../../src/model/case'

/** History and examination, each fact traced to its sentence of the narrative. */
export const presentation = {
  history: [
    { text: '50-year-old male', sources: ['s-presenting-complaint'] },
    { text: 'Senior executive by occupation', sources: ['s-presenting-complaint'] },
    { text: 'Pain in the left hip joint with limping since 2 months', sources: ['s-presenting-complaint'] },
    {
      text: 'Pain intermittent in variety, radiating through the left thigh up to knee',
      sources: ['s-pain-character'],
    },
    { text: 'Started after an episode of heavy exertion during a party organized at his home', sources: ['s-onset'] },
    { text: 'Aggravated by weight bearing and walking; mild rest pain', sources: ['s-aggravating-factors'] },
    {
      text: 'No history of trauma, constitutional symptoms or other rheumatic complaints in the past',
      sources: ['s-negative-history'],
    },
    { text: 'Occasional alcohol consumption and smoking', sources: ['s-social-history'] },
  ],
  examination: [
    { text: 'Anterior hip tenderness', sources: ['s-examination-hip'] },
    { text: 'Terminally restricted internal rotation and flexion', sources: ['s-examination-hip'] },
    { text: 'FABER test negative', sources: ['s-examination-tests'] },
    { text: 'Active straight leg raise (SLR) possible but painful', sources: ['s-examination-tests'] },
    { text: 'Lumbosacral spine, left knee and bilateral sacroiliac joints normal', sources: ['s-examination-other'] },
  ],
} satisfies Presentation
