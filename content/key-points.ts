import type { KeyPoint } from '../src/model/editor-note'

/** Key points for teaching: each a summary of the authors' own sentences, linked to them. */
export const keyPoints = [
  {
    text: 'Transient osteoporosis of the hip (TOH) is a rare, self-limiting condition that typically affects middle-aged men or, less commonly, women in the third trimester of pregnancy.',
    sources: ['abstract-1-2', 'introduction-1-1'],
  },
  {
    text: 'Radiographs are typically unremarkable; MRI yields findings consistent with bone marrow edema. In this case the X-rays and the ultrasonography were normal, and the MRI revealed features suggestive of TOH without evidence of avascular necrosis of the head of femur.',
    sources: ['abstract-1-5', 's-x-rays', 's-ultrasonography', 's-mri-diagnosis'],
  },
  {
    text: 'TOH often resembles osteonecrosis, but the two must be differentiated because their prognoses and management differ.',
    sources: ['abstract-1-7'],
  },
  {
    text: 'In this case the pain did not improve at the review at 1 week on anti-inflammatory drugs and the patient developed fever; hence MRI of the left hip and base line hematological parameters were advised.',
    sources: ['s-anti-inflammatory-trial'],
  },
  {
    text: 'In this case CRP was elevated to 140.50 (no unit stated); the bone scan that followed documented TOH but did not rule out infection, and a PET scan “significantly ruled out infection”.',
    sources: ['s-crp', 's-pet-decision'],
  },
  {
    text: 'The affected area appears “warm” on bone scans, but the Introduction says this test is seldom used due to its low specificity for TOH.',
    sources: ['introduction-1-7'],
  },
  {
    text: 'The MRI reports disagree on a subchondral fracture: the STIR report found “no evidence of subchondral fracture”, the T1 report a band “suggestive of a subchondral fracture”, and the Discussion counts “Subchondral stress fractures reported in the MRI in this case” (see the editor’s note).',
    sources: ['s-stir-contour', 's-t1-band', 'discussion-1-7'],
  },
  {
    text: 'The patient was managed with bed rest, anti-inflammatory drugs, calcium and vitamin D supplementation, and advised to use a walker; bisphosphonates were not given because of a recent dental infection.',
    sources: ['s-management-given', 's-bisphosphonates-withheld'],
  },
  {
    text: 'Pain improved over 4 weeks; at 16 weeks pain was negligible but limping continued, and the MRI at approximately 4 months (Figure 5 caption: 4 month) showed complete resolution of bone marrow edema and effusion. Complete resolution takes 2–24 months as per various reports.',
    sources: ['s-improvement-4-weeks', 's-follow-up-16-weeks', 's-mri-resolution', 'figure-5', 'discussion-2-1'],
  },
  {
    text: 'Diwanji recommends follow-up for a period of 24 months; migratory recurrence of symptoms occurs within 2 years after pain relief.',
    sources: ['discussion-2-2', 'discussion-2-5'],
  },
] as const satisfies readonly KeyPoint[]
