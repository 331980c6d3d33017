/** The markdown prose files, keyed by their path in the project (for error messages). */
export const proseFiles: Record<string, string> = import.meta.glob('./*.md', {
  query: '?raw',
  import: 'default',
  eager: true,
})

/** The text of one prose file; a missing file is an error, not a blank section. */
export function proseFile(name: string): { file: string; markdown: string } {
  const markdown = proseFiles[`./${name}`]
  if (markdown === undefined) throw new Error(`content/${name}: prose file not found`)
  return { file: `content/${name}`, markdown }
}
