// Source: checker/menu-items.json and second-level-titles.json (italia/pa-website-validator-ng v1.1.38 (commit bb31fe9, 2026-01-23)): "luoghi", "eventi";
// labels, slugs and descriptions from the site tree of italia/design-comuni-wordpress-theme (commit 1c15e7b).
// GENERATED once from the reference copy, then frozen here: edit by hand with care
// (the tests compare these terms with the checker fixtures in test/fixtures).
import { deepFreeze } from '../freeze.js';
import type { SecondLevelTerm } from '../types.js';

export const SEZIONI_VIVERE = deepFreeze([
  {
    label: 'Luoghi',
    slug: 'luoghi',
    dataElement: 'live-button-locations',
    description: 'Tutti i luoghi d’interesse per scoprire il territorio comunale.',
  },
  {
    label: 'Eventi',
    slug: 'eventi',
    dataElement: 'live-button-events',
    description: 'Tutti gli eventi d’interesse per scoprire il territorio comunale.',
  },
] as const satisfies readonly SecondLevelTerm[]);
