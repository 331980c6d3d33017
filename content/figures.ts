import type { Figure } from '../src/model/figure'

/** The five figures: captions word for word; the images are not in the source text. */
export const figures = [
  {
    id: 'figure-1',
    number: 1,
    label: 'Figure 1',
    panels: [
      { id: 'figure-1a', letter: 'a' },
      { id: 'figure-1b', letter: 'b' },
    ],
    caption: '(a and b) X-rays of pelvis with both hips anteroposterior and frog leg lateral view which were normal',
    part: 'imaging',
    image: null,
    alt: 'X-rays of the pelvis with both hips, anteroposterior and frog leg lateral views, reported as normal.',
  },
  {
    id: 'figure-2',
    number: 2,
    label: 'Figure 2',
    panels: [
      { id: 'figure-2a', letter: 'a' },
      { id: 'figure-2b', letter: 'b' },
    ],
    caption:
      '(a and b) STIR coronal images of the pelvis reveal hyperintense signal in the left femoral head and neck, suggestive of diffuse edema. There is evidence of joint effusion. Femoral head contour is maintained with no evidence of subchondral fracture, no synovitis seen',
    part: 'imaging',
    image: null,
    alt: 'STIR coronal MRI of the pelvis: bright signal in the left femoral head and neck (edema) with a joint effusion.',
  },
  {
    id: 'figure-3',
    number: 3,
    label: 'Figure 3',
    panels: [
      { id: 'figure-3a', letter: 'a' },
      { id: 'figure-3b', letter: 'b' },
    ],
    caption:
      '(a and b) Coronal T1 weighted image of the pelvis shows a hypointense band convex with the articular margin in the left anterosuperior femoral head s/o a subchondral fracture. Surrounding T1 hypointensity seen in left femoral head, neck which appears hyperintense on STIR images s/o diffuse edema',
    part: 'imaging',
    image: null,
    alt: 'Coronal T1 MRI of the pelvis: a dark subchondral band in the left femoral head with surrounding dark signal in the head and neck.',
  },
  {
    id: 'figure-4',
    number: 4,
    label: 'Figure 4',
    panels: [],
    caption: 'Bone scan shows increased radiotracer uptake in head and neck of femur on left side',
    part: 'imaging',
    image: null,
    alt: 'Bone scan: increased radiotracer uptake in the head and neck of the left femur.',
  },
  {
    id: 'figure-5',
    number: 5,
    label: 'Figure 5',
    panels: [
      { id: 'figure-5a', letter: 'a' },
      { id: 'figure-5b', letter: 'b' },
      { id: 'figure-5c', letter: 'c' },
    ],
    caption:
      '(a-c) Patients MRI (T1 axial and coronal, STIR coronal) done at 4 month follow up shows complete resolution of bone marrow edema and effusion',
    part: 'follow-up',
    image: null,
    alt: 'Follow-up MRI at 4 months (T1 axial and coronal, STIR coronal): the edema and effusion have resolved.',
  },
] as const satisfies readonly Figure[]
