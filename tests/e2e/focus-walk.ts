import type { Page } from 'playwright-core'

/** One stop of the Tab key, as the reader sees it. */
export interface FocusStop {
  /** Tag and text, to name the stop in a failure. */
  name: string
  /** Some of it is inside the viewport. */
  inView: boolean
  /** It has an outline at least 2 px wide. */
  outlined: boolean
  /** What covers the middle of its visible part (a sticky header, a menu), or null when nothing does. */
  coveredBy: string | null
  /** It is laid out inline in a line of text (WCAG 2.5.8 exempts such targets from the size minimum). */
  inline: boolean
  /** Its size in CSS pixels. */
  width: number
  height: number
}

/** Where focus is now (and whether it was there before in this walk), or null when it has left the page. */
function focusStop(page: Page): Promise<(FocusStop & { again: boolean }) | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null
    if (!el || el === document.body) return null
    const walked = ((window as unknown as { walked?: WeakSet<Element> }).walked ??= new WeakSet())
    const again = walked.has(el)
    walked.add(el)
    const box = el.getBoundingClientRect()
    const style = getComputedStyle(el)
    const describe = (e: Element) => `${e.tagName.toLowerCase()}${e.className ? `.${String(e.className)}` : ''}`
    // A wrapped inline link has a box per line: it is covered only when no visible part of it is hit.
    const parts = [...el.getClientRects()]
      .map((r) => ({
        left: Math.max(r.left, 0),
        right: Math.min(r.right, window.innerWidth),
        top: Math.max(r.top, 0),
        bottom: Math.min(r.bottom, window.innerHeight),
      }))
      .filter((r) => r.right > r.left && r.bottom > r.top)
    const hits = parts.map((r) => document.elementFromPoint((r.left + r.right) / 2, (r.top + r.bottom) / 2))
    const uncovered = hits.some((hit) => hit && (hit === el || el.contains(hit)))
    return {
      again,
      name: `${el.tagName.toLowerCase()} ${(el.textContent ?? '').trim().slice(0, 30)}`,
      inView: parts.length > 0,
      outlined: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
      coveredBy: uncovered || !hits[0] ? null : describe(hits[0]),
      inline: style.display === 'inline',
      width: Math.round(box.width),
      height: Math.round(box.height),
    }
  })
}

/**
 * Press Tab from the top of the page until focus leaves it (or comes round again), and return every
 * stop. `limit` bounds a page whose focus never leaves.
 */
export async function walkFocus(page: Page, limit = 800): Promise<FocusStop[]> {
  const stops: FocusStop[] = []
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab')
    const stop = await focusStop(page)
    if (!stop || stop.again) break
    stops.push(stop)
  }
  return stops
}
