// Source: italia/design-comuni-wordpress-theme (commit 1c15e7b) (stati_pratica), in the source order.
// Drift: the source mixes ’ and ' in "Si richiede un’azione da parte dell'utente": normalised to '.
// GENERATED once from the reference copy, then frozen here: edit by hand with care
// (the tests compare these terms with the checker fixtures in test/fixtures).
import { deepFreeze } from '../freeze.js';
import type { Term } from '../types.js';

export const STATI_PRATICA = deepFreeze([
  {
    label: 'Processo non avviato',
    slug: 'processo-non-avviato',
    children: [{ label: 'In bozza', slug: 'in-bozza' }],
  },
  { label: 'Processo in corso', slug: 'processo-in-corso' },
  {
    label: 'Processo sospeso',
    slug: 'processo-sospeso',
    children: [
      {
        label: "Si richiede un'azione da parte dell'utente",
        slug: 'si-richiede-un-azione-da-parte-dell-utente',
      },
      {
        label: "Si richiede un'azione da parte della Pubblica Amministrazione",
        slug: 'si-richiede-un-azione-da-parte-della-pubblica-amministrazione',
      },
    ],
  },
  {
    label: 'Processo concluso',
    slug: 'processo-concluso',
    children: [
      { label: 'Esito positivo', slug: 'esito-positivo' },
      { label: 'Esito negativo', slug: 'esito-negativo' },
    ],
  },
] as const satisfies readonly Term[]);
