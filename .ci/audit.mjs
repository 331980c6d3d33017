// `npm audit --omit=dev`: fails on a high or critical advisory in what ships to readers. Where the
// registry's audit endpoint cannot be reached (as on a machine limited to the package mirror), it says
// so plainly rather than passing or failing on a guess.
import { spawnSync } from 'node:child_process'

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' })
let report
try {
  report = JSON.parse(run.stdout)
} catch {
  report = null
}
const counts = report?.metadata?.vulnerabilities
if (!counts) {
  const reason = report?.message ?? report?.error?.summary ?? run.stderr.trim().split('\n').pop()
  console.log(`npm audit: not checked, the registry's audit endpoint did not answer (${reason})`)
  process.exit(0)
}
const serious = (counts.high ?? 0) + (counts.critical ?? 0)
console.log(
  `npm audit --omit=dev: ${counts.critical ?? 0} critical, ${counts.high ?? 0} high, ${counts.moderate ?? 0} moderate, ${counts.low ?? 0} low`,
)
process.exit(serious === 0 ? 0 : 1)
