// Source: italia/daf-ontologie-vocabolari-controllati (commit d8596ae), CC-BY 4.0 (government-documents-types.csv), 9 types;
// "Dataset" (10th) and the plurals from italia/design-comuni-wordpress-theme (commit 1c15e7b) (tipi_documento, tipi_documento_plurali).
// aliases: the theme spelling when it differs (e.g. "Documento Albo Pretorio").
// GENERATED once from the reference copy, then frozen here: edit by hand with care
// (the tests compare these terms with the checker fixtures in test/fixtures).
import { deepFreeze } from '../freeze.js';
import type { Term } from '../types.js';

export const TIPI_DOCUMENTO = deepFreeze([
  {
    label: 'Documento albo pretorio',
    slug: 'documento-albo-pretorio',
    code: '1',
    plural: 'Documenti Albo Pretorio',
    definition:
      "Rientrano in questo concetto tutti quei documenti che devono essere pubblicati nell'albo pretorio nel caso di amministrazioni comunali. Tale concetto è oggetto a sua volta di un vocabolario controllato dedicato già disponibile a questo URI https://w3id.org/italia/controlled-vocabulary/municipal-board-notice",
    aliases: ['Documento Albo Pretorio'],
  },
  {
    label: 'Modulistica',
    slug: 'modulistica',
    code: '2',
    plural: 'Modulistica',
    definition:
      "Rientrano in questo concetto l'insieme dei moduli in uso presso gli uffici della pubblica amministrazione. Esempi includono, modulo primario,  moduli allegati, ecc.",
  },
  {
    label: 'Documento funzionamento interno',
    slug: 'documento-funzionamento-interno',
    code: '3',
    plural: 'Documenti funzionamento interno',
    definition:
      "Rientrano in questo concetto tutti i documenti relativi al mero funzionamento interno come per esempio regolamento gestione uffici, note varie attinenti al funzionamento interno dell'ente",
  },
  {
    label: 'Atto normativo',
    slug: 'atto-normativo',
    code: '4',
    plural: 'Atti normativi',
    definition:
      'Rientrano in questo concetto tutte le tipologie di atti normativi quali per esempio la costituzione, il decreto legislativo, il decreto legge, il decreto reale, il regio decreto ma anche regolamento dei contratti, regolamento per i referendum consultiv, ecc.',
  },
  {
    label: 'Accordo tra enti',
    slug: 'accordo-tra-enti',
    code: '5',
    plural: 'Accordi tra enti',
    definition:
      'In questa concetto si possono ricomprendere tutti quei documenti che consentono di instaurare un rapporto di collaborazione tra enti. Esempi includono convenzione, accordo generico, partnership, sponsorship',
  },
  {
    label: 'Documento attività politica',
    slug: 'documento-attivita-politica',
    code: '6',
    plural: 'Documenti attività politica',
    definition:
      'Rientrano in questa categoria documenti quali ordine del giorno, interpellanza, mozione, ecc.',
  },
  {
    label: 'Documento (tecnico) di supporto',
    slug: 'documento-tecnico-di-supporto',
    code: '7',
    plural: 'Documenti (tecnici) di supporto',
    definition:
      "Qualunque documento, anche di natura tecnica,  pubblicato dall'amministrazione  (e.g., slide, pubblicazioni generiche, rapporti tecnici, documenti di progetto, linee guida diverse da quelle dell'articolo 71 del Codice dell'Amministrazione Digitale)",
  },
  {
    label: 'Istanza',
    slug: 'istanza',
    code: '8',
    plural: 'Istanze',
    definition:
      'Richieste scritte fatte pervenire a una pubblica amministrazione da un privato, che portano ad avviare un procedimento',
  },
  {
    label: 'Documento di programmazione e rendicontazione',
    slug: 'documento-di-programmazione-e-rendicontazione',
    code: '9',
    plural: 'Documenti di programmazione e rendicontazione',
    definition:
      "Rientrano in questo concetto tutte quelle tipologie di documenti relativi alle attività di programmazione e rendicontazione. A titolo d'esempio rientrano documenti quali: bilanci, programma lavori pubblici, documento unico di programmazione, relazione annuale responsbaile anticorruzione, documenti del ciclo della performance, ecc.",
  },
  { label: 'Dataset', slug: 'dataset', plural: 'Dataset' },
] as const satisfies readonly Term[]);
