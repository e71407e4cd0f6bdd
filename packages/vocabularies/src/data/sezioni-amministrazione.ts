// Source: labels and order checker/menu-items.json (italia/pa-website-validator-ng v1.1.38 (commit bb31fe9, 2026-01-23)), lowercase there, written here
// in sentence case; descriptions from the site tree of italia/design-comuni-wordpress-theme (commit 1c15e7b).
// Drift: the theme writes "Organi di Governo"; the checker compares lowercased: "Organi di governo" is used.
// GENERATED once from the reference copy, then frozen here: edit by hand with care
// (the tests compare these terms with the checker fixtures in test/fixtures).
import { deepFreeze } from '../freeze.js';
import type { SecondLevelTerm } from '../types.js';

export const SEZIONI_AMMINISTRAZIONE = deepFreeze([
  {
    label: 'Aree amministrative',
    slug: 'aree-amministrative',
    dataElement: 'management-category-link',
    description:
      'La struttura organizzativa è suddivisa in aree di competenze che gestiscono i servizi erogati alla comunità.',
  },
  {
    label: 'Documenti e dati',
    slug: 'documenti-e-dati',
    dataElement: 'management-category-link',
    description: 'Bandi di concorso, avvisi, graduatorie, statistiche e documenti pubblici.',
  },
  {
    label: 'Enti e fondazioni',
    slug: 'enti-e-fondazioni',
    dataElement: 'management-category-link',
    description:
      'I consorzi, gli enti e le società partecipate di cui il Comune fa parte per rappresentare al meglio gli interessi della comunità.',
  },
  {
    label: 'Organi di governo',
    slug: 'organi-di-governo',
    dataElement: 'management-category-link',
    description:
      'Le informazioni sulla Giunta e il Consiglio comunale, incluse le convocazioni, le registrazioni delle sedute e i verbali.',
  },
  {
    label: 'Personale amministrativo',
    slug: 'personale-amministrativo',
    dataElement: 'management-category-link',
    description:
      'Personale da contattare per informazioni e supporto ai servizi erogati dagli uffici.',
  },
  {
    label: 'Politici',
    slug: 'politici',
    dataElement: 'management-category-link',
    description:
      'Tutti i rappresentanti dei cittadini che compongono gli organi di indirizzo politico del Comune.',
  },
  {
    label: 'Uffici',
    slug: 'uffici',
    dataElement: 'management-category-link',
    description:
      'Le informazioni e i contatti degli Uffici di Città, gli uffici aperti al pubblico e gli uffici assistenziali.',
  },
] as const satisfies readonly SecondLevelTerm[]);
