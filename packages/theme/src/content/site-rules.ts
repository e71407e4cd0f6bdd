// Whole-site rules: warnings for what a conforming site still lacks (fewer than 10 services, empty
// collections, no way to book, missing privacy and legal pages, topics without a page).
import { ARGOMENTI, MIN_SERVICES, lookup } from '@piazza/vocabularies';
import { COLLECTION_SCHEMAS } from './collections/index.js';
import type { CollectionName } from './collections/index.js';
import type { ContentIssue, Site } from './model.js';
import type { RawContent } from './validate.js';

export interface SiteFacts {
  raw: RawContent;
  siteFile: string;
  site: Site | undefined;
  /** Slugs of the pages (valid or not). */
  pageSlugs: ReadonlyMap<string, string>;
  /** How many valid units have a booking section. */
  bookingOffices: number;
  /** Topics that have a valid topic page. */
  topicPages: ReadonlySet<string>;
  /** The topics of every valid item, with its file. */
  topicsUsed: readonly { file: string; topics: readonly string[] }[];
}

export function siteWarnings(facts: SiteFacts): ContentIssue[] {
  const { raw, siteFile, site } = facts;
  const issues: ContentIssue[] = [];
  const warn = (it: string, en: string, file = '', field = ''): void => {
    issues.push({ severity: 'warning', file: file || siteFile, field, message: it, messageEn: en });
  };
  const folder = (name: CollectionName): string => COLLECTION_SCHEMAS[name].folder;
  const dir = (name: CollectionName): string =>
    raw.rootLabel ? `${raw.rootLabel}/${folder(name)}/` : `${folder(name)}/`;
  const count = (name: CollectionName): number =>
    (raw.collections[name] ?? []).length + (raw.unreadable?.[name] ?? []).length;
  const nServizi = count('servizi');
  if (nServizi === 0) {
    warn(
      `nessun servizio: il criterio C.SI.1.3 richiede almeno ${String(MIN_SERVICES)} servizi (aggiungi file in servizi/)`,
      `no services: criterion C.SI.1.3 needs at least ${String(MIN_SERVICES)} services (add files to servizi/)`,
      dir('servizi'),
    );
  } else if (nServizi < MIN_SERVICES) {
    warn(
      `${nServizi === 1 ? 'un solo servizio' : `solo ${String(nServizi)} servizi`}: il criterio C.SI.1.3 richiede almeno ${String(MIN_SERVICES)} servizi`,
      `only ${String(nServizi)} service${nServizi === 1 ? '' : 's'}: criterion C.SI.1.3 needs at least ${String(MIN_SERVICES)} services`,
      dir('servizi'),
    );
  }
  const needed: [CollectionName, string, string][] = [
    [
      'notizie',
      'nessuna notizia: la home page e la sezione Novità resteranno vuote',
      'no news: the home page and Novità will be empty',
    ],
    [
      'eventi',
      'nessun evento: la sezione Vivere il Comune resterà senza eventi',
      'no events: Vivere il Comune will have no events',
    ],
    [
      'luoghi',
      'nessun luogo: la sezione Vivere il Comune resterà senza luoghi',
      'no places: Vivere il Comune will have no places',
    ],
    [
      'unitaOrganizzative',
      'nessuna unità organizzativa: ogni servizio deve indicare un ufficio responsabile',
      'no organisational units: every service needs a responsible office',
    ],
    [
      'persone',
      'nessuna persona: le sezioni Politici e Personale amministrativo resteranno vuote',
      'no people: Politici and Personale amministrativo will be empty',
    ],
    [
      'documenti',
      'nessun documento: la sezione Documenti e dati resterà vuota',
      'no documents: Documenti e dati will be empty',
    ],
    [
      'faq',
      'nessuna domanda frequente: la pagina FAQ resterà vuota',
      'no FAQ: the FAQ page will be empty',
    ],
  ];
  for (const [name, it, en] of needed) {
    if (count(name) === 0) warn(it, en, dir(name));
  }
  if (site?.servicesApi && !site.servicesApi.applications && !site.backOffice) {
    warn(
      'servicesApi senza applications e senza backOffice: le richieste online restano sulla simulazione nel browser',
      'servicesApi without applications and without backOffice: online requests stay on the in-browser simulation',
      siteFile,
      'servicesApi.applications',
    );
  }
  if (
    site &&
    !site.bookingApi &&
    !site.backOffice &&
    !site.bookingUrl &&
    facts.bookingOffices === 0
  ) {
    warn(
      'nessun ufficio con una sezione booking e nessun bookingApi: la pagina Prenota appuntamento inviterà a telefonare o scrivere (CSE.2.2)',
      'no unit with a booking section and no bookingApi: the Prenota appuntamento page will ask to phone or write (CSE.2.2)',
      siteFile,
      'bookingApi',
    );
  }
  if (site) {
    for (const key of ['privacyUrl', 'legalNotesUrl'] as const) {
      const m = /^\/([a-z0-9-]+)\/?$/.exec(site.legal[key]);
      if (m?.[1] && !facts.pageSlugs.has(m[1])) {
        warn(
          `nessuna pagina pagine/${m[1]}.md per ${key}: la pagina usa il testo predefinito del tema`,
          `no page pagine/${m[1]}.md for ${key}: the page uses the theme's default text`,
          siteFile,
          `legal.${key}`,
        );
      }
    }
  }
  // Topics used without a topic page: the page falls back to the vocabulary's description.
  const used = new Map<string, string>();
  for (const { file, topics } of facts.topicsUsed)
    for (const t of topics) if (!used.has(t)) used.set(t, file);
  for (const t of site?.highlightedTopics ?? []) if (!used.has(t)) used.set(t, siteFile);
  for (const [t, file] of used) {
    if (!facts.topicPages.has(t)) {
      const s = lookup(ARGOMENTI, t)?.slug ?? t;
      warn(
        `argomento "${t}" usato senza pagina argomenti/${s}.md: si userà la descrizione del vocabolario`,
        `topic "${t}" used without a page argomenti/${s}.md: the vocabulary's description will be used`,
        file,
        'topics',
      );
    }
  }
  return issues;
}
