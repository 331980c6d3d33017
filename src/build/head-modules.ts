// What the head step loads through Vite's module runner: the article's record and its formats.
export { meta } from '../../content/article'
export { highwireTags, jsonLd } from '../lib/citation-formats'
