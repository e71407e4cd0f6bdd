// Source: checker/menu-items.json and second-level-titles.json (italia/pa-website-validator-ng v1.1.38 (commit bb31fe9, 2026-01-23)): the four first-level
// items in the required order with their data-element, the checker's label pattern (case-insensitive) and the
// second-level entries; slugs and descriptions from the site tree of italia/design-comuni-wordpress-theme (commit 1c15e7b).
// The Vivere label may also be "Vivere {nome del Comune}" (pattern ^Vivere ).
// The second-level entries are not written here a second time: they are the vocabularies of
// the sections (SEZIONI_AMMINISTRAZIONE, TIPI_NOTIZIA, CATEGORIE_SERVIZIO, SEZIONI_VIVERE) with
// the data-element of their links. Edit by hand with care (the tests compare these terms with
// the checker fixtures in test/fixtures).
import { deepFreeze } from '../freeze.js';
import type { MenuItemTerm } from '../types.js';
import { CATEGORIE_SERVIZIO } from './categorie-servizio.js';
import { SEZIONI_AMMINISTRAZIONE } from './sezioni-amministrazione.js';
import { SEZIONI_VIVERE } from './sezioni-vivere.js';
import { TIPI_NOTIZIA } from './tipi-notizia.js';

export const MENU = deepFreeze([
  {
    label: 'Amministrazione',
    slug: 'amministrazione',
    dataElement: 'management',
    pattern: '^Amministrazione$',
    secondLevelDataElements: ['management-category-link'],
    description:
      'Tutte le informazioni sulla struttura amministrativa del Comune. Scopri gli organi politici, gli uffici e il personale e consulta i documenti pubblici, le statistiche e i bandi di gara.',
    children: SEZIONI_AMMINISTRAZIONE,
  },
  {
    label: 'Novità',
    slug: 'novita',
    dataElement: 'news',
    pattern: '^Novità$',
    secondLevelDataElements: ['news-category-link'],
    description:
      'Le notizie, i comunicati e gli avvisi per restare aggiornati sulle ultime novità, opportunità e cosa succede nel territorio comunale.',
    children: TIPI_NOTIZIA.map(({ label, slug }) => ({
      label,
      slug,
      dataElement: 'news-category-link' as const,
    })),
  },
  {
    label: 'Servizi',
    slug: 'servizi',
    dataElement: 'all-services',
    pattern: '^Servizi$',
    secondLevelDataElements: ['service-category-link'],
    description:
      'Tutti i servizi comunali per i cittadini, disponibili online o a sportello, per richiedere documenti e permessi, iscriversi a graduatorie ed effettuare pagamenti.',
    children: CATEGORIE_SERVIZIO.map(({ label, slug, description }) => ({
      label,
      slug,
      dataElement: 'service-category-link' as const,
      description,
    })),
  },
  {
    label: 'Vivere il Comune',
    slug: 'vivere-il-comune',
    dataElement: 'live',
    pattern: '^Vivere ',
    secondLevelDataElements: ['live-button-locations', 'live-button-events'],
    description:
      'Tutti gli eventi, le iniziative e i luoghi d’interesse per scoprire e vivere il territorio comunale.',
    children: SEZIONI_VIVERE,
  },
] as const satisfies readonly MenuItemTerm[]);
