import { useWaitingUpdate } from './update-store'

/** Tells the reader that updated content is available, and reloads on request. */
export function UpdateBanner() {
  const update = useWaitingUpdate()
  if (!update) return null
  return (
    <div className="update-banner" role="status">
      <p>Updated content is available.</p>
      <button type="button" onClick={update}>
        Reload to update
      </button>
    </div>
  )
}
