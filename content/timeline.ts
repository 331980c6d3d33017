import type { TimelineEvent } from '../src/model/views'

/**
 * The clinical course, in the order the article tells it. Times are relative and exactly as stated:
 * the source gives no dates, and where it gives no time an event's place is its place in the text.
 */
export const timeline = [
  {
    id: 'onset',
    phase: 'before',
    when: 'Before presentation',
    label: 'Onset after heavy exertion',
    text: 'Pain started after an episode of heavy exertion during a party organized at his home.',
    sources: ['s-onset'],
  },
  {
    id: 'presentation',
    phase: 'before',
    when: 'After 2 months of symptoms',
    label: 'Presentation',
    text: 'Pain in the left hip joint with limping since 2 months.',
    sources: ['s-presenting-complaint'],
  },
  {
    id: 'first-investigations',
    phase: 'investigation',
    when: 'X-rays initially; ultrasonography, time not stated',
    label: 'X-rays and ultrasonography',
    text: 'X-rays of pelvis with both hips and of lumbosacral spine normal; ultrasonography of the left hip did not reveal any abnormality.',
    sources: ['s-x-rays', 'figure-1', 's-ultrasonography'],
  },
  {
    id: 'review-1-week',
    phase: 'investigation',
    when: 'Review at 1 week',
    label: 'Anti-inflammatory trial reviewed',
    text: 'No improvement in pain, and fever developed; MRI of the left hip and base line hematological parameters advised.',
    sources: ['s-anti-inflammatory-trial'],
  },
  {
    id: 'mri-and-blood-tests',
    phase: 'investigation',
    when: 'Time not stated (told after the review at 1 week)',
    label: 'MRI and blood results',
    text: 'MRI suggestive of TOH without evidence of avascular necrosis; ESR, Sr. Alkaline phosphatase, serum creatinine and serum vitamin D3 normal; CRP elevated to a value of 140.50.',
    sources: ['s-anti-inflammatory-trial', 's-mri-diagnosis', 's-blood-parameters', 's-crp'],
  },
  {
    id: 'bone-scan',
    phase: 'investigation',
    when: 'After the CRP result',
    label: 'Bone scan',
    text: 'Tc 99 bone scan documented TOH but did not rule out infection.',
    sources: ['s-crp', 's-bone-scan-uptake'],
  },
  {
    id: 'pet',
    phase: 'investigation',
    when: 'After the bone scan',
    label: 'PET scan',
    text: 'PET scan significantly ruled out infection.',
    sources: ['s-pet-decision', 's-pet-ct-uptake'],
  },
  {
    id: 'management',
    phase: 'treatment',
    when: 'Time not stated (told after the investigations)',
    label: 'Management',
    text: 'Bed rest, anti-inflammatory drugs, calcium and vitamin D supplementation; advised to use a walker for activities of daily living; bisphosphonates not given.',
    sources: ['s-management-given', 's-bisphosphonates-withheld'],
  },
  {
    id: 'improvement',
    phase: 'treatment',
    when: 'Over 4 weeks',
    label: 'Pain improves; exercises advised',
    text: 'Pain gradually improved, after which hip range of motion and strengthening exercises were advised.',
    sources: ['s-improvement-4-weeks'],
  },
  {
    id: 'follow-up-16-weeks',
    phase: 'follow-up',
    when: '16 weeks',
    label: 'Follow-up',
    text: 'Negligible pain, but limping continues; ambulating with a cane in the left hand.',
    sources: ['s-follow-up-16-weeks'],
  },
  {
    id: 'mri-4-months',
    phase: 'follow-up',
    when: 'Approximately 4 months (caption: 4 month)',
    label: 'Follow-up MRI',
    text: 'Complete resolution of bone marrow edema and effusion.',
    sources: ['s-mri-resolution', 'figure-5'],
  },
] as const satisfies readonly TimelineEvent[]
