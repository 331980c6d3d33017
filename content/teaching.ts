import type { TeachingStep } from '../src/model/views'

/**
 * The case step by step, in the order the article tells it (its repaired reading order), grouped by this edition.
 * The STIR, T1, bone scan and PET CT findings come where the article reports them, after the PET scan, since it does
 * not date them. Each step reveals nothing the article has not told by then: the authors' own sentences, or the
 * exact words of the clause that belongs to the step where one sentence spans two steps. The prompts are generic
 * teaching prompts added by this edition, asking about what the audience has already seen, with no clinical facts.
 */
export const teaching = [
  {
    title: 'Presentation',
    prompt: 'As the history unfolds, what more would you want to ask?',
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
    prompt: 'From the history you have heard, what would you look for on examination?',
    sentences: ['s-examination-hip', 's-examination-tests', 's-examination-other'],
    figures: [],
  },
  {
    title: 'First investigations',
    prompt: 'From the history and examination, which investigations would you start with, and why?',
    sentences: ['s-x-rays', 's-ultrasonography'],
    figures: ['figure-1'],
  },
  {
    title: 'A trial of treatment',
    prompt: 'The results so far are back. What would you do next, and what would make you think again?',
    sentences: [
      {
        source: 's-anti-inflammatory-trial',
        words:
          'Patient was put on a trial of anti-inflammatory drugs and reviewed at 1 week wherein patient did not show any improvement in pain but developed fever',
      },
    ],
    figures: [],
  },
  {
    title: 'MRI',
    prompt: 'Given the review you have just seen, what would you do now, and why?',
    sentences: [
      {
        source: 's-anti-inflammatory-trial',
        words: 'hence, MRI scan of left hip was advised along with base line hematological parameters.',
      },
      's-mri-diagnosis',
    ],
    figures: [],
  },
  {
    title: 'Blood tests',
    prompt: 'Looking back at what was advised at the last step, which results would change your thinking, and how?',
    sentences: [
      's-blood-parameters',
      { source: 's-crp', words: 'C-reactive protein (CRP) was elevated to a value of 140.50' },
    ],
    figures: [],
  },
  {
    title: 'Bone scan',
    prompt: 'With the blood results in, what question is open, and which test would you choose to answer it?',
    sentences: [
      {
        source: 's-crp',
        words: 'hence, a Tc 99 bone scan was done which again documented TOH, but did not rule out infection.',
      },
    ],
    figures: [],
  },
  {
    title: 'PET',
    prompt: 'What did the last test leave unsettled, and how would you settle it?',
    sentences: ['s-pet-decision'],
    figures: [],
  },
  {
    title: 'The imaging findings as the article reports them',
    prompt: 'On the images, which findings would you look for, and what would each tell you?',
    sentences: [
      's-stir-edema',
      's-stir-effusion',
      's-stir-contour',
      's-t1-band',
      's-t1-edema',
      's-bone-scan-uptake',
      's-pet-ct-uptake',
    ],
    figures: ['figure-2', 'figure-3', 'figure-4'],
  },
  {
    title: 'Diagnosis',
    prompt:
      'Taking the results so far together, how sure are you of the diagnosis, and what must it be told apart from?',
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
