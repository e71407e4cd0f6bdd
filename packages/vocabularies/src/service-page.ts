// The page index of a service page (scheda servizio), criteria C.SI.1.3 and C.SI.2.2.
// Source: checker/service-page-structure.json, italia/pa-website-validator-ng v1.1.38 (commit bb31fe9).
// Optional sections: CONFORMITY.md ("Other sections (Descrizione, Quanto costa, Ulteriori informazioni)
// may sit between them"); their `after` is a suggested position, not a checker rule.
import { deepFreeze } from './freeze.js';
import type { DataElement } from './data-elements.js';

export interface ServicePageSection {
  /** Text of the index link: the checker compares it exactly (case-sensitive). */
  readonly label: string;
  readonly slug: string;
  /** Stable `id` of the section, for `href="#…"` in the index. */
  readonly anchor: string;
  /** `data-element`s the checker reads to decide that the section has content (any one suffices). */
  readonly dataElements: readonly DataElement[];
  readonly required: boolean;
}

export interface OptionalServicePageSection extends ServicePageSection {
  /** Anchor of the required section it is suggested to follow. */
  readonly after: string;
}

/** The 8 required sections of the service page index, in the required order. */
export const SERVICE_PAGE_INDEX = deepFreeze([
  {
    label: 'A chi è rivolto',
    slug: 'a-chi-e-rivolto',
    anchor: 'a-chi-e-rivolto',
    dataElements: ['service-addressed'],
    required: true,
  },
  {
    label: 'Come fare',
    slug: 'come-fare',
    anchor: 'come-fare',
    dataElements: ['service-how-to'],
    required: true,
  },
  {
    label: 'Cosa serve',
    slug: 'cosa-serve',
    anchor: 'cosa-serve',
    dataElements: ['service-needed'],
    required: true,
  },
  {
    label: 'Cosa si ottiene',
    slug: 'cosa-si-ottiene',
    anchor: 'cosa-si-ottiene',
    dataElements: ['service-achieved'],
    required: true,
  },
  {
    label: 'Tempi e scadenze',
    slug: 'tempi-e-scadenze',
    anchor: 'tempi-e-scadenze',
    dataElements: ['service-calendar-text', 'service-calendar-list'],
    required: true,
  },
  {
    label: 'Accedi al servizio',
    slug: 'accedi-al-servizio',
    anchor: 'accedi-al-servizio',
    dataElements: ['service-generic-access', 'service-booking-access', 'service-online-access'],
    required: true,
  },
  {
    label: 'Condizioni di servizio',
    slug: 'condizioni-di-servizio',
    anchor: 'condizioni-di-servizio',
    dataElements: ['service-file'],
    required: true,
  },
  {
    label: 'Contatti',
    slug: 'contatti',
    anchor: 'contatti',
    dataElements: ['service-area'],
    required: true,
  },
] as const satisfies readonly ServicePageSection[]);

/** Sections a service page may add between the required ones. */
export const SERVICE_PAGE_OPTIONAL_SECTIONS = deepFreeze([
  {
    label: 'Descrizione',
    slug: 'descrizione',
    anchor: 'descrizione',
    dataElements: [],
    required: false,
    after: 'a-chi-e-rivolto',
  },
  {
    label: 'Quanto costa',
    slug: 'quanto-costa',
    anchor: 'quanto-costa',
    dataElements: [],
    required: false,
    after: 'tempi-e-scadenze',
  },
  {
    label: 'Ulteriori informazioni',
    slug: 'ulteriori-informazioni',
    anchor: 'ulteriori-informazioni',
    dataElements: [],
    required: false,
    after: 'accedi-al-servizio',
  },
] as const satisfies readonly OptionalServicePageSection[]);

/** Label of a required index entry. */
export type VoceIndiceServizio = (typeof SERVICE_PAGE_INDEX)[number]['label'];
/** Label of an optional section. */
export type SezioneFacoltativaServizio = (typeof SERVICE_PAGE_OPTIONAL_SECTIONS)[number]['label'];
/** Anchor id of any section of the service page. */
export type AncoraServizio =
  | (typeof SERVICE_PAGE_INDEX)[number]['anchor']
  | (typeof SERVICE_PAGE_OPTIONAL_SECTIONS)[number]['anchor'];

/** The minimum number of services the services page must list (C.SI.1.3). */
export const MIN_SERVICES = 10;
