import type { ComponentType } from 'react'
import type { CasePartId } from '../model/case'
import { FollowUpSummary } from './follow-up'
import { ImagingSummary } from './imaging'
import { LabsSummary } from './labs'
import { ManagementSummary } from './management'
import { PresentationSummary } from './presentation'
import type { SectionProps } from './section-props'

/** One summary component per part of the case. */
export const partSummaries: Record<CasePartId, ComponentType<SectionProps>> = {
  presentation: PresentationSummary,
  imaging: ImagingSummary,
  labs: LabsSummary,
  management: ManagementSummary,
  'follow-up': FollowUpSummary,
}
