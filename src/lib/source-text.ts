import type { Repair } from '../model/provenance'
import { collapseWhitespace } from './text'

/** A section of the restored source: its heading and paragraphs. */
export interface SourceSection {
  /** Heading as printed (white space collapsed); null for the front matter. */
  heading: string | null
  /** Paragraphs in reading order, white space collapsed. */
  paragraphs: string[]
}

/** The source text in the authors' reading order. */
export interface RestoredSource {
  /** Printed lines of the front matter (title, byline, correspondence), white space collapsed. */
  frontMatter: string[]
  /** Sections in order, from the first heading on. */
  sections: SourceSection[]
  /** Figure captions, label included, keyed by figure id. */
  captions: Record<string, string>
}

interface Block {
  section: number
  text: string
}

const captionStart = /^Figure \d+:/
const strayLetter = /^[a-z]$/

/** Apply the character repairs to the raw text. */
export function repairCharacters(raw: string, repairs: readonly Repair[]): string {
  return repairs.reduce((text, r) => (r.kind === 'character' ? text.split(r.from).join(r.to) : text), raw)
}

function fail(message: string): never {
  throw new Error(`source repair: ${message}`)
}

/**
 * Rebuild the authors' reading order from a two-column PDF extraction, applying exactly the repairs
 * listed (and failing loudly when one no longer matches the text).
 */
export function restoreSource(raw: string, repairs: readonly Repair[], headings: readonly string[]): RestoredSource {
  const lines = repairCharacters(raw, repairs).split('\n')
  const frontMatter: string[] = []
  const blocks: Block[] = []
  const captions: string[] = []
  const letters: string[] = []
  let section = -1
  let current: string[] = []
  let caption: string[] | null = null

  const flush = () => {
    if (caption) captions.push(collapseWhitespace(caption.join(' ')))
    else if (current.length && section >= 0) blocks.push({ section, text: collapseWhitespace(current.join(' ')) })
    current = []
    caption = null
  }

  for (const line of lines) {
    const text = collapseWhitespace(line)
    if (text === '') {
      flush()
    } else if (headings.includes(text)) {
      flush()
      section = headings.indexOf(text)
    } else if (section < 0) {
      frontMatter.push(text)
    } else if (strayLetter.test(text)) {
      letters.push(text)
    } else if (captionStart.test(text)) {
      flush()
      caption = [text]
    } else if (caption) {
      caption.push(text)
    } else {
      current.push(text)
    }
  }
  flush()

  const captionRepairs = repairs.flatMap((r) => (r.kind === 'caption' ? [r] : []))
  const captionsById: Record<string, string> = {}
  for (const r of captionRepairs) {
    const found = captions.find((c) => c.startsWith(r.startsWith))
    if (!found) fail(`no caption starts with "${r.startsWith}"`)
    captionsById[r.figure] = found
  }
  if (captions.length !== captionRepairs.length)
    fail(`found ${captions.length} captions, ${captionRepairs.length} listed`)

  const expectedLetters = repairs.flatMap((r) => (r.kind === 'stray-letters' ? r.letters : []))
  if (letters.join() !== expectedLetters.join())
    fail(`stray letters ${letters.join()} differ from ${expectedLetters.join()}`)

  for (const r of repairs) {
    if (r.kind === 'move') moveBlocks(blocks, r.firstStartsWith, r.lastStartsWith, r.afterEndsWith)
    if (r.kind === 'join') joinBlock(blocks, r.endsWith)
  }

  return {
    frontMatter,
    sections: headings.map((heading, i) => ({
      heading,
      paragraphs: blocks.filter((b) => b.section === i).map((b) => b.text),
    })),
    captions: captionsById,
  }
}

function indexOrFail(blocks: Block[], test: (b: Block) => boolean, what: string): number {
  const i = blocks.findIndex(test)
  if (i < 0) fail(`no paragraph ${what}`)
  return i
}

function moveBlocks(blocks: Block[], first: string, last: string, afterEnd: string): void {
  const from = indexOrFail(blocks, (b) => b.text.startsWith(first), `starts with "${first}"`)
  const to = indexOrFail(blocks, (b) => b.text.startsWith(last), `starts with "${last}"`)
  if (to < from) fail(`"${last}" comes before "${first}"`)
  const moved = blocks.splice(from, to - from + 1)
  const target = indexOrFail(blocks, (b) => b.text.endsWith(afterEnd), `ends with "${afterEnd}"`)
  blocks.splice(target + 1, 0, ...moved.map((b) => ({ ...b, section: blocks[target].section })))
}

function joinBlock(blocks: Block[], end: string): void {
  const i = indexOrFail(blocks, (b) => b.text.endsWith(end), `ends with "${end}"`)
  const next = blocks[i + 1]
  if (!next) fail(`nothing follows "${end}" to join`)
  blocks.splice(i, 2, { section: blocks[i].section, text: `${blocks[i].text} ${next.text}` })
}
