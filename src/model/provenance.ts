/** One repair of the PDF extraction, applied in order to rebuild the authors' reading order. */
export type Repair =
  | {
      /** Replace one character with another everywhere. */
      kind: 'character'
      /** The character found in the extraction. */
      from: string
      /** The character used in this edition. */
      to: string
      /** What was repaired and why. */
      note: string
    }
  | {
      /** Collapse line breaks of the PDF columns and doubled spaces to single spaces. */
      kind: 'whitespace'
      /** What was repaired and why. */
      note: string
    }
  | {
      /** A figure caption printed inside the running text, taken out to its figure. */
      kind: 'caption'
      /** Id of the figure. */
      figure: string
      /** Text the caption starts with in the source. */
      startsWith: string
      /** What was repaired and why. */
      note: string
    }
  | {
      /** Panel letters of figure images left as lines of their own in the text, removed. */
      kind: 'stray-letters'
      /** The letters, in the order they stand in the source. */
      letters: readonly string[]
      /** What was repaired and why. */
      note: string
    }
  | {
      /** Paragraphs printed out of place, moved to where they belong. */
      kind: 'move'
      /** Start of the first paragraph moved. */
      firstStartsWith: string
      /** Start of the last paragraph moved. */
      lastStartsWith: string
      /** End of the paragraph they are placed after. */
      afterEndsWith: string
      /** What was repaired and why. */
      note: string
    }
  | {
      /** A sentence cut in two by the extraction, joined again. */
      kind: 'join'
      /** End of the first half. */
      endsWith: string
      /** What was repaired and why. */
      note: string
    }
  | {
      /** A change of presentation only: no word of the source is changed. */
      kind: 'presentation'
      /** What was changed and why. */
      note: string
    }
