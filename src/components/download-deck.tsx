import { useState } from 'react'
import { onlyHereWarning } from '../lib/share-url'
import { useReport } from './edition'
import { useLinksOnlyHere, useShareUrl } from './use-share-url'

/**
 * A button that makes the teaching sequence as a PowerPoint file in the browser and downloads it; the
 * library that writes it loads only when asked for.
 */
export function DownloadDeck({ fileName }: { fileName: string }) {
  const report = useReport()
  const link = useShareUrl()
  const onlyHere = useLinksOnlyHere()
  const [status, setStatus] = useState('')
  const [busy, setBusy] = useState(false)
  const make = async () => {
    setBusy(true)
    setStatus('Making the slides…')
    try {
      const { makeDeck } = await import('./make-deck')
      const url = URL.createObjectURL(await makeDeck(report, link))
      const a = document.createElement('a')
      a.href = url
      a.download = `${fileName}.pptx`
      a.click()
      window.setTimeout(() => URL.revokeObjectURL(url), 60_000)
      setStatus(
        onlyHere()
          ? `Slides downloaded. ${onlyHereWarning} The links and QR codes on the slides do the same.`
          : 'Slides downloaded.',
      )
    } catch (error) {
      setStatus(`The slides could not be made: ${String(error)}`)
    } finally {
      setBusy(false)
    }
  }
  return (
    <p className="download-deck">
      <button type="button" onClick={make} disabled={busy}>
        Download the slides (.pptx)
      </button>{' '}
      <span role="status">{status}</span>
    </p>
  )
}
