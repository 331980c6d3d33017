/* Screens of text at slide size: shared by slide mode and "present this". */

/** About as much text as one screen holds at slide type size (characters). */
export const screenCharacters = 300

/** Groups items into runs whose total length stays within one screen (an item longer than that stands alone). */
export function chunk<T>(items: readonly T[], length: (item: T) => number, limit = screenCharacters): T[][] {
  const runs: T[][] = []
  let run: T[] = []
  let size = 0
  for (const item of items) {
    const n = length(item)
    if (run.length > 0 && size + n > limit) {
      runs.push(run)
      run = []
      size = 0
    }
    run.push(item)
    size += n
  }
  if (run.length > 0) runs.push(run)
  return runs
}

/** The screen a URL's query names (`?screen=2`), 1 when it names none; NaN when it names one that cannot be. */
export function screenFromSearch(search: string): number {
  const value = new URLSearchParams(search).get('screen')
  if (value === null) return 1
  return /^[1-9]\d*$/.test(value) ? Number(value) : NaN
}
