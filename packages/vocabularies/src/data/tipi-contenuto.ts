// Source: italia/design-comuni-wordpress-theme (commit 1c15e7b) (content types: dci tipologie), in the source order.
// vocabularies: the ids of this package's vocabularies used as taxonomies (the theme's "tipi_servizio" is categorie-servizio).
// Drift: the theme swaps singular and plural of punto_contatto ("Punti di Contatto"): fixed.
// GENERATED once from the reference copy, then frozen here: edit by hand with care
// (the tests compare these terms with the checker fixtures in test/fixtures).
import { deepFreeze } from '../freeze.js';
import type { TipoContenutoTerm } from '../types.js';

export const TIPI_CONTENUTO = deepFreeze([
  {
    label: 'Evento',
    slug: 'evento',
    id: 'evento',
    plural: 'Eventi',
    section: 'vivere-il-comune',
    vocabularies: ['tipi-evento', 'argomenti'],
  },
  {
    label: 'Luogo',
    slug: 'luogo',
    id: 'luogo',
    plural: 'Luoghi',
    section: 'vivere-il-comune',
    vocabularies: ['tipi-luogo', 'argomenti'],
  },
  {
    label: 'Notizia',
    slug: 'notizia',
    id: 'notizia',
    plural: 'Notizie',
    section: 'novita',
    vocabularies: ['tipi-notizia', 'argomenti'],
  },
  {
    label: 'Unità Organizzativa',
    slug: 'unita-organizzativa',
    id: 'unita_organizzativa',
    plural: 'Unità Organizzative',
    section: 'amministrazione',
    vocabularies: ['tipi-unita-organizzativa', 'argomenti'],
  },
  {
    label: 'Servizio',
    slug: 'servizio',
    id: 'servizio',
    plural: 'Servizi',
    section: 'servizi',
    vocabularies: ['categorie-servizio', 'argomenti'],
  },
  {
    label: 'Documento Pubblico',
    slug: 'documento-pubblico',
    id: 'documento_pubblico',
    plural: 'Documenti Pubblici',
    section: 'amministrazione',
    vocabularies: ['tipi-documento', 'argomenti'],
  },
  {
    label: 'Documento Privato',
    slug: 'documento-privato',
    id: 'documento_privato',
    plural: 'Documenti Privati',
    vocabularies: ['argomenti'],
  },
  {
    label: 'Dataset',
    slug: 'dataset',
    id: 'dataset',
    plural: 'Dataset',
    section: 'amministrazione',
    vocabularies: ['temi-dataset'],
  },
  {
    label: 'Persona Pubblica',
    slug: 'persona-pubblica',
    id: 'persona_pubblica',
    plural: 'Persone Pubbliche',
    section: 'amministrazione',
    vocabularies: [],
  },
  {
    label: 'Punto di Contatto',
    slug: 'punto-contatto',
    id: 'punto_contatto',
    plural: 'Punti di Contatto',
    vocabularies: ['tipi-punto-contatto'],
  },
  {
    label: 'Pratica',
    slug: 'pratica',
    id: 'pratica',
    plural: 'Pratiche',
    vocabularies: ['stati-pratica'],
  },
  { label: 'Pagamento', slug: 'pagamento', id: 'pagamento', plural: 'Pagamenti', vocabularies: [] },
  { label: 'Messaggio', slug: 'messaggio', id: 'messaggio', plural: 'Messaggi', vocabularies: [] },
  {
    label: 'Incarico',
    slug: 'incarico',
    id: 'incarico',
    plural: 'Incarichi',
    vocabularies: ['tipi-incarico'],
  },
  {
    label: 'Appuntamento',
    slug: 'appuntamento',
    id: 'appuntamento',
    plural: 'Appuntamenti',
    vocabularies: [],
  },
  { label: 'Fase', slug: 'fase', id: 'fase', plural: 'Fasi', vocabularies: [] },
  {
    label: 'Sito Tematico',
    slug: 'sito-tematico',
    id: 'sito_tematico',
    plural: 'Siti Tematici',
    vocabularies: [],
  },
  {
    label: 'Domanda Frequente',
    slug: 'domanda-frequente',
    id: 'domanda_frequente',
    plural: 'FAQ',
    vocabularies: [],
  },
] as const satisfies readonly TipoContenutoTerm[]);
