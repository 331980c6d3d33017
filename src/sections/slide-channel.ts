import { useEffect, useRef } from 'react'
import type { SlidePlace } from '../lib/slides'

/** The channel slide mode and its speaker view keep each other in step on (same origin, offline too). */
const channelName = `${import.meta.env.BASE_URL}slides`

const same = (a: SlidePlace | null, b: SlidePlace) => !!a && a.step === b.step && a.screen === b.screen

/**
 * Tells the other windows of slide mode where this one is, and calls `onRemote` when another moves:
 * each window posts its place when the reader moves it, and follows a place that differs from its own.
 * A move made to follow another window is not posted back, so a late echo never pulls a window back.
 */
export function useSlideChannel(place: SlidePlace, onRemote: (place: SlidePlace) => void): void {
  const channel = useRef<BroadcastChannel | null>(null)
  const latest = useRef({ place, onRemote })
  const following = useRef<SlidePlace | null>(null)
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
      if (same(here, there)) return
      following.current = there
      follow(there)
    }
    return () => {
      c.close()
      channel.current = null
    }
  }, [])
  useEffect(() => {
    const here = { step: place.step, screen: place.screen }
    if (same(following.current, here)) {
      following.current = null
      return
    }
    channel.current?.postMessage(here)
  }, [place.step, place.screen])
}
