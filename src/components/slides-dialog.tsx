import { useEffect, useRef, useState } from 'react'
import { onlyHereWarning, type LinkTarget } from '../lib/share-url'
import { useLinksOnlyHere, useShareUrl } from './use-share-url'

interface Codes {
  url: string
  svg: string
  png: string
}

/** A dialog with the link to a place and its QR code (SVG and PNG), for a teacher's slides. */
export function SlidesDialog({
  target,
  label,
  fileName,
  onClose,
}: {
  target: LinkTarget
  label: string
  fileName: string
  onClose: () => void
}) {
  const dialog = useRef<HTMLDialogElement>(null)
  const [present, setPresent] = useState(false)
  const [codes, setCodes] = useState<Codes | null>(null)
  const build = useShareUrl()
  const onlyHere = useLinksOnlyHere()()
  const url = build({ ...target, present })

  useEffect(() => {
    dialog.current?.showModal()
  }, [])

  useEffect(() => {
    let current = true
    // The QR library loads only when a teacher asks for a code.
    import('qrcode').then(async (QRCode) => {
      const options = { errorCorrectionLevel: 'M' as const, margin: 2 }
      const svg = await QRCode.toString(url, { ...options, type: 'svg' })
      const png = await QRCode.toDataURL(url, { ...options, width: 1024 })
      if (current) setCodes({ url, svg: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`, png })
    })
    return () => {
      current = false
    }
  }, [url])

  return (
    <dialog ref={dialog} className="slides-dialog" aria-labelledby="slides-heading" onClose={onClose}>
      <h2 id="slides-heading">Link for slides: {label}</h2>
      <label className="slides-url">
        <span>Link</span>
        <input type="text" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
      </label>
      {onlyHere && (
        <p className="slides-warning" role="note">
          {onlyHereWarning} The QR code below does the same. Share the edition’s web address instead.
        </p>
      )}
      <label className="slides-present">
        <input type="checkbox" checked={present} onChange={(e) => setPresent(e.target.checked)} /> Open in presenter
        mode (large type, high contrast)
      </label>
      <div className="qr">
        {codes?.url === url ? (
          <img src={codes.svg} alt={`QR code for ${url}`} width={240} height={240} />
        ) : (
          <p role="status">Making the QR code…</p>
        )}
      </div>
      <div className="slides-actions">
        {codes?.url === url && (
          <>
            <a href={codes.svg} download={`${fileName}-qr.svg`}>
              Download QR as SVG
            </a>
            <a href={codes.png} download={`${fileName}-qr.png`}>
              Download QR as PNG
            </a>
          </>
        )}
        <button type="button" onClick={() => dialog.current?.close()}>
          Close
        </button>
      </div>
    </dialog>
  )
}
