import { useState } from 'react'
import type { LinkTarget } from '../lib/share-url'
import { SlidesDialog } from './slides-dialog'
import { useShareUrl } from './use-share-url'

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text)
    return true
  } catch {
    return false
  }
}

/** Copy the absolute link to a place, or open "Link for slides" with its QR code. */
export function LinkTools({ target, label }: { target: LinkTarget; label: string }) {
  const build = useShareUrl()
  const [status, setStatus] = useState('')
  const [slides, setSlides] = useState(false)
  const fileName = (target.id ?? (target.path.replace(/\//g, '-').replace(/^-/, '') || 'title')).replace(
    /[^a-z0-9-]/gi,
    '',
  )
  return (
    <span className="link-tools">
      <button
        type="button"
        className="link-tool"
        aria-label={`Copy link to ${label}`}
        onClick={async () => {
          const ok = await copy(build(target))
          if (ok) setStatus('Link copied')
          else setSlides(true)
        }}
      >
        Copy link
      </button>
      <button
        type="button"
        className="link-tool"
        aria-label={`Link for slides: ${label}`}
        onClick={() => setSlides(true)}
      >
        Slides (QR)
      </button>
      <span className="link-status" role="status">
        {status}
      </span>
      {slides && <SlidesDialog target={target} label={label} fileName={fileName} onClose={() => setSlides(false)} />}
    </span>
  )
}
