// Source: checker/menu-items.json and second-level-titles.json (italia/pa-website-validator-ng v1.1.38 (commit bb31fe9, 2026-01-23)): the four first-level
// items in the required order with their data-element, the checker's label pattern (case-insensitive) and the
// second-level entries; slugs and descriptions from the site tree of italia/design-comuni-wordpress-theme (commit 1c15e7b).
// The Vivere label may also be "Vivere {nome del Comune}" (pattern ^Vivere ).
// GENERATED once from the reference copy, then frozen here: edit by hand with care
// (the tests compare these terms with the checker fixtures in test/fixtures).
import { deepFreeze } from '../freeze.js';
import type { MenuItemTerm } from '../types.js';

export const MENU = deepFreeze([
  {
    label: 'Amministrazione',
    slug: 'amministrazione',
    dataElement: 'management',
    pattern: '^Amministrazione$',
    secondLevelDataElements: ['management-category-link'],
    description:
      'Tutte le informazioni sulla struttura amministrativa del Comune. Scopri gli organi politici, gli uffici e il personale e consulta i documenti pubblici, le statistiche e i bandi di gara.',
    children: [
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
    ],
  },
  {
    label: 'Novità',
    slug: 'novita',
    dataElement: 'news',
    pattern: '^Novità$',
    secondLevelDataElements: ['news-category-link'],
    description:
      'Le notizie, i comunicati e gli avvisi per restare aggiornati sulle ultime novità, opportunità e cosa succede nel territorio comunale.',
    children: [
      { label: 'Notizie', slug: 'notizie', dataElement: 'news-category-link' },
      { label: 'Comunicati', slug: 'comunicati', dataElement: 'news-category-link' },
      { label: 'Avvisi', slug: 'avvisi', dataElement: 'news-category-link' },
    ],
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
    children: [
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
    ],
  },
] as const satisfies readonly MenuItemTerm[]);
