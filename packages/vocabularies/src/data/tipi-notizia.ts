// Source: italia/design-comuni-wordpress-theme (commit 1c15e7b) (tipi_notizia); same three titles in checker/second-level-titles.json (italia/pa-website-validator-ng v1.1.38 (commit bb31fe9, 2026-01-23)).
// GENERATED once from the reference copy, then frozen here: edit by hand with care
// (the tests compare these terms with the checker fixtures in test/fixtures).
import { deepFreeze } from '../freeze.js';
import type { Term } from '../types.js';

export const TIPI_NOTIZIA = deepFreeze([
  { label: 'Notizie', slug: 'notizie' },
  { label: 'Comunicati', slug: 'comunicati' },
  { label: 'Avvisi', slug: 'avvisi' },
] as const satisfies readonly Term[]);
