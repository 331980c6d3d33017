/** The text a reader sees for a markdown sentence or caption: link syntax removed, words kept. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*\]?)\]\([^)]*\)/g, (_, text: string) => text)
    .replace(/\\([[\]\\*_])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim()
}
