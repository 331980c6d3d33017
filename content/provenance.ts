import type { Repair } from '../src/model/provenance'

const femoralHead = 'revealed hyperintense signal in the left femoral head'

/**
 * Every repair made to the PDF extraction (content/source-article.txt), in the order applied.
 * The tests apply these same repairs to the source file and check the app against the result.
 */
export const repairs = [
  {
    kind: 'character',
    from: '\u2011',
    to: '-',
    note: 'The extraction prints most hyphens as non-breaking hyphens (U+2011), which search and copy treat as a different character; they are shown as ordinary hyphens. The ordinary hyphens and the en dash (“2–24”) it already has are kept.',
  },
  {
    kind: 'whitespace',
    note: 'Line breaks of the two PDF columns and doubled spaces are read as single spaces.',
  },
  {
    kind: 'caption',
    figure: 'figure-1',
    startsWith: 'Figure 1:',
    note: 'The caption of Figure 1 stood inside the sentence “Patient was initially investigated with X-rays … [Figure 1a and b] and X-rays of lumbosacral spine which was normal.” It is shown with Figure 1.',
  },
  {
    kind: 'caption',
    figure: 'figure-2',
    startsWith: 'Figure 2:',
    note: `The captions of Figures 2, 4 and 3, in that order, stood between “…${femoralHead}” and the management paragraph. Each is shown with its figure.`,
  },
  {
    kind: 'caption',
    figure: 'figure-4',
    startsWith: 'Figure 4:',
    note: 'The caption of Figure 4 stood on the same line block as the end of the caption of Figure 2.',
  },
  {
    kind: 'caption',
    figure: 'figure-3',
    startsWith: 'Figure 3:',
    note: 'The caption of Figure 3 followed the caption of Figure 4.',
  },
  {
    kind: 'caption',
    figure: 'figure-5',
    startsWith: 'Figure 5:',
    note: 'The caption of Figure 5 stood at the very end of the text, after the PET CT paragraph.',
  },
  {
    kind: 'stray-letters',
    letters: ['a', 'b', 'a'],
    note: 'Three panel letters from the figure images (“a” after the caption of Figure 1; “b” and “a” after the caption of Figure 3) stood alone in the running text. They are not words of the article and are removed.',
  },
  {
    kind: 'move',
    firstStartsWith: 'and neck, suggestive of diffuse edema',
    lastStartsWith: 'PET CT revealed',
    afterEndsWith: femoralHead,
    note: `Four paragraphs, from “and neck, suggestive of diffuse edema…” (STIR) through the T1 image and the bone scan to “PET CT revealed…”, stood after the end of the Discussion. They continue the Case Report sentence that ends “…${femoralHead}” and are restored there, before the management paragraph.`,
  },
  {
    kind: 'join',
    endsWith: '[Figure 1a and b] and',
    note: 'The sentence cut by the caption of Figure 1 is joined again.',
  },
  {
    kind: 'join',
    endsWith: femoralHead,
    note: 'The STIR sentence, cut where the column ended, is joined again with its second half, “and neck, suggestive of diffuse edema.”',
  },
  {
    kind: 'join',
    endsWith: 'appears “warm” on bone scans; however,',
    note: 'In the Introduction, the sentence on bone scans, cut by a column break after “however,”, is joined again.',
  },
  {
    kind: 'presentation',
    note: 'The headings “ABSTRACT” and “Case  Report” are set as “Abstract” and “Case Report”.',
  },
  {
    kind: 'presentation',
    note: 'The Case Report is shown on five pages (presentation, imaging, laboratory findings, management, follow-up). Each sentence stands on one of them, in the authors’ order; where the authors’ paragraph goes on with a sentence shown on another page, a link says where.',
  },
  {
    kind: 'presentation',
    note: 'Citation numbers link to a note on references, figure references link to their figures and abbreviations are marked with their expansion; the words are unchanged. The summary tables are added by this edition and each entry links to the sentence it comes from.',
  },
  {
    kind: 'presentation',
    note: 'The figure images are not in the source text. Each figure shows its caption word for word with schematic drawings made for this edition from the caption and labelled as such. Panel letters are given to the views in the order the caption names them (Figure 1: anteroposterior, frog leg lateral; Figure 5: T1 axial, T1 coronal, STIR coronal).',
  },
] as const satisfies readonly Repair[]
