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
      'Drawings of the pelvis with both hips, made from the caption: (a) anteroposterior view, (b) frog leg lateral view. The caption names the views for panels a and b together; this edition gives them to the panels in the order it lists them. The caption reports both as normal.',
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
          'STIR coronal MRI of the pelvis: hyperintense (bright) signal in the left femoral head and neck, suggestive of diffuse edema, and joint effusion; femoral head contour maintained with no evidence of subchondral fracture, no synovitis seen.',
        ),
      },
      {
        id: 'figure-2b',
        letter: 'b',
        shows: 'STIR coronal',
        image: schematic(
          figure2b,
          'Figure 2, panel b, a STIR coronal image: the caption describes panels a and b together (hyperintense signal in the left femoral head and neck, joint effusion, femoral head contour maintained with no evidence of subchondral fracture, no synovitis seen).',
        ),
      },
    ],
    caption:
      '(a and b) STIR coronal images of the pelvis reveal hyperintense signal in the left femoral head and neck, suggestive of diffuse edema. There is evidence of joint effusion. Femoral head contour is maintained with no evidence of subchondral fracture, no synovitis seen',
    part: 'imaging',
    image: null,
    description:
      'Drawings of coronal STIR MRI images of the pelvis, made from the caption, the patient’s left on the viewer’s right: hyperintense (bright) signal in the left femoral head and neck, suggestive of diffuse edema, evidence of joint effusion, and femoral head contour maintained with no evidence of subchondral fracture, no synovitis seen. The Figure 3 caption calls a band suggestive of a subchondral fracture (see the editor’s note). Structures the caption does not mention are drawn plain: the drawing says nothing about them.',
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
          'Coronal T1 weighted MRI of the pelvis (the caption describes panels a and b together and does not say which panel shows which finding; this drawing shows both): a hypointense (dark) band convex with the articular margin in the left anterosuperior femoral head, which the caption calls suggestive of a subchondral fracture, and, in the caption’s words, “Surrounding T1 hypointensity seen in left femoral head, neck which appears hyperintense on STIR images s/o diffuse edema”.',
        ),
      },
      {
        id: 'figure-3b',
        letter: 'b',
        shows: 'Coronal T1 weighted (caption gives a and b together)',
        image: schematic(
          figure3b,
          'Figure 3, panel b, coronal T1 weighted MRI of the pelvis: the caption describes panels a and b together and does not say which panel shows which finding; this edition chose to draw panel b with the same findings as panel a.',
        ),
      },
    ],
    caption:
      '(a and b) Coronal T1 weighted image of the pelvis shows a hypointense band convex with the articular margin in the left anterosuperior femoral head s/o a subchondral fracture. Surrounding T1 hypointensity seen in left femoral head, neck which appears hyperintense on STIR images s/o diffuse edema',
    part: 'imaging',
    image: null,
    description:
      'Drawings of coronal T1 weighted MRI of the pelvis, made from the caption (which describes panels a and b together), the patient’s left on the viewer’s right: a hypointense (dark) band convex with the articular margin in the left anterosuperior femoral head, which the caption calls suggestive of a subchondral fracture, and, in the caption’s words, “Surrounding T1 hypointensity seen in left femoral head, neck which appears hyperintense on STIR images s/o diffuse edema”. The caption does not say which panel shows which finding; this edition draws both findings in each panel. The Figure 2 caption, of STIR images, reports no evidence of subchondral fracture (see the editor’s note). Structures the caption does not mention are drawn plain: the drawing says nothing about them.',
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
      'Bone scan (view not stated): increased radiotracer uptake in the head and neck of the left femur.',
    ),
    description:
      'A drawing of a bone scan, made from the caption (which does not state the view), the patient’s left on the viewer’s right: increased radiotracer uptake in the head and neck of the left femur. Structures the caption does not mention are drawn plain: the drawing says nothing about them.',
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
        image: schematic(
          figure5a,
          'Follow-up MRI, T1 axial: complete resolution of bone marrow edema and effusion, as the caption reports.',
        ),
      },
      {
        id: 'figure-5b',
        letter: 'b',
        shows: 'T1 coronal',
        image: schematic(
          figure5b,
          'Follow-up MRI, T1 coronal: complete resolution of bone marrow edema and effusion, as the caption reports.',
        ),
      },
      {
        id: 'figure-5c',
        letter: 'c',
        shows: 'STIR coronal',
        image: schematic(
          figure5c,
          'Follow-up MRI, STIR coronal: complete resolution of bone marrow edema and effusion, as the caption reports.',
        ),
      },
    ],
    caption:
      '(a-c) Patients MRI (T1 axial and coronal, STIR coronal) done at 4 month follow up shows complete resolution of bone marrow edema and effusion',
    part: 'follow-up',
    image: null,
    description:
      'Drawings of the follow-up MRI the caption names, done at 4 month follow up as the caption says (the text says approximately 4 months): (a) T1 axial, (b) T1 coronal and (c) STIR coronal, the letters given in the order the caption lists the views. They show what the caption reports: complete resolution of bone marrow edema and effusion. The caption does not say whether the band seen on T1 in Figure 3 is still present; leaving it out of the drawings is not a finding. Structures the caption does not mention are drawn plain: the drawing says nothing about them.',
  },
] as const satisfies readonly Figure[]

/** Panels set side by side: the edema of Figure 2 and its resolution on the follow-up MRI of Figure 5. */
export const comparisons = [
  {
    id: 'stir-before-after',
    heading: 'STIR coronal: Figure 2 and the follow-up MRI',
    part: 'follow-up',
    panels: [
      { panel: 'figure-2a', label: 'Figure 2a: STIR coronal, date not stated' },
      {
        panel: 'figure-5c',
        label:
          'Figure 5c (STIR coronal by this edition’s reading of the caption’s list), follow-up at approximately 4 months (text), 4 month (caption)',
      },
    ],
    note: 'Figure 2: hyperintense signal in the left femoral head and neck, suggestive of diffuse edema, and evidence of joint effusion. Figure 5, at follow-up: complete resolution of bone marrow edema and effusion.',
  },
] as const satisfies readonly Comparison[]
