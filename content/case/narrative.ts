import type { CaseParagraph } from '../../src/model/case'

/**
 * The Case Report section word for word, in the authors' reading order (see the repairs in
 * content/provenance.ts), split into sentences, each assigned to the page of the case that shows it.
 */
export const narrative = [
  {
    id: 'history',
    sentences: [
      {
        id: 'presenting-complaint',
        part: 'presentation',
        markdown:
          'A 50-year-old male patient, senior executive by occupation, presented with complaints of pain in the left hip joint with limping since 2 months.',
      },
      {
        id: 'pain-character',
        part: 'presentation',
        markdown: 'Pain was intermittent in variety, radiating through the left thigh up to knee.',
      },
      {
        id: 'onset',
        part: 'presentation',
        markdown: 'It started after an episode of heavy exertion during a party organized at his home.',
      },
      {
        id: 'aggravating-factors',
        part: 'presentation',
        markdown: 'Pain was aggravated by weight bearing, walking and there was mild rest pain.',
      },
      {
        id: 'negative-history',
        part: 'presentation',
        markdown:
          'Patient did not have any history of trauma, any constitutional symptoms or any other rheumatic complaints in the past.',
      },
      {
        id: 'social-history',
        part: 'presentation',
        markdown: 'He did have a history of occasional alcohol consumption and smoking.',
      },
    ],
  },
  {
    id: 'examination',
    sentences: [
      {
        id: 'examination-hip',
        part: 'presentation',
        markdown:
          'Examination findings included anterior hip tenderness and terminally restricted internal rotation and flexion.',
      },
      {
        id: 'examination-tests',
        part: 'presentation',
        markdown:
          'Flexion, Abduction, External Rotation, and Extension (FABER) test was negative and active straight leg raise test SLR were possible but painful.',
      },
      {
        id: 'examination-other',
        part: 'presentation',
        markdown: 'Examination of lumbosacral spine, left knee, and bilateral sacroiliac joints was normal.',
      },
    ],
  },
  {
    id: 'investigations',
    sentences: [
      {
        id: 'x-rays',
        part: 'imaging',
        markdown:
          'Patient was initially investigated with X-rays of pelvis with both hips anteroposterior and frog leg lateral views \\[[Figure 1a and b](fig:figure-1a,figure-1b)\\] and X-rays of lumbosacral spine which was normal.',
      },
      {
        id: 'ultrasonography',
        part: 'imaging',
        markdown: 'An ultrasonography of the left hip was done which did not reveal any abnormality.',
      },
      {
        id: 'anti-inflammatory-trial',
        part: 'management',
        markdown:
          'Patient was put on a trial of anti-inflammatory drugs and reviewed at 1 week wherein patient did not show any improvement in pain but developed fever; hence, MRI scan of left hip was advised along with base line hematological parameters.',
      },
      {
        id: 'mri-diagnosis',
        part: 'imaging',
        markdown:
          'MRI revealed features suggestive of transient osteoporosis of the hip (TOH) without evidence of avascular necrosis of the head of femur.',
      },
      {
        id: 'blood-parameters',
        part: 'labs',
        markdown:
          'His blood parameters including erythrocyte sedimentation rate (ESR), Sr. Alkaline phosphatase, serum creatinine, and serum vitamin D3 were normal.',
      },
      {
        id: 'crp',
        part: 'labs',
        markdown:
          'C-reactive protein (CRP) was elevated to a value of 140.50; hence, a Tc 99 bone scan was done which again documented TOH, but did not rule out infection.',
      },
      {
        id: 'pet-decision',
        part: 'imaging',
        markdown:
          'Hence, finally, a positron emission tomography (PET) scan was done which significantly ruled out infection.',
      },
      {
        id: 'stir-edema',
        part: 'imaging',
        markdown:
          'Short tau inversion recovery (STIR) coronal images of the pelvis revealed hyperintense signal in the left femoral head and neck, suggestive of diffuse edema.',
      },
      {
        id: 'stir-effusion',
        part: 'imaging',
        markdown: 'There was evidence of joint effusion.',
      },
      {
        id: 'stir-contour',
        part: 'imaging',
        markdown:
          'Femoral head contour was maintained with no evidence of subchondral fracture, no synovitis seen \\[[Figure 2a and b](fig:figure-2a,figure-2b)\\].',
      },
    ],
  },
  {
    id: 't1',
    sentences: [
      {
        id: 't1-band',
        part: 'imaging',
        markdown:
          'Coronal T1 weighted image of the pelvis showed a hypointense band convex with the articular margin in the left anterosuperior femoral head suggestive of a subchondral fracture.',
      },
      {
        id: 't1-edema',
        part: 'imaging',
        markdown:
          'Surrounding T1 hypointensity seen in left femoral head and neck which appeared hyperintense on STIR images suggestive of diffuse edema \\[[Figure 3a and b](fig:figure-3a,figure-3b)\\].',
      },
    ],
  },
  {
    id: 'bone-scan',
    sentences: [
      {
        id: 'bone-scan-uptake',
        part: 'imaging',
        markdown:
          'Moreover, 99 Tc bone scan reveals increased radiotracer uptake in the region of left femoral head and neck \\[[Figure 4](fig:figure-4)\\].',
      },
    ],
  },
  {
    id: 'pet-ct',
    sentences: [
      {
        id: 'pet-ct-uptake',
        part: 'imaging',
        markdown:
          'PET CT revealed diffuse increased Fluorodeoxyglucose (FDG) uptake in the head and neck of left femur with standardized uptake value SUV max = 1.6.',
      },
    ],
  },
  {
    id: 'management',
    sentences: [
      {
        id: 'management-given',
        part: 'management',
        markdown:
          'Patient was managed with bed rest, anti-inflammatory drugs and calcium and vitamin D supplementation, and was advised to use a walker for activities of daily living (ADLs).',
      },
      {
        id: 'bisphosphonates-withheld',
        part: 'management',
        markdown: 'He was not given bisphosphonates since he had an episode of dental infection in the recent past.',
      },
      {
        id: 'improvement-4-weeks',
        part: 'follow-up',
        markdown:
          'Patient’s pain gradually improved over 4 weeks after which he was advised hip range of motion and strengthening exercises.',
      },
      {
        id: 'follow-up-16-weeks',
        part: 'follow-up',
        markdown:
          'At present with the recent follow-up at 16 weeks, the patient is having negligible pain but limping continues and patient is ambulating with the help of a cane in left hand.',
      },
    ],
  },
  {
    id: 'follow-up-mri',
    sentences: [
      {
        id: 'mri-resolution',
        part: 'follow-up',
        markdown:
          'Patients MRI done at approximately 4 months follow up shows complete resolution of bone marrow edema and effusion which proves the diagnosis and management to be appropriate \\[[Figure 5a-c](fig:figure-5a,figure-5b,figure-5c)\\].',
      },
    ],
  },
] as const satisfies readonly CaseParagraph[]
