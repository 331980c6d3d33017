import type { SpellingVariant } from '../src/model/spelling'

/**
 * British and American spellings of words the article uses (the text mixes them: "edema" but
 * "remodelling"), so that search finds a word either way. Only words the text holds belong here; a
 * unit test checks each pair against the text.
 */
export const spellingVariants = [
  { american: 'edema', british: 'oedema' },
  { american: 'hematological', british: 'haematological' },
  { american: 'remodeling', british: 'remodelling' },
  { american: 'standardized', british: 'standardised' },
  { american: 'organized', british: 'organised' },
] as const satisfies readonly SpellingVariant[]
