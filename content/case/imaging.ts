import type { ImagingStudy } from '../../src/model/case'

const notStated = 'Not stated'

/**
 * Imaging studies grouped by study, in the order the narrative first tells of each: the STIR and T1
 * rows come where the article reports them, after the PET scan, since it does not date them or say
 * which MRI they come from.
 */
export const imaging = [
  {
    id: 'x-ray-pelvis',
    modality: 'X-ray',
    view: 'Pelvis with both hips, anteroposterior and frog leg lateral views',
    when: 'Initial investigation',
    findings: 'Normal',
    significance: null,
    figures: ['figure-1'],
    sources: ['s-x-rays', 'figure-1'],
  },
  {
    id: 'x-ray-lumbosacral',
    modality: 'X-ray',
    view: 'Lumbosacral spine',
    when: 'Initial investigation',
    findings: 'Normal',
    significance: null,
    figures: [],
    sources: ['s-x-rays'],
  },
  {
    id: 'ultrasonography',
    modality: 'Ultrasonography',
    view: 'Left hip',
    when: 'Not stated (reported after the X-rays, before the anti-inflammatory trial)',
    findings: 'Did not reveal any abnormality',
    significance: null,
    figures: [],
    sources: ['s-ultrasonography'],
  },
  {
    id: 'mri',
    modality: 'MRI',
    view: 'Left hip',
    when: 'Advised at the review at 1 week',
    findings: 'Features suggestive of transient osteoporosis of the hip (TOH)',
    significance: 'Without evidence of avascular necrosis of the head of femur',
    figures: [],
    sources: ['s-anti-inflammatory-trial', 's-mri-diagnosis'],
  },
  {
    id: 'bone-scan',
    modality: 'Bone scan (Tc 99)',
    view: notStated,
    when: 'After the elevated C-reactive protein (CRP)',
    findings: 'Increased radiotracer uptake in the region of left femoral head and neck',
    significance: 'Again documented TOH, but did not rule out infection',
    figures: ['figure-4'],
    sources: ['s-crp', 's-bone-scan-uptake'],
  },
  {
    id: 'pet-ct',
    modality: 'PET CT',
    view: notStated,
    when: 'After the bone scan',
    findings:
      'Diffuse increased Fluorodeoxyglucose (FDG) uptake in the head and neck of left femur; standardized uptake value SUV max = 1.6',
    significance: 'Significantly ruled out infection',
    figures: [],
    sources: ['s-pet-decision', 's-pet-ct-uptake'],
  },
  {
    id: 'mri-stir',
    modality: 'MRI',
    view: 'Short tau inversion recovery (STIR) coronal images of the pelvis',
    when: notStated,
    findings:
      'Hyperintense signal in the left femoral head and neck, suggestive of diffuse edema; evidence of joint effusion; femoral head contour maintained',
    significance: 'No evidence of subchondral fracture, no synovitis seen',
    figures: ['figure-2'],
    sources: ['s-stir-edema', 's-stir-effusion', 's-stir-contour'],
  },
  {
    id: 'mri-t1',
    modality: 'MRI',
    view: 'Coronal T1 weighted image of the pelvis',
    when: notStated,
    findings:
      'Hypointense band convex with the articular margin in the left anterosuperior femoral head; surrounding T1 hypointensity in left femoral head and neck, hyperintense on STIR images',
    significance: 'Suggestive of a subchondral fracture; suggestive of diffuse edema',
    figures: ['figure-3'],
    sources: ['s-t1-band', 's-t1-edema'],
  },
  {
    id: 'mri-follow-up',
    modality: 'MRI',
    view: 'T1 axial and coronal, STIR coronal',
    when: 'Approximately 4 months follow up (text); 4 month follow up (Figure 5 caption)',
    findings: 'Complete resolution of bone marrow edema and effusion',
    significance: 'Proves the diagnosis and management to be appropriate (as the authors state)',
    figures: ['figure-5'],
    sources: ['s-mri-resolution', 'figure-5'],
  },
] as const satisfies readonly ImagingStudy[]
