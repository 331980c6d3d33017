/** Which units of text are missing from a text, and which are present but out of order. */
export function checkInOrder(units: readonly string[], text: string): { missing: string[]; outOfOrder: string[] } {
  const missing: string[] = []
  const outOfOrder: string[] = []
  let cursor = 0
  for (const unit of units) {
    const at = text.indexOf(unit, cursor)
    if (at >= 0) cursor = at + unit.length
    else if (text.includes(unit)) outOfOrder.push(unit)
    else missing.push(unit)
  }
  return { missing, outOfOrder }
}
