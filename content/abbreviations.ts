import type { Abbreviation } from '../src/model/abbreviation'

/**
 * Abbreviations of the text; `definedInSource: false` marks an expansion this edition supplies, and
 * `notInText: true` one the text does not use, listed so that search finds its expansion.
 */
export const abbreviations = [
  { term: 'TOH', expansion: 'transient osteoporosis of the hip', definedInSource: true },
  { term: 'MR', expansion: 'magnetic resonance', definedInSource: true },
  { term: 'MRI', expansion: 'magnetic resonance imaging', definedInSource: true },
  { term: 'RMO', expansion: 'regional migratory osteoporosis', definedInSource: true },
  { term: 'TBME', expansion: 'transient bone marrow edema', definedInSource: true },
  { term: 'CT', expansion: 'computed tomography', definedInSource: true },
  { term: 'CRPS', expansion: 'complex regional pain syndrome', definedInSource: true },
  { term: 'FABER', expansion: 'Flexion, Abduction, External Rotation, and Extension', definedInSource: true },
  { term: 'SLR', expansion: 'straight leg raise', definedInSource: true },
  { term: 'ESR', expansion: 'erythrocyte sedimentation rate', definedInSource: true },
  { term: 'Sr.', expansion: 'serum', definedInSource: false },
  { term: 'CRP', expansion: 'C-reactive protein', definedInSource: true },
  { term: 'Tc', expansion: null, definedInSource: false },
  { term: 'PET', expansion: 'positron emission tomography', definedInSource: true },
  { term: 'STIR', expansion: 'short tau inversion recovery', definedInSource: true },
  { term: 'FDG', expansion: 'fluorodeoxyglucose', definedInSource: true },
  { term: 'SUV', expansion: 'standardized uptake value', definedInSource: true },
  { term: 'ADLs', expansion: 'activities of daily living', definedInSource: true },
  { term: 's/o', expansion: 'suggestive of', definedInSource: false },
  { term: 'AVN', expansion: 'avascular necrosis', definedInSource: false, notInText: true },
] as const satisfies readonly Abbreviation[]
