import { useSyncExternalStore } from 'react'

/** The reader's colour theme: follow the system, or a fixed choice. */
export type Theme = 'auto' | 'light' | 'dark'

const key = 'theme'
const listeners = new Set<() => void>()

function read(): Theme {
  try {
    const stored = localStorage.getItem(key)
    return stored === 'light' || stored === 'dark' ? stored : 'auto'
  } catch {
    return 'auto'
  }
}

/** Apply a theme to the document (the inline script in index.html does the same before first paint). */
export function applyTheme(theme: Theme): void {
  if (theme === 'auto') delete document.documentElement.dataset.theme
  else document.documentElement.dataset.theme = theme
}

/** Choose a theme: applied at once, remembered on this device. */
export function setTheme(theme: Theme): void {
  try {
    if (theme === 'auto') localStorage.removeItem(key)
    else localStorage.setItem(key, theme)
  } catch {
    // Storage may be unavailable (private mode, file://): the choice then lasts for this page only.
  }
  applyTheme(theme)
  for (const listener of listeners) listener()
}

/** The current theme; "auto" while prerendering and hydrating. */
export function useTheme(): Theme {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    read,
    () => 'auto',
  )
}
