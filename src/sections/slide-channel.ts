import { useEffect, useRef } from 'react'
import type { SlidePlace } from '../lib/slides'

/** The channel slide mode and its speaker view keep each other in step on (same origin, offline too). */
const channelName = `${import.meta.env.BASE_URL}slides`

/**
 * Tells the other windows of slide mode where this one is, and calls `onRemote` when another moves:
 * each window posts its place when it changes, and follows a place that differs from its own.
 */
export function useSlideChannel(place: SlidePlace, onRemote: (place: SlidePlace) => void): void {
  const channel = useRef<BroadcastChannel | null>(null)
  const latest = useRef({ place, onRemote })
  useEffect(() => {
    latest.current = { place, onRemote }
  })
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return
    const c = new BroadcastChannel(channelName)
    channel.current = c
    c.onmessage = (event: MessageEvent<SlidePlace>) => {
      const { place: here, onRemote: follow } = latest.current
      const there = event.data
      if (there.step !== here.step || there.screen !== here.screen) follow(there)
    }
    return () => {
      c.close()
      channel.current = null
    }
  }, [])
  useEffect(() => {
    channel.current?.postMessage({ step: place.step, screen: place.screen })
  }, [place.step, place.screen])
}
