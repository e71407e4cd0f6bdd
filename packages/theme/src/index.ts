/** @piazza/theme — the CMS theme (content model, page templates, static build). */
export const THEME_NAME = '@piazza/theme';
