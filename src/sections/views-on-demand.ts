import { onDemand } from '../components/on-demand'

/** The code of the case's structured views, loaded when a reader first reaches for them. */
export const caseViews = onDemand(() => import('./case-views'))
