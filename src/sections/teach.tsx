import { Link } from 'react-router-dom'
import { setAskFirst, useAskFirst } from '../components/teaching-prefs'
import { DownloadDeck } from '../components/download-deck'
import { paths } from '../lib/paths'
import { slideHref } from '../lib/slides'
import type { SectionProps } from './section-props'

/** The teaching walk-through: what it is, the prompt setting, and its steps. */
export function Teach({ report }: SectionProps) {
  const askFirst = useAskFirst()
  return (
    <article aria-labelledby="teach-heading">
      <p className="kicker">Added by this edition</p>
      <h1 id="teach-heading">Teaching mode</h1>
      <p>
        The case step by step, in the order the article tells it, grouped into steps by this edition. Each step shows
        the authors’ own sentences. Before each reveal there is a teaching prompt: a generic question added by this
        edition, with no facts of the case in it. Every step has its own address, to link from a slide.
      </p>
      <label className="toggle">
        <input type="checkbox" checked={askFirst} onChange={(e) => setAskFirst(e.target.checked)} /> Ask the prompt
        before revealing each step
      </label>
      {/* Listed by their prompts: a step's title would give away what it reveals. */}
      <ol className="teach-steps">
        {report.teaching.map((step, i) => (
          <li key={step.title}>
            <Link to={`${paths.teach}/${i + 1}`}>Step {i + 1}</Link>: {step.prompt}
          </li>
        ))}
      </ol>
      <p className="teach-start">
        <Link to={`${paths.teach}/1`} className="button-link">
          Start with step 1
        </Link>{' '}
        <Link to={slideHref(1)} className="button-link">
          Present as slides
        </Link>
      </p>
      <DownloadDeck fileName={`${report.meta.title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-teaching-slides`} />
      <p>
        <Link to={`${paths.teach}/handout`}>Printable handout</Link>: one step per page with its QR code.
      </p>
      <p className="teach-deck-note">
        A PowerPoint file of the whole sequence, made in your browser, to edit in PowerPoint, Keynote or Google Slides:
        a title slide with the citation and licence, one slide per screen of slide mode, the teaching notes as speaker
        notes, and on each slide its link in this edition and a QR code.
      </p>
      <p className="teach-keys">
        Slide mode fills the screen, one idea at a time, and answers a presentation clicker: → ↓ Page Down Space or N go
        forward (the reveal first, then the next step), ← ↑ Page Up or P go back, Home and End go to the first and last
        screen, F fills the screen, B or . blanks it, S opens the speaker view in a second window, Escape leaves.
      </p>
    </article>
  )
}
