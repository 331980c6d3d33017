import type { CaseHeading } from '../../src/model/case'

/**
 * Headings this edition sets in the authors' narrative on the case page, each where the story moves to
 * that part of the case. The authors' words run on unchanged beneath them; a heading inside a paragraph
 * starts a new paragraph there. Each stretch keeps a "hence" with the reason before it.
 */
export const headings = [
  { id: 'case-presentation', text: 'Presentation', level: 2, part: 'presentation', startsAt: 'presenting-complaint' },
  { id: 'case-investigations', text: 'Investigations and imaging', level: 2, part: 'imaging', startsAt: 'x-rays' },
  { id: 'case-labs', text: 'Blood tests, bone scan and PET', level: 3, part: 'labs', startsAt: 'blood-parameters' },
  { id: 'case-imaging-findings', text: 'Imaging findings', level: 3, part: 'imaging', startsAt: 'stir-edema' },
  { id: 'case-management', text: 'Management', level: 2, part: 'management', startsAt: 'management-given' },
  { id: 'case-follow-up', text: 'Follow-up', level: 2, part: 'follow-up', startsAt: 'improvement-4-weeks' },
] as const satisfies readonly CaseHeading[]
