// Totals the JSON reports of every test suite into the closing line `N passed, N failed`.
import { existsSync, readFileSync } from 'node:fs'

// Usage: node .ci/count.mjs FAILED_STEPS report.json...; a failed step (lint, build...) counts as a failure.
const [failedSteps, ...files] = process.argv.slice(2)
let passed = 0
let failed = Number(failedSteps) || 0
for (const file of files) {
  if (!existsSync(file)) {
    console.log(`${file}: no report (the suite did not run)`)
    failed += 1
    continue
  }
  const report = JSON.parse(readFileSync(file, 'utf8'))
  passed += report.numPassedTests
  failed += report.numFailedTests + (report.numTotalTests === 0 ? 1 : 0)
  if (report.numPendingTests || report.numTodoTests) {
    console.log(`${file}: skipped or todo tests are not allowed`)
    failed += report.numPendingTests + report.numTodoTests
  }
}
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed === 0 ? 0 : 1)
