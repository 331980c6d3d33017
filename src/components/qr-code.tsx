/** A QR code drawn as one SVG path from its module matrix (no markup injected, so it passes a strict CSP). */
export function QrCode({ modules, label }: { modules: { size: number; data: ArrayLike<number> }; label: string }) {
  const { size, data } = modules
  let d = ''
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) if (data[y * size + x]) d += `M${x + 2} ${y + 2}h1v1h-1z`
  return (
    <svg
      className="qr-code"
      viewBox={`0 0 ${size + 4} ${size + 4}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
    >
      <rect width={size + 4} height={size + 4} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  )
}
