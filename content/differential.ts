import type { Differential } from '../src/model/views'

/** Transient osteoporosis of the hip beside the conditions the source sets it against. */
export const differential = [
  {
    id: 'toh',
    name: 'Transient osteoporosis of the hip (TOH)',
    points: [
      {
        text: 'A rare self-limiting condition that typically affects middle-aged men or, less commonly, women in the third trimester of pregnancy.',
        sources: ['introduction-1-1'],
      },
      {
        text: 'Radiographs frequently unremarkable, but may display diffuse osteopenia of the femoral head and neck.',
        sources: ['introduction-1-6'],
      },
      { text: 'MRI yields findings consistent with bone marrow edema.', sources: ['introduction-1-9'] },
      {
        text: 'Cases of TOH have been reported with and without the co-existent presence of subchondral stress fractures of the femoral head.',
        sources: ['introduction-2-1'],
      },
      {
        text: 'Migratory recurrence of symptoms occurs within 2 years after pain relief.',
        sources: ['discussion-2-5'],
      },
    ],
    inThisCase: [
      {
        text: 'MRI revealed features suggestive of TOH; Tc 99 bone scan again documented TOH.',
        sources: ['s-mri-diagnosis', 's-crp'],
      },
      {
        text: 'Subchondral fracture: the STIR report says “no evidence of subchondral fracture”; the T1 report says “suggestive of a subchondral fracture”; the Discussion says “Subchondral stress fractures reported in the MRI in this case”.',
        sources: ['s-stir-contour', 's-t1-band', 'discussion-1-7'],
      },
    ],
  },
  {
    id: 'osteonecrosis',
    name: 'Osteonecrosis',
    points: [
      {
        text: 'TOH often resembles osteonecrosis, but the two must be differentiated due to different prognoses and management approaches.',
        sources: ['abstract-1-7'],
      },
      {
        text: 'Unlike osteonecrosis, TOH does not result in collapse, fragmentation, or remodelling of the cortical bone of the femoral head, nor does it progress to arthritis.',
        sources: ['introduction-1-11'],
      },
      {
        text: 'Although the specific risk factors for TOH are poorly understood, it is generally agreed that they differ from the risk factors associated with osteonecrosis.',
        sources: ['introduction-3-1'],
      },
    ],
    inThisCase: [
      {
        text: 'MRI: “without evidence of avascular necrosis of the head of femur” (the article does not use the word osteonecrosis of this case).',
        sources: ['s-mri-diagnosis'],
      },
    ],
  },
  {
    id: 'tbme',
    name: 'Transient bone marrow edema (TBME) syndrome',
    points: [
      {
        text: 'The term TOH is often used interchangeably and synonymously with TBME.',
        sources: ['abstract-1-8'],
      },
      {
        text: 'According to some authors, TBME syndrome should be reserved for cases where radiographs do not show osteopenic changes of the femoral head and neck; TOH for cases where radiographs do demonstrate osteopenia.',
        sources: ['introduction-5-3'],
      },
      {
        text: 'Aside from this minor distinction, the clinical presentation and MR findings of TBME syndrome and TOH are equivalent.',
        sources: ['introduction-5-4'],
      },
    ],
    inThisCase: [],
  },
  {
    id: 'rmo',
    name: 'Regional migratory osteoporosis (RMO)',
    points: [
      {
        text: 'TOH is referred to as RMO if it travels to other joints or the contralateral hip.',
        sources: ['abstract-1-6', 'introduction-4-2'],
      },
      {
        text: 'The signs and symptoms of RMO are identical to TOH and both eventually resolve without treatment.',
        sources: ['introduction-4-3'],
      },
    ],
    inThisCase: [],
  },
  {
    id: 'crps',
    name: 'Complex regional pain syndrome (CRPS), also known as reflex sympathetic dystrophy',
    points: [
      {
        text: 'It is postulated that there may be a relationship between TOH and CRPS.',
        sources: ['introduction-3-2'],
      },
      {
        text: 'The two share similar signs and symptoms of pain, edema, and inflammatory soft tissue changes.',
        sources: ['introduction-3-3'],
      },
      {
        text: 'The hypersensitivity, vasomotor dysfunction, temperature, and skin changes typically observed in CRPS are not characteristic of transient osteoporosis.',
        sources: ['introduction-3-3'],
      },
    ],
    inThisCase: [],
  },
  {
    id: 'infection',
    name: 'Infection',
    points: [],
    inThisCase: [
      {
        text: 'At the review at 1 week on anti-inflammatory drugs the patient did not show any improvement in pain but had developed fever; hence, MRI and base line hematological parameters were advised. The article does not say what the fever was put down to.',
        sources: ['s-anti-inflammatory-trial'],
      },
      {
        text: 'CRP was elevated to a value of 140.50; the Tc 99 bone scan did not rule out infection.',
        sources: ['s-crp'],
      },
      { text: 'A PET scan significantly ruled out infection.', sources: ['s-pet-decision'] },
    ],
  },
] as const satisfies readonly Differential[]
