import type { References } from '../src/model/citation'

/** The source text cites references 1 to 13 but does not include the list. */
export const references = {
  count: 13,
  statement:
    'The numbered reference list of the article (references 1 to 13) is not included in the source text of this edition, so no reference details are given here. The list is in the published article.',
  known: [{ number: 12, known: 'The text names its author: Diwanji.' }],
} satisfies References
