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
export { formatSize } from './files.js';
export type { FileResolver } from './files.js';
export { contrastRatio } from './collections/site.js';
export { COLLECTION_SCHEMAS, ALL_SCHEMAS } from './collections/index.js';
export { schemaFiles, collectionJsonSchema, jsonSchemaOf } from './json-schema.js';
export { WordPressContentSource, WordPressSourceError, WP_PER_PAGE } from './wordpress-source.js';
export type { WordPressContentSourceOptions } from './wordpress-source.js';
