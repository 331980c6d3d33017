import { useState } from 'react'
import { useReport } from './edition'
import { useRoutingMode } from './routing-mode'

/**
 * A button that makes the teaching sequence as a PowerPoint file in the browser and downloads it; the
 * library that writes it, and what makes its links, load only when asked for.
 */
export function DownloadDeck({ fileName }: { fileName: string }) {
  const report = useReport()
  const mode = useRoutingMode()
  const [status, setStatus] = useState('')
  const [busy, setBusy] = useState(false)
  const make = async () => {
    setBusy(true)
    setStatus('Making the slides…')
    try {
      const [{ makeDeck }, { hereLinks }] = await Promise.all([import('./make-deck'), import('./here-links')])
      const { link, warning } = hereLinks(mode)
      const url = URL.createObjectURL(await makeDeck(report, link))
      const a = document.createElement('a')
      a.href = url
      a.download = `${fileName}.pptx`
      a.click()
      window.setTimeout(() => URL.revokeObjectURL(url), 60_000)
      setStatus(
        warning
          ? `Slides downloaded. ${warning} The links and QR codes on the slides do the same.`
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
