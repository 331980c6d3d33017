import PptxGenJS from 'pptxgenjs'
import QRCode from 'qrcode'
import type { CaseReport } from '../model/case-report'
import type { FigureImage } from '../model/figure'
import { notesAt, teachingTarget } from '../lib/editor-notes'
import { paths } from '../lib/paths'
import { plainText } from '../lib/plain-text'
import { isPart, revealMarkdown, revealSource } from '../lib/reveal'
import { sentenceIndex } from '../lib/sentence-index'
import { allScreens, stepScreens, type SlideScreen } from '../lib/slides'
import type { LinkTarget } from '../lib/share-url'

/** Slide size (inches, 16:9) and the corner the link and its QR code take on every slide. */
const W = 13.333
const H = 7.5
const qrSize = 1.3
const ink = '1B1F24'
const muted = '57606A'
const font = 'Arial'

/** A figure's image drawn to a PNG (PowerPoint, Keynote and Google Slides all read PNG), with its size. */
async function rasterise(image: FigureImage): Promise<{ data: string; ratio: number }> {
  const img = new Image()
  img.src = image.src
  await img.decode()
  const ratio = img.naturalWidth / img.naturalHeight || 4 / 3
  const canvas = document.createElement('canvas')
  canvas.width = 1200
  canvas.height = Math.round(1200 / ratio)
  canvas.getContext('2d')!.drawImage(img, 0, 0, canvas.width, canvas.height)
  return { data: canvas.toDataURL('image/png'), ratio }
}

/** The link at the foot of a slide, as text that opens it and as a QR code. */
async function addLink(slide: PptxGenJS.Slide, url: string) {
  const qr = await QRCode.toDataURL(url, { errorCorrectionLevel: 'M', margin: 2, width: 480 })
  slide.addImage({
    data: qr,
    x: W - qrSize - 0.3,
    y: H - qrSize - 0.25,
    w: qrSize,
    h: qrSize,
    altText: `QR code for ${url}`,
  })
  slide.addText([{ text: url, options: { hyperlink: { url, tooltip: 'Open this place in the web edition' } } }], {
    x: 0.5,
    y: H - 0.6,
    w: W - qrSize - 1.2,
    h: 0.4,
    fontSize: 12,
    fontFace: font,
    color: '0B5CAD',
  })
}

/** The speaker notes of one screen: the step's prompt, and the whole sentences, figure or note this screen shows. */
function speakerNotes(report: CaseReport, step: number, screen: SlideScreen): string {
  const index = sentenceIndex(report)
  const teaching = report.teaching[step - 1]
  const figure = screen.kind === 'figure' ? report.figures.find((f) => f.id === screen.figure) : undefined
  const shown =
    screen.kind === 'reveal'
      ? screen.items.map((item) => {
          const whole = plainText(index.get(revealSource(item))?.markdown ?? '')
          return isPart(item) ? `Shown in part: "${item.words}". Whole sentence: "${whole}"` : `"${whole}"`
        })
      : screen.kind === 'note'
        ? notesAt(report, teachingTarget(step))
            .filter((n) => n.id === screen.note)
            .map((n) => `Editor's note, added by this edition: ${n.title}. ${n.text}`)
        : figure
          ? [`${figure.label}: ${plainText(figure.caption)}`]
          : []
  return [
    `Teaching step ${step}: ${teaching.title}`,
    `Prompt (added by this edition): ${teaching.prompt}`,
    ...(shown.length ? ["On this slide, the authors' words:", ...shown] : []),
  ].join('\n')
}

/** One screen of slide mode as a slide. */
async function addScreen(pptx: PptxGenJS, report: CaseReport, step: number, screen: SlideScreen, url: string) {
  const slide = pptx.addSlide()
  const teaching = report.teaching[step - 1]
  const index = sentenceIndex(report)
  const body = {
    x: 0.5,
    y: 1.0,
    w: W - 1,
    h: H - 2.0,
    fontFace: font,
    color: ink,
    valign: 'top' as const,
    fit: 'shrink' as const,
  }
  slide.addText(`Teaching step ${step} of ${report.teaching.length}`, {
    x: 0.5,
    y: 0.3,
    w: W - 1,
    h: 0.5,
    fontSize: 16,
    bold: true,
    fontFace: font,
    color: muted,
  })
  switch (screen.kind) {
    case 'prompt':
      slide.addText(
        [
          { text: 'Teaching prompt, added by this edition', options: { fontSize: 18, color: muted, breakLine: true } },
          { text: teaching.prompt, options: { fontSize: 40, bold: true } },
        ],
        { ...body, valign: 'middle' },
      )
      break
    case 'reveal':
      slide.addText(
        [
          { text: teaching.title, options: { fontSize: 34, bold: true, breakLine: true } },
          { text: 'The authors report', options: { fontSize: 18, color: muted, breakLine: true } },
          ...screen.items.map((item) => {
            const whole = index.get(revealSource(item))?.markdown ?? ''
            const words = plainText(revealMarkdown(item, whole))
            const at = whole.indexOf(isPart(item) ? item.words : whole)
            const text = `${at > 0 ? '… ' : ''}${words}${isPart(item) && at + item.words.length < whole.length ? ' …' : ''}`
            return { text, options: { fontSize: 28, breakLine: true, paraSpaceBefore: 8 } }
          }),
        ],
        body,
      )
      break
    case 'figure': {
      const figure = report.figures.find((f) => f.id === screen.figure)!
      const images = (figure.panels.length ? figure.panels.map((p) => p.image) : [figure.image]).filter(
        (i): i is FigureImage => i !== null,
      )
      const drawn = await Promise.all(images.map(rasterise))
      const gap = 0.2
      const areaH = 4.3
      const each = Math.min(
        (W - 1 - gap * (drawn.length - 1)) / drawn.length,
        areaH * Math.max(...drawn.map((d) => d.ratio)),
      )
      let x = (W - (each * drawn.length + gap * (drawn.length - 1))) / 2
      for (const [k, d] of drawn.entries()) {
        const h = Math.min(areaH, each / d.ratio)
        const w = h * d.ratio
        slide.addImage({ data: d.data, x: x + (each - w) / 2, y: 0.9, w, h, altText: images[k].alt })
        x += each + gap
      }
      const schematic = images.some((i) => i.schematic)
        ? ' (Schematic drawing made for this edition from the caption.)'
        : ''
      slide.addText(
        [{ text: `${figure.label}: `, options: { bold: true } }, { text: plainText(figure.caption) + schematic }],
        { ...body, y: 5.3, h: 1.5, fontSize: 18 },
      )
      break
    }
    case 'note': {
      const note = report.notes.find((n) => n.id === screen.note)!
      slide.addText(
        [
          {
            text: 'Teaching point: an editor’s note, added by this edition',
            options: { fontSize: 18, color: muted, breakLine: true },
          },
          { text: note.title, options: { fontSize: 30, bold: true, breakLine: true } },
          { text: note.text, options: { fontSize: 24 } },
        ],
        body,
      )
      break
    }
    case 'key-points':
      slide.addText(
        [
          {
            text: 'Key points, added by this edition from the authors’ sentences',
            options: { fontSize: 18, color: muted, breakLine: true },
          },
          ...report.keyPoints.slice(screen.from, screen.to).map((p) => ({
            text: p.text,
            options: { fontSize: 22, bullet: true, breakLine: true, paraSpaceBefore: 6 },
          })),
        ],
        body,
      )
      break
  }
  slide.addNotes(speakerNotes(report, step, screen))
  await addLink(slide, url)
}

/**
 * The whole teaching sequence as a PowerPoint file: a title slide with the citation and licence, then
 * one slide per screen of slide mode, each with its teaching notes as speaker notes and its place in
 * the edition as a link and a QR code. `link` makes the absolute address of a place.
 */
export async function makeDeck(report: CaseReport, link: (target: LinkTarget) => string): Promise<Blob> {
  const { meta } = report
  const pptx = new PptxGenJS()
  pptx.layout = 'LAYOUT_WIDE'
  pptx.title = `${meta.title}: teaching slides`
  pptx.author = 'Teaching slides made from the web edition'
  pptx.subject = meta.journalCitation
  const title = pptx.addSlide()
  title.addText(
    [
      { text: meta.title, options: { fontSize: 40, bold: true, breakLine: true } },
      {
        text: meta.authors.map((a) => a.name).join(', '),
        options: { fontSize: 22, breakLine: true, paraSpaceBefore: 10 },
      },
      { text: meta.journalCitation, options: { fontSize: 18, breakLine: true, paraSpaceBefore: 10 } },
      {
        text: `https://doi.org/${meta.doi}`,
        options: { fontSize: 16, hyperlink: { url: `https://doi.org/${meta.doi}` }, breakLine: true },
      },
      {
        text: `Published under ${meta.licence.name}`,
        options: { fontSize: 16, hyperlink: { url: meta.licence.url }, breakLine: true, paraSpaceBefore: 16 },
      },
      {
        text: 'Teaching slides made from the web edition, which repairs the reading order of the PDF text and adds the teaching prompts, editor’s notes and key points, each labelled as added. The authors’ sentences are quoted word for word.',
        options: { fontSize: 14, color: muted, paraSpaceBefore: 10 },
      },
    ],
    { x: 0.5, y: 0.6, w: W - 1, h: H - 2.2, fontFace: font, color: ink, valign: 'top', fit: 'shrink' },
  )
  title.addNotes(`${meta.title}. ${meta.journalCitation} Published under ${meta.licence.name} (${meta.licence.url}).`)
  await addLink(title, link({ path: paths.teach }))
  for (const { step, screen } of allScreens(report)) {
    const url = link({ path: `${paths.slides}/${step}`, search: screen > 1 ? `?screen=${screen}` : '' })
    await addScreen(pptx, report, step, stepScreens(report, step)[screen - 1], url)
  }
  return (await pptx.write({ outputType: 'blob' })) as Blob
}
