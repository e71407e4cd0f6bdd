// The controlled vocabularies of the Modello Comuni, their derived types and the registry used to
// write the JSON files. Each data file in ./data states its source in a header comment.
import { ARGOMENTI } from './data/argomenti.js';
import { CATEGORIE_SERVIZIO } from './data/categorie-servizio.js';
import { TIPI_NOTIZIA } from './data/tipi-notizia.js';
import { SEZIONI_AMMINISTRAZIONE } from './data/sezioni-amministrazione.js';
import { SEZIONI_VIVERE } from './data/sezioni-vivere.js';
import { EVENTI_VITA_PERSONE } from './data/eventi-vita-persone.js';
import { EVENTI_VITA_IMPRESE } from './data/eventi-vita-imprese.js';
import { TIPI_DOCUMENTO } from './data/tipi-documento.js';
import { TIPI_ATTO_ALBO_PRETORIO } from './data/albo-pretorio.js';
import { TIPI_LUOGO } from './data/tipi-luogo.js';
import { TIPI_EVENTO } from './data/tipi-evento.js';
import { TIPI_UNITA_ORGANIZZATIVA } from './data/tipi-unita-organizzativa.js';
import { TIPI_INCARICO } from './data/tipi-incarico.js';
import { STATI_PRATICA } from './data/stati-pratica.js';
import { LICENZE } from './data/licenze.js';
import { TEMI_DATASET } from './data/temi-dataset.js';
import { FREQUENZE_AGGIORNAMENTO } from './data/frequenze-aggiornamento.js';
import { TIPI_PUNTO_CONTATTO } from './data/tipi-punto-contatto.js';
import { TIPI_CONTENUTO } from './data/tipi-contenuto.js';
import { TIPI_FLUSSO } from './data/tipi-flusso.js';
import { SERVIZI_AVVISO } from './data/servizi-avviso.js';
import { MENU, SECOND_LEVEL_TITLES } from './menu.js';
import { DATA_ELEMENTS } from './data-elements.js';
import { SERVICE_PAGE_INDEX, SERVICE_PAGE_OPTIONAL_SECTIONS } from './service-page.js';
import { FEEDBACK } from './feedback.js';
import { FLOW_STEPS, AREA_PERSONALE_TABS } from './service-flows.js';
import { LEGAL_NOTES } from './legal-notes.js';
import { SITE_LINKS } from './site-links.js';
import { ALLOWED_FONTS, FONT_FAMILIES } from './fonts.js';
import { SOURCES } from './sources.js';
import { deepFreeze } from './freeze.js';
import type { LabelOf, SlugOf } from './types.js';

export {
  ARGOMENTI,
  CATEGORIE_SERVIZIO,
  TIPI_NOTIZIA,
  SEZIONI_AMMINISTRAZIONE,
  SEZIONI_VIVERE,
  EVENTI_VITA_PERSONE,
  EVENTI_VITA_IMPRESE,
  TIPI_DOCUMENTO,
  TIPI_ATTO_ALBO_PRETORIO,
  TIPI_LUOGO,
  TIPI_EVENTO,
  TIPI_UNITA_ORGANIZZATIVA,
  TIPI_INCARICO,
  STATI_PRATICA,
  LICENZE,
  TEMI_DATASET,
  FREQUENZE_AGGIORNAMENTO,
  TIPI_PUNTO_CONTATTO,
  TIPI_CONTENUTO,
  TIPI_FLUSSO,
  SERVIZI_AVVISO,
};

type Item<V extends readonly unknown[]> = V[number];

/** One of the 64 topics (argomenti) of the Modello Comuni, in the checker's spelling. */
export type Argomento = LabelOf<Item<typeof ARGOMENTI>>;
export type ArgomentoSlug = SlugOf<Item<typeof ARGOMENTI>>;
/** One of the 15 service categories. */
export type CategoriaServizio = LabelOf<Item<typeof CATEGORIE_SERVIZIO>>;
export type CategoriaServizioSlug = SlugOf<Item<typeof CATEGORIE_SERVIZIO>>;
/** Notizie, Comunicati, Avvisi. */
export type TipoNotizia = LabelOf<Item<typeof TIPI_NOTIZIA>>;
export type TipoNotiziaSlug = SlugOf<Item<typeof TIPI_NOTIZIA>>;
/** One of the 7 sections of Amministrazione. */
export type SezioneAmministrazione = LabelOf<Item<typeof SEZIONI_AMMINISTRAZIONE>>;
/** Luoghi, Eventi. */
export type SezioneVivere = LabelOf<Item<typeof SEZIONI_VIVERE>>;
export type EventoVitaPersone = LabelOf<Item<typeof EVENTI_VITA_PERSONE>>;
export type EventoVitaImprese = LabelOf<Item<typeof EVENTI_VITA_IMPRESE>>;
export type TipoDocumento = LabelOf<Item<typeof TIPI_DOCUMENTO>>;
/** A type of act of the albo pretorio, at any level of the tree. */
export type TipoAttoAlboPretorio = LabelOf<Item<typeof TIPI_ATTO_ALBO_PRETORIO>>;
/** A place type, at any level of the tree. */
export type TipoLuogo = LabelOf<Item<typeof TIPI_LUOGO>>;
/** An event type, at any level of the tree. */
export type TipoEvento = LabelOf<Item<typeof TIPI_EVENTO>>;
export type TipoUnitaOrganizzativa = LabelOf<Item<typeof TIPI_UNITA_ORGANIZZATIVA>>;
export type TipoIncarico = LabelOf<Item<typeof TIPI_INCARICO>>;
export type StatoPratica = LabelOf<Item<typeof STATI_PRATICA>>;
export type Licenza = LabelOf<Item<typeof LICENZE>>;
export type TemaDataset = LabelOf<Item<typeof TEMI_DATASET>>;
export type FrequenzaAggiornamento = LabelOf<Item<typeof FREQUENZE_AGGIORNAMENTO>>;
export type TipoPuntoContatto = LabelOf<Item<typeof TIPI_PUNTO_CONTATTO>>;
/** Identifier of a content type (e.g. `unita_organizzativa`). */
export type TipoContenuto = Item<typeof TIPI_CONTENUTO>['id'];
/** One of the 5 flow types of the services funded by the avviso. */
export type TipoFlusso = LabelOf<Item<typeof TIPI_FLUSSO>>;
/** One of the 26 services funded by the avviso. */
export type ServizioAvviso = LabelOf<Item<typeof SERVIZI_AVVISO>>;

/** A vocabulary, or a fixed set of texts, as written to json/<id>.json. */
export interface VocabularyEntry {
  /** Identifier, also the JSON file name without extension. */
  readonly id: string;
  readonly title: string;
  readonly source: string;
  readonly data: unknown;
}

const c = SOURCES;

/** Everything the main entry exports as data, in the order of json/index.json (EuroVoc is separate). */
export const VOCABULARIES = deepFreeze([
  {
    id: 'argomenti',
    title: 'Argomenti (64)',
    source: `${c.checker}, topics-model-vocabulary.json`,
    data: ARGOMENTI,
  },
  {
    id: 'categorie-servizio',
    title: 'Categorie dei servizi (15)',
    source: `${c.national}; spelling ${c.checker}; descriptions ${c.wordpress}`,
    data: CATEGORIE_SERVIZIO,
  },
  {
    id: 'menu',
    title: 'Menu di primo e secondo livello',
    source: `${c.checker}, menu-items.json; slugs and descriptions ${c.wordpress}`,
    data: MENU,
  },
  {
    id: 'titoli-secondo-livello',
    title: 'Titoli di secondo livello accettati',
    source: `${c.checker}, second-level-titles.json`,
    data: SECOND_LEVEL_TITLES,
  },
  {
    id: 'sezioni-amministrazione',
    title: 'Sezioni di Amministrazione',
    source: `${c.checker}; descriptions ${c.wordpress}`,
    data: SEZIONI_AMMINISTRAZIONE,
  },
  { id: 'tipi-notizia', title: 'Tipi di notizia', source: c.wordpress, data: TIPI_NOTIZIA },
  {
    id: 'sezioni-vivere',
    title: 'Sezioni di Vivere il Comune',
    source: `${c.checker}; ${c.wordpress}`,
    data: SEZIONI_VIVERE,
  },
  {
    id: 'eventi-vita-persone',
    title: 'Eventi della vita delle persone',
    source: `${c.national}, life-event`,
    data: EVENTI_VITA_PERSONE,
  },
  {
    id: 'eventi-vita-imprese',
    title: 'Eventi della vita delle imprese',
    source: `${c.national}, business-event`,
    data: EVENTI_VITA_IMPRESE,
  },
  {
    id: 'tipi-documento',
    title: 'Tipi di documento',
    source: `${c.national}, government-documents-types; ${c.wordpress}`,
    data: TIPI_DOCUMENTO,
  },
  {
    id: 'albo-pretorio',
    title: "Tipi di atto dell'albo pretorio",
    source: `${c.national}, municipal-notice-board`,
    data: TIPI_ATTO_ALBO_PRETORIO,
  },
  {
    id: 'tipi-luogo',
    title: 'Tipi di luogo',
    source: `${c.national}, cultural-interest-places`,
    data: TIPI_LUOGO,
  },
  {
    id: 'tipi-evento',
    title: 'Tipi di evento',
    source: `${c.national}, public-event-types`,
    data: TIPI_EVENTO,
  },
  {
    id: 'tipi-unita-organizzativa',
    title: 'Tipi di unità organizzativa',
    source: c.wordpress,
    data: TIPI_UNITA_ORGANIZZATIVA,
  },
  { id: 'tipi-incarico', title: 'Tipi di incarico', source: c.wordpress, data: TIPI_INCARICO },
  { id: 'stati-pratica', title: 'Stati della pratica', source: c.wordpress, data: STATI_PRATICA },
  { id: 'licenze', title: 'Licenze', source: `${c.national}, licences`, data: LICENZE },
  {
    id: 'temi-dataset',
    title: 'Temi dei dataset',
    source: `${c.national}, theme-subtheme-mapping; ${c.wordpress}`,
    data: TEMI_DATASET,
  },
  {
    id: 'frequenze-aggiornamento',
    title: 'Frequenze di aggiornamento dei dataset',
    source: c.wordpress,
    data: FREQUENZE_AGGIORNAMENTO,
  },
  {
    id: 'tipi-punto-contatto',
    title: 'Tipi di punto di contatto',
    source: c.wordpress,
    data: TIPI_PUNTO_CONTATTO,
  },
  { id: 'tipi-contenuto', title: 'Tipi di contenuto', source: c.wordpress, data: TIPI_CONTENUTO },
  {
    id: 'tipi-flusso',
    title: "Tipi di flusso dei servizi dell'avviso",
    source: c.avviso,
    data: TIPI_FLUSSO,
  },
  {
    id: 'servizi-avviso',
    title: "Servizi finanziati dall'avviso 1.4.1 (26)",
    source: c.avviso,
    data: SERVIZI_AVVISO,
  },
  {
    id: 'passi-flussi',
    title: 'Passi dei flussi dei servizi digitali e schede dell’area personale',
    source: `${c.templates} (commit 50c4938), src/handlebars-json`,
    data: { steps: FLOW_STEPS, areaPersonaleTabs: AREA_PERSONALE_TABS },
  },
  {
    id: 'scheda-servizio',
    title: 'Indice della scheda servizio',
    source: `${c.checker}, service-page-structure.json`,
    data: { index: SERVICE_PAGE_INDEX, optional: SERVICE_PAGE_OPTIONAL_SECTIONS },
  },
  {
    id: 'valutazione',
    title: 'Testi del componente di valutazione',
    source: `${c.checker}, feedback-component.json; ${c.templates}`,
    data: FEEDBACK,
  },
  {
    id: 'note-legali',
    title: 'Note legali (licenza dei contenuti)',
    source: `${c.checker}, legal-notes.json`,
    data: LEGAL_NOTES,
  },
  {
    id: 'data-elements',
    title: 'Attributi data-element',
    source: `${c.checkerAudit}; ${c.templates}`,
    data: DATA_ELEMENTS,
  },
  {
    id: 'link-sito',
    title: 'Link di header e footer',
    source: `${c.checker}, data-elements.json`,
    data: SITE_LINKS,
  },
  {
    id: 'font',
    title: 'Font ammessi',
    source: `${c.checker}, allowed-fonts.json`,
    data: { allowed: ALLOWED_FONTS, families: FONT_FAMILIES },
  },
] as const satisfies readonly VocabularyEntry[]);

/** Identifier of an entry of VOCABULARIES (= JSON file name without extension). */
export type VocabularyId = Item<typeof VOCABULARIES>['id'];
