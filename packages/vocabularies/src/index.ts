// @piazza/vocabularies: the controlled vocabularies of the Modello Comuni (PNRR 1.4.1) as frozen,
// typed data. The EuroVoc labels are in the separate entry point @piazza/vocabularies/eurovoc.
export * from './vocabularies.js';
export * from './lookup.js';
export * from './menu.js';
export * from './data-elements.js';
export * from './service-page.js';
export * from './feedback.js';
export * from './service-flows.js';
export * from './legal-notes.js';
export * from './site-links.js';
export * from './fonts.js';
export { slugify, foldAccents, checkerKey } from './slug.js';
export { deepFreeze } from './freeze.js';
export { SOURCES } from './sources.js';
export type * from './types.js';
