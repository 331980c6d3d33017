import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'
import { loadAllSections } from '../src/sections/registry'

// Pages render at once, as when prerendered: every section's code is loaded before any test file runs.
await loadAllSections()
afterEach(cleanup)
