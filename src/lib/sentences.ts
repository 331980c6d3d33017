import { collapseWhitespace } from './text'

// A sentence ends at . ? or !, optionally followed by a citation like [1-6], before a capital letter.
const boundary = /(?<=[.?!](?:\[[^\]]*\])?)\s+(?=[A-Z“"(])/u
const shortest = 20

/**
 * Split prose into sentences. Abbreviations ("Dr.", "Sr.") may cut a sentence early; pieces shorter
 * than a few words are joined to the next, so every piece is long enough to be found unambiguously.
 */
export function splitSentences(text: string): string[] {
  const pieces = collapseWhitespace(text).split(boundary).filter(Boolean)
  const out: string[] = []
  let carry = ''
  for (const piece of pieces) {
    const joined = carry ? `${carry} ${piece}` : piece
    if (joined.length < shortest) carry = joined
    else {
      out.push(joined)
      carry = ''
    }
  }
  if (carry) {
    if (out.length) out[out.length - 1] = `${out[out.length - 1]} ${carry}`
    else out.push(carry)
  }
  return out
}
