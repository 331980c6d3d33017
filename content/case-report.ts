import type { CaseReport } from '../src/model/case-report'
import { abbreviations } from './abbreviations'
import { care } from './care'
import { differential } from './differential'
import { editorNotes } from './editor-notes'
import { keyPoints } from './key-points'
import { teaching } from './teaching'
import { timeline } from './timeline'
import { meta } from './article'
import { followUp } from './case/follow-up'
import { imaging } from './case/imaging'
import { labs } from './case/labs'
import { management } from './case/management'
import { headings } from './case/headings'
import { narrative } from './case/narrative'
import { presentation } from './case/presentation'
import { comparisons, figures } from './figures'
import { proseFile } from './prose'
import { repairs } from './provenance'
import { references } from './references'
import { spellingVariants } from './spelling-variants'

/** The whole case report, checked against the schema in src/model. */
export const caseReport = {
  meta,
  abstract: { id: 'abstract', heading: 'Abstract', sourceHeading: 'ABSTRACT', ...proseFile('abstract.md') },
  introduction: {
    id: 'introduction',
    heading: 'Introduction',
    sourceHeading: 'Introduction',
    ...proseFile('introduction.md'),
  },
  case: {
    id: 'case-report',
    heading: 'Case Report',
    sourceHeading: 'Case Report',
    file: 'content/case/narrative.ts',
    narrative,
    headings,
    presentation,
    imaging,
    labs,
    management,
    followUp,
  },
  discussion: { id: 'discussion', heading: 'Discussion', sourceHeading: 'Discussion', ...proseFile('discussion.md') },
  figures,
  comparisons,
  references,
  abbreviations,
  spellingVariants,
  timeline,
  differential,
  care,
  teaching,
  notes: editorNotes,
  keyPoints,
  repairs,
  sourceHeadings: ['ABSTRACT', 'Introduction', 'Case Report', 'Discussion'],
  sourceFile: 'content/source-article.txt',
} satisfies CaseReport
