import type { Comparison, Figure, FigureImage } from '../src/model/figure'
import figure1a from './figures/figure-1a.svg'
import figure1b from './figures/figure-1b.svg'
import figure2a from './figures/figure-2a.svg'
import figure2b from './figures/figure-2b.svg'
import figure3a from './figures/figure-3a.svg'
import figure3b from './figures/figure-3b.svg'
import figure4 from './figures/figure-4.svg'
import figure5a from './figures/figure-5a.svg'
import figure5b from './figures/figure-5b.svg'
import figure5c from './figures/figure-5c.svg'

const notPatient = 'Schematic illustration, not the patient’s image.'

/** A schematic drawn for this edition from the caption; the source text has no images. */
function schematic(src: string, shows: string): FigureImage {
  return { src, alt: `${shows} ${notPatient}`, schematic: true }
}

/** The five figures: captions word for word; images are schematics drawn from the captions. */
export const figures = [
  {
    id: 'figure-1',
    number: 1,
    label: 'Figure 1',
    panels: [
      {
        id: 'figure-1a',
        letter: 'a',
        shows: 'X-ray, anteroposterior view',
        image: schematic(figure1a, 'X-ray of the pelvis with both hips, anteroposterior view: normal.'),
      },
      {
        id: 'figure-1b',
        letter: 'b',
        shows: 'X-ray, frog leg lateral view',
        image: schematic(figure1b, 'X-ray of the pelvis with both hips, frog leg lateral view: normal.'),
      },
    ],
    caption: '(a and b) X-rays of pelvis with both hips anteroposterior and frog leg lateral view which were normal',
    part: 'imaging',
    image: null,
    description:
      'Two drawings of a normal pelvis with both hips: (a) seen from the front, (b) with the hips bent, spread and turned out (frog leg lateral view). Bones, joint spaces and both femoral heads look normal.',
  },
  {
    id: 'figure-2',
    number: 2,
    label: 'Figure 2',
    panels: [
      {
        id: 'figure-2a',
        letter: 'a',
        shows: 'STIR coronal',
        image: schematic(
          figure2a,
          'STIR coronal MRI of the pelvis: bright signal in the left femoral head and neck (edema) and a thin rim of joint fluid (effusion); the head keeps its round contour.',
        ),
      },
      {
        id: 'figure-2b',
        letter: 'b',
        shows: 'STIR coronal',
        image: schematic(
          figure2b,
          'A second STIR coronal slice of the pelvis with the same findings: bright left femoral head and neck, joint effusion.',
        ),
      },
    ],
    caption:
      '(a and b) STIR coronal images of the pelvis reveal hyperintense signal in the left femoral head and neck, suggestive of diffuse edema. There is evidence of joint effusion. Femoral head contour is maintained with no evidence of subchondral fracture, no synovitis seen',
    part: 'imaging',
    image: null,
    description:
      'Two drawings of coronal STIR MRI slices through both hips. The patient’s left side is on the viewer’s right. The left femoral head and neck are bright (edema) with a thin bright rim of fluid in the joint (effusion); the right hip is dark, as normal marrow is on STIR. The left femoral head is round, not collapsed.',
  },
  {
    id: 'figure-3',
    number: 3,
    label: 'Figure 3',
    panels: [
      {
        id: 'figure-3a',
        letter: 'a',
        shows: 'Coronal T1 weighted',
        image: schematic(
          figure3a,
          'Coronal T1 weighted MRI of the pelvis: a dark band under the joint surface of the left anterosuperior femoral head, with darker marrow around it in the head and neck.',
        ),
      },
      {
        id: 'figure-3b',
        letter: 'b',
        shows: 'Coronal T1 weighted',
        image: schematic(
          figure3b,
          'A second coronal T1 weighted slice with the same findings: subchondral dark band and darker marrow in the left femoral head and neck.',
        ),
      },
    ],
    caption:
      '(a and b) Coronal T1 weighted image of the pelvis shows a hypointense band convex with the articular margin in the left anterosuperior femoral head s/o a subchondral fracture. Surrounding T1 hypointensity seen in left femoral head, neck which appears hyperintense on STIR images s/o diffuse edema',
    part: 'imaging',
    image: null,
    description:
      'Two drawings of coronal T1 weighted MRI slices through both hips, the patient’s left on the viewer’s right. In the left femoral head a thin dark curved line runs just under and parallel to the joint surface (a subchondral fracture line), and the marrow of the left head and neck is darker than the right (edema). The right hip marrow is light grey, as normal fatty marrow is on T1.',
  },
  {
    id: 'figure-4',
    number: 4,
    label: 'Figure 4',
    panels: [],
    caption: 'Bone scan shows increased radiotracer uptake in head and neck of femur on left side',
    part: 'imaging',
    image: schematic(
      figure4,
      'Bone scan of the pelvis: increased radiotracer uptake in the head and neck of the left femur.',
    ),
    description:
      'A drawing of a bone scan of the pelvis and upper thighs seen from the front, the patient’s left on the viewer’s right. Tracer is faint and even over the pelvis and right hip, and dense over the head and neck of the left femur (increased uptake). The bladder shows normal activity.',
  },
  {
    id: 'figure-5',
    number: 5,
    label: 'Figure 5',
    panels: [
      {
        id: 'figure-5a',
        letter: 'a',
        shows: 'T1 axial',
        image: schematic(figure5a, 'Follow-up T1 axial MRI through both femoral heads: normal, symmetric marrow.'),
      },
      {
        id: 'figure-5b',
        letter: 'b',
        shows: 'T1 coronal',
        image: schematic(figure5b, 'Follow-up T1 coronal MRI of the pelvis: normal, symmetric marrow in both hips.'),
      },
      {
        id: 'figure-5c',
        letter: 'c',
        shows: 'STIR coronal',
        image: schematic(
          figure5c,
          'Follow-up STIR coronal MRI of the pelvis: both femoral heads dark and symmetric; no edema, no effusion.',
        ),
      },
    ],
    caption:
      '(a-c) Patients MRI (T1 axial and coronal, STIR coronal) done at 4 month follow up shows complete resolution of bone marrow edema and effusion',
    part: 'follow-up',
    image: null,
    description:
      'Three drawings of the follow-up MRI: (a) an axial T1 slice through both femoral heads, (b) a coronal T1 slice and (c) a coronal STIR slice of the pelvis. Both hips look the same: no bright edema on STIR, no dark marrow on T1, no joint fluid.',
  },
] as const satisfies readonly Figure[]

/** Panels set side by side: the edema at presentation and its resolution at follow-up. */
export const comparisons = [
  {
    id: 'stir-before-after',
    heading: 'STIR coronal: at presentation and at follow-up',
    part: 'follow-up',
    panels: [
      { panel: 'figure-2a', label: 'Presentation: Figure 2a' },
      { panel: 'figure-5c', label: 'About 4 months: Figure 5c' },
    ],
    note: 'At presentation: hyperintense signal in the left femoral head and neck, suggestive of diffuse edema, with joint effusion. At follow-up: complete resolution of bone marrow edema and effusion.',
  },
] as const satisfies readonly Comparison[]
