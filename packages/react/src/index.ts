// The public API of @piazza/react. Curated: add an export only with a semver decision
// (the exports test in src/index.test.ts lists them). The areas are also entry points of their
// own (package.json "exports"): @piazza/react/navigation, /content, /forms, /services, /intl,
// /theme, /cookie-consent for the consent helpers alone and /load-more for "Carica altri" alone
// (no React). Every export belongs to one area.
export * from './intl.js';
export * from './navigation.js';
export * from './content.js';
export * from './forms.js';
export * from './services.js';
export * from './theme.js';
