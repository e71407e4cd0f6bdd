// Source: italia/design-comuni-wordpress-theme (commit 1c15e7b) (tipi_incarico), lowercase as in the source.
// GENERATED once from the reference copy, then frozen here: edit by hand with care
// (the tests compare these terms with the checker fixtures in test/fixtures).
import { deepFreeze } from '../freeze.js';
import type { Term } from '../types.js';

export const TIPI_INCARICO = deepFreeze([
  { label: 'politico', slug: 'politico' },
  { label: 'amministrativo', slug: 'amministrativo' },
  { label: 'altro', slug: 'altro' },
] as const satisfies readonly Term[]);
