// Source: italia/design-comuni-wordpress-theme (commit 1c15e7b) (tipi_unita_organizzativa), lowercase as in the source.
// GENERATED once from the reference copy, then frozen here: edit by hand with care
// (the tests compare these terms with the checker fixtures in test/fixtures).
import { deepFreeze } from '../freeze.js';
import type { Term } from '../types.js';

export const TIPI_UNITA_ORGANIZZATIVA = deepFreeze([
  {
    label: 'struttura amministrativa',
    slug: 'struttura-amministrativa',
    children: [
      { label: 'area', slug: 'area' },
      { label: 'ufficio', slug: 'ufficio' },
    ],
  },
  {
    label: 'struttura politica',
    slug: 'struttura-politica',
    children: [
      { label: 'giunta comunale', slug: 'giunta-comunale' },
      { label: 'consiglio comunale', slug: 'consiglio-comunale' },
      { label: 'commissione', slug: 'commissione' },
    ],
  },
  {
    label: 'altra struttura',
    slug: 'altra-struttura',
    children: [
      { label: 'biblioteca', slug: 'biblioteca' },
      { label: 'museo', slug: 'museo' },
      { label: 'azienda municipalizzata', slug: 'azienda-municipalizzata' },
      { label: 'ente', slug: 'ente' },
      { label: 'fondazione', slug: 'fondazione' },
      { label: 'scuola', slug: 'scuola' },
      { label: 'centro culturale', slug: 'centro-culturale' },
    ],
  },
] as const satisfies readonly Term[]);
