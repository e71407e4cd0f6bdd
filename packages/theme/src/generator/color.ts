// The colour helpers live in @piazza/react (src/theme/color.ts, one implementation, behind the
// server-safe entry @piazza/react/theme): the Sass build here and createPiazzaTheme() in an app
// derive the same palette from the same colour. This module only forwards that entry.
export * from '@piazza/react/theme';
