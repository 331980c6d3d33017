import type { TeachingStep } from '../src/model/views'

/**
 * The case step by step, in the order the article tells it, grouped by this edition. Each step shows the authors' own
 * sentences; the prompts are generic teaching prompts added by this edition, with no clinical facts.
 */
export const teaching = [
  {
    title: 'Presentation',
    prompt: 'What would you ask this patient next?',
    sentences: [
      's-presenting-complaint',
      's-pain-character',
      's-onset',
      's-aggravating-factors',
      's-negative-history',
      's-social-history',
    ],
    figures: [],
  },
  {
    title: 'Examination',
    prompt: 'What would you look for on examination?',
    sentences: ['s-examination-hip', 's-examination-tests', 's-examination-other'],
    figures: [],
  },
  {
    title: 'First investigations',
    prompt: 'Which investigations would you start with, and what would you expect them to show?',
    sentences: ['s-x-rays', 's-ultrasonography'],
    figures: ['figure-1'],
  },
  {
    title: 'Response to the first treatment',
    prompt: 'What would you do next, and why?',
    sentences: ['s-anti-inflammatory-trial'],
    figures: [],
  },
  {
    title: 'MRI',
    prompt: 'What would you look for on the MRI?',
    sentences: ['s-mri-diagnosis', 's-stir-edema', 's-stir-effusion', 's-stir-contour', 's-t1-band', 's-t1-edema'],
    figures: ['figure-2', 'figure-3'],
  },
  {
    title: 'Blood tests',
    prompt: 'Which blood tests would you request, and what would change your thinking?',
    sentences: ['s-blood-parameters', 's-crp'],
    figures: [],
  },
  {
    title: 'Bone scan',
    prompt: 'How would you read this result, and what question remains open?',
    sentences: ['s-bone-scan-uptake'],
    figures: ['figure-4'],
  },
  {
    title: 'PET',
    prompt: 'How would you settle the question that remains?',
    sentences: ['s-pet-decision', 's-pet-ct-uptake'],
    figures: [],
  },
  {
    title: 'Diagnosis',
    prompt: 'What is your diagnosis, and what must it be told apart from?',
    sentences: ['abstract-1-1'],
    figures: [],
  },
  {
    title: 'Management',
    prompt: 'How would you manage this patient, and is there anything you would avoid?',
    sentences: ['s-management-given', 's-bisphosphonates-withheld'],
    figures: [],
  },
  {
    title: 'Outcome',
    prompt: 'What course do you expect, and how would you follow the patient up?',
    sentences: ['s-improvement-4-weeks', 's-follow-up-16-weeks', 's-mri-resolution'],
    figures: ['figure-5'],
  },
] as const satisfies readonly TeachingStep[]
