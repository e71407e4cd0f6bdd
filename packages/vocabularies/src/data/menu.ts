// Source: checker/menu-items.json and second-level-titles.json (italia/pa-website-validator-ng v1.1.38 (commit bb31fe9, 2026-01-23)): the four first-level
// items in the required order with their data-element, the checker's label pattern (case-insensitive) and the
// second-level entries; slugs and descriptions from the site tree of italia/design-comuni-wordpress-theme (commit 1c15e7b).
// The Vivere label may also be "Vivere {nome del Comune}" (pattern ^Vivere ).
// The second-level entries of Amministrazione, Novità and Vivere are not written here a second
// time: they are the vocabularies of the sections (SEZIONI_AMMINISTRAZIONE, TIPI_NOTIZIA,
// SEZIONI_VIVERE) with the data-element of their links. The service categories stay written out
// (label, slug, description): importing CATEGORIE_SERVIZIO would put its long `definition` texts
// into every page's header script (+0.8 KB brotli); src/menu.test.ts keeps the two equal.
// Edit by hand with care (the tests compare these terms with the checker fixtures in test/fixtures).
import { deepFreeze } from '../freeze.js';
import type { MenuItemTerm } from '../types.js';
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
    children: [
      {
        label: 'Educazione e formazione',
        slug: 'educazione-e-formazione',
        dataElement: 'service-category-link',
        description: 'Iscrizioni, agevolazioni e servizi per nidi, scuole e università.',
      },
      {
        label: 'Salute, benessere e assistenza',
        slug: 'salute-benessere-e-assistenza',
        dataElement: 'service-category-link',
        description:
          'Servizi sanitari e di sostegno per minori, famiglie, anziani e persone con disabilità.',
      },
      {
        label: 'Vita lavorativa',
        slug: 'vita-lavorativa',
        dataElement: 'service-category-link',
        description:
          'Lavoro, concorsi e selezioni, licenze, abilitazioni professionali e sicurezza sul lavoro.',
      },
      {
        label: 'Mobilità e trasporti',
        slug: 'mobilita-e-trasporti',
        dataElement: 'service-category-link',
        description: 'Parcheggi, viabilità, automobili e trasporto pubblico.',
      },
      {
        label: 'Catasto e urbanistica',
        slug: 'catasto-e-urbanistica',
        dataElement: 'service-category-link',
        description:
          'Piani urbanistici, piani paesaggistici e tutti i certificati per immobili, case, terreni ed edifici.',
      },
      {
        label: 'Anagrafe e stato civile',
        slug: 'anagrafe-e-stato-civile',
        dataElement: 'service-category-link',
        description:
          "Documenti d'identità, cambio di residenza, servizi elettorali, cimiteriali e certificati per nascita, matrimoni e unioni civili.",
      },
      {
        label: 'Turismo',
        slug: 'turismo',
        dataElement: 'service-category-link',
        description:
          'Sostegno e sviluppo del turismo, strutture ricettive e informazioni turistiche.',
      },
      {
        label: 'Giustizia e sicurezza pubblica',
        slug: 'giustizia-e-sicurezza-pubblica',
        dataElement: 'service-category-link',
        description: 'Polizia municipale, tribunale e Protezione civile.',
      },
      {
        label: 'Tributi, finanze e contravvenzioni',
        slug: 'tributi-finanze-e-contravvenzioni',
        dataElement: 'service-category-link',
        description: 'Tasse e tributi su immobili, rifiuti, affissioni e pubblicità',
      },
      {
        label: 'Cultura e tempo libero',
        slug: 'cultura-e-tempo-libero',
        dataElement: 'service-category-link',
        description:
          'Luoghi della cultura e dell’arte, impianti sportivi e richieste di contributi per la cultura, lo spettacolo e lo sport.',
      },
      {
        label: 'Ambiente',
        slug: 'ambiente',
        dataElement: 'service-category-link',
        description: 'Aree verdi e parchi, inquinamento, igiene urbana e rifiuti.',
      },
      {
        label: 'Imprese e commercio',
        slug: 'imprese-e-commercio',
        dataElement: 'service-category-link',
        description:
          'Avvio di un’attività, commercio, autorizzazioni e concessioni per attività produttive, mercati, incentivi e supporto alle imprese.',
      },
      {
        label: 'Autorizzazioni',
        slug: 'autorizzazioni',
        dataElement: 'service-category-link',
        description:
          'Autorizzazioni, permessi, licenze, concessioni di suolo, passi carrabili e prestito di beni del Comune.',
      },
      {
        label: 'Appalti pubblici',
        slug: 'appalti-pubblici',
        dataElement: 'service-category-link',
        description: 'Gare d’appalto e avvisi per lavori, servizi e forniture al Comune.',
      },
      {
        label: 'Agricoltura e pesca',
        slug: 'agricoltura-e-pesca',
        dataElement: 'service-category-link',
        description: 'Autorizzazioni e politiche alimentari per agricoltura e pesca.',
      },
    ],
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
