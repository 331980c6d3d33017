import type { EditorNote } from '../src/model/editor-note'

/**
 * Editor's notes: what this edition sees in the text itself. Each describes only what the article
 * says, where it disagrees with itself or what it leaves unstated, quoting the words concerned; none
 * brings knowledge from outside the article or judges the authors' care.
 */
export const editorNotes = [
  {
    id: 'subchondral-fracture',
    kind: 'disagreement',
    title: 'The source disagrees with itself on a subchondral fracture',
    text: 'The STIR report and the Figure 2 caption say there was no evidence of subchondral fracture. The T1 report and the Figure 3 caption describe a band suggestive of a subchondral fracture. The Discussion says that subchondral stress fractures were reported in the MRI in this case. The article does not reconcile these statements, and this edition does not choose between them: each is kept as printed.',
    quotes: [
      { source: 's-stir-contour', words: 'no evidence of subchondral fracture' },
      { source: 'figure-2', words: 'no evidence of subchondral fracture' },
      { source: 's-t1-band', words: 'suggestive of a subchondral fracture' },
      { source: 'figure-3', words: 's/o a subchondral fracture' },
      {
        source: 'discussion-1-7',
        words: 'Subchondral stress fractures reported in the MRI in this case is a consistent finding',
      },
    ],
    attachTo: [
      's-stir-contour',
      's-t1-band',
      'figure-2',
      'figure-3',
      'discussion-1-7',
      'mri-stir',
      'mri-t1',
      'differential-toh',
      'teach-9',
    ],
  },
  {
    id: 'mri-sequences-undated',
    kind: 'not stated',
    title: 'When the STIR and T1 images were taken is not stated',
    text: 'Before the follow-up, the article tells of an MRI advised at the review at 1 week, which revealed features suggestive of TOH. It reports the STIR and T1 images further on in the text, and does not say when they were taken or that they come from that MRI.',
    quotes: [
      { source: 's-anti-inflammatory-trial', words: 'hence, MRI scan of left hip was advised' },
      { source: 's-mri-diagnosis', words: 'MRI revealed features suggestive of transient osteoporosis of the hip' },
      { source: 's-stir-edema', words: 'Short tau inversion recovery (STIR) coronal images of the pelvis' },
      { source: 's-t1-band', words: 'Coronal T1 weighted image of the pelvis' },
    ],
    attachTo: ['s-stir-edema', 'mri-stir', 'mri-t1', 'stir-before-after', 'teach-9'],
  },
  {
    id: 'follow-up-mri-timing',
    kind: 'disagreement',
    title: 'The follow-up MRI: “approximately 4 months” in the text, “4 month” in the caption',
    text: 'The text dates the follow-up MRI at approximately 4 months; the Figure 5 caption says it was done at 4 month follow up. Both are kept as printed.',
    quotes: [
      { source: 's-mri-resolution', words: 'approximately 4 months follow up' },
      { source: 'figure-5', words: 'done at 4 month follow up' },
    ],
    attachTo: ['s-mri-resolution', 'figure-5', 'mri-follow-up'],
  },
  {
    id: 'follow-up-times',
    kind: 'not stated',
    title: 'From when the weeks of follow-up are counted is not stated',
    text: 'The article does not say from when the 4 weeks of improvement and the 16 weeks of follow-up are counted, nor whether the follow-up at 16 weeks came before or after the MRI at approximately 4 months. The timeline lists them in the order the text tells them.',
    quotes: [
      { source: 's-improvement-4-weeks', words: 'gradually improved over 4 weeks' },
      { source: 's-follow-up-16-weeks', words: 'At present with the recent follow-up at 16 weeks' },
      { source: 's-mri-resolution', words: 'approximately 4 months follow up' },
    ],
    attachTo: [
      's-follow-up-16-weeks',
      'event-improvement',
      'event-follow-up-16-weeks',
      'event-mri-4-months',
      'over-4-weeks',
      'at-16-weeks',
      'at-about-4-months',
    ],
  },
  {
    id: 'management-timing',
    kind: 'not stated',
    title: 'When treatment began is not stated',
    text: 'The article tells the management after the investigations but does not say when bed rest, anti-inflammatory drugs, calcium and vitamin D and the walker began, relative to the bone scan and the PET scan. The timeline places it in the order the text tells it.',
    quotes: [
      {
        source: 's-management-given',
        words: 'Patient was managed with bed rest, anti-inflammatory drugs and calcium and vitamin D supplementation',
      },
    ],
    attachTo: ['event-management'],
  },
  {
    id: 'blood-values',
    kind: 'not stated',
    title: 'The only blood value has no unit or reference range',
    text: 'The article gives a value only for C-reactive protein (140.50), with no unit and no reference range. It reports the other blood parameters as normal without values.',
    quotes: [
      { source: 's-crp', words: 'C-reactive protein (CRP) was elevated to a value of 140.50' },
      { source: 's-blood-parameters', words: 'were normal' },
    ],
    attachTo: ['s-crp', 'crp'],
  },
  {
    id: 'technetium-spelling',
    kind: 'as printed',
    title: 'The bone scan is written in different ways',
    text: 'The article writes “Tc 99 bone scan” in the sentence on the CRP and “99 Tc bone scan” in the sentence on the scan’s findings. Both are kept as printed.',
    quotes: [
      { source: 's-crp', words: 'a Tc 99 bone scan was done' },
      { source: 's-bone-scan-uptake', words: '99 Tc bone scan reveals' },
    ],
    attachTo: ['s-bone-scan-uptake', 'bone-scan'],
  },
] as const satisfies readonly EditorNote[]
