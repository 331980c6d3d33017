import { setTheme, useTheme, type Theme } from './theme'

/** Lets the reader choose light or dark, or follow the system. */
export function ThemeSelect() {
  const theme = useTheme()
  return (
    <label className="theme-select">
      <span>Colour theme</span>
      <select value={theme} onChange={(e) => setTheme(e.target.value as Theme)}>
        <option value="auto">Follow system</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
    </label>
  )
}
