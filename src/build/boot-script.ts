/**
 * Runs before the first paint of every page: applies the reader's colour theme and presenter mode
 * (`?present`, or on for this tab), so the page never flashes in the other look.
 */
export const bootScript = [
  'try {',
  "  var theme = localStorage.getItem('theme')",
  "  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme",
  "  if (/[?&]present(?:[=&#]|$)/.test(location.search + location.hash) || sessionStorage.getItem('present'))",
  "    document.documentElement.dataset.present = 'on'",
  '} catch (e) {}',
].join('\n')
