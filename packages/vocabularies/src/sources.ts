/** Where the data of this package comes from (see README.md, "Provenienza"). */
export const SOURCES = Object.freeze({
  checker: 'italia/pa-website-validator-ng v1.1.38 (commit bb31fe9, 2026-01-23)',
  checkerAudit:
    'italia/pa-website-validator v2.11.5 (commit 71d44b3) and italia/pa-website-validator-ng v1.1.38 (commit bb31fe9), audit code',
  templates: 'italia/design-comuni-pagine-statiche v2.4.0',
  national: 'italia/daf-ontologie-vocabolari-controllati (commit d8596ae), CC-BY 4.0',
  wordpress: 'italia/design-comuni-wordpress-theme (commit 1c15e7b)',
  avviso:
    'Avviso PNRR misura 1.4.1 "Esperienza del cittadino nei servizi pubblici" (presentation, May 2022)',
} as const);
