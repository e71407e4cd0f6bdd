// The content model, its validation and the content sources of @piazza/theme.
export * from './model.js';
export {
  validateContent,
  sectionOfType,
  COLLECTIONS,
  COLLECTION_NAMES,
  BODY_FIELD,
} from './validate.js';
export type { RawContent, RawItem, ValidateOptions } from './validate.js';
export { MarkdownContentSource, parseFrontMatter } from './markdown-source.js';
export type { MarkdownContentSourceOptions } from './markdown-source.js';
export { contrastRatio, formatSize } from './schema.js';
export type { FileResolver } from './schema.js';
