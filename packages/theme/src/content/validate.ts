// Runtime validation of raw content (front matter + body, or a CMS's items) into the typed Content.
// Every problem is reported, with the file, the field path, what was expected and what was found.
import {
  ARGOMENTI,
  CATEGORIE_SERVIZIO,
  EVENTI_VITA_IMPRESE,
  EVENTI_VITA_PERSONE,
  LICENZE,
  MIN_SERVICES,
  SERVICE_PAGE_INDEX,
  SERVIZI_AVVISO,
  TIPI_ATTO_ALBO_PRETORIO,
  TIPI_DOCUMENTO,
  TIPI_EVENTO,
  TIPI_FLUSSO,
  TIPI_INCARICO,
  TIPI_LUOGO,
  TIPI_PUNTO_CONTATTO,
  TIPI_UNITA_ORGANIZZATIVA,
  findArgomento,
  findTipoNotizia,
  lookup,
} from '@piazza/vocabularies';
import type { Argomento, CategoriaServizio, TipoUnitaOrganizzativa } from '@piazza/vocabularies';
import { parseMonthDay } from '@piazza/react/forms';
import type {
  CollectionName,
  Content,
  ContentIssue,
  LoadResult,
  NotiziaType,
  SezioneUnitaOrganizzativa,
  Site,
} from './model.js';
import {
  boolean,
  clock,
  date,
  dateTime,
  email,
  fileRef,
  integer,
  isRecord,
  list,
  markdown,
  number,
  object,
  oneOf,
  opt,
  phone,
  pre,
  primaryColor,
  report,
  req,
  show,
  slug,
  text,
  url,
  vocabulary,
} from './schema.js';
import type { Check, Ctx, FileResolver, Shape } from './schema.js';
import { imageField } from './image.js';

/** One raw item: its fields (front matter, with the Markdown body already put in its body field). */
export interface RawItem {
  /** File name used in messages (relative to the working directory or the content root). */
  file: string;
  /** Field path prefix for items that share a file (e.g. `3` for the 4th entry of faq.yml). */
  prefix?: string;
  data: unknown;
}

/** Raw content as read by a source, before validation. */
export interface RawContent {
  /** The site settings (site.yml); undefined when missing. */
  site?: RawItem | undefined;
  /** Name of the site file, for the "missing" message. @default 'site.yml' */
  siteFile?: string;
  collections: Partial<Record<CollectionName, RawItem[]>>;
  /** Slugs of items that exist but could not be read (bad YAML): references to them are accepted. */
  unreadable?: Partial<Record<CollectionName, string[]>>;
  /** Problems found while reading (unreadable files, bad YAML). */
  issues?: ContentIssue[];
  root?: string | undefined;
  /** How the content root appears in messages (e.g. `demo`), prefixed to folder names in warnings. */
  rootLabel?: string;
}

export interface ValidateOptions {
  /** Checks local files (logo, images, attachments) and gives their size; absent → not checked. */
  resolveFile?: FileResolver;
}

/** Folder (Markdown source) and Italian/English names of each collection. */
export const COLLECTIONS: Record<CollectionName, { dir: string; it: string; en: string }> = {
  servizi: { dir: 'servizi', it: 'servizio', en: 'service' },
  notizie: { dir: 'notizie', it: 'notizia', en: 'news item' },
  eventi: { dir: 'eventi', it: 'evento', en: 'event' },
  luoghi: { dir: 'luoghi', it: 'luogo', en: 'place' },
  unitaOrganizzative: { dir: 'uffici', it: 'unità organizzativa', en: 'organisational unit' },
  persone: { dir: 'persone', it: 'persona', en: 'person' },
  incarichi: { dir: 'incarichi', it: 'incarico', en: 'appointment' },
  documenti: { dir: 'documenti', it: 'documento', en: 'document' },
  argomenti: { dir: 'argomenti', it: 'pagina argomento', en: 'topic page' },
  puntiDiContatto: { dir: 'contatti', it: 'punto di contatto', en: 'contact point' },
  faq: { dir: 'faq', it: 'domanda frequente', en: 'FAQ' },
  pagine: { dir: 'pagine', it: 'pagina', en: 'page' },
};

export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

// ---------------------------------------------------------------------------------------------------
// Shapes

const topics = (): Check<unknown> => list(vocabulary<Argomento>(ARGOMENTI, 'Argomento'));
const slugs = (): Check<unknown> => list(slug());
const image = (): Check<unknown> => imageField();
const link = (): Check<unknown> => object({ label: req(text()), url: req(url()) });

const SOCIAL = [
  'facebook',
  'instagram',
  'x',
  'youtube',
  'linkedin',
  'telegram',
  'whatsapp',
  'mastodon',
  'threads',
  'tiktok',
  'flickr',
] as const;

const codiceFiscaleEnte: Check<string> = (value, ctx, path) => {
  const v = typeof value === 'number' ? String(value).padStart(11, '0') : value;
  if (typeof v !== 'string' || !/^\d{11}$/.test(v)) {
    report(
      ctx,
      path,
      'attese 11 cifre, scritte tra virgolette (es. "00123450789")',
      'expected 11 digits, quoted (e.g. "00123450789")',
      { found: show(value) },
    );
    return undefined;
  }
  return v;
};

/** Where ratings are POSTed: an https address or a site path (not mailto:, tel:, http:). */
const endpoint = (): Check<string> => (value, ctx, path) => {
  const v = typeof value === 'string' ? value.trim() : '';
  if (!/^https:\/\/[^\s/]+\.[^\s]+$/i.test(v) && !/^\/[^\s/][^\s]*$/.test(v)) {
    report(
      ctx,
      path,
      'atteso un indirizzo https://… o un percorso del sito (/…) a cui inviare le valutazioni',
      'expected an https://… address or a site path (/…) to send the ratings to',
      { found: show(value) },
    );
    return undefined;
  }
  return v;
};

/** A day of the year, "MM-DD" (the patron saint day). */
const monthDay = (): Check<string> => (value, ctx, path) => {
  const v = parseMonthDay(value);
  if (v === null) {
    report(
      ctx,
      path,
      'atteso un giorno dell\'anno "MM-GG" tra apici (es. "06-29" per il 29 giugno)',
      'expected a day of the year "MM-DD", quoted (e.g. "06-29" for 29 June)',
      { found: show(value) },
    );
    return undefined;
  }
  return v;
};

const siteShape: Shape = {
  name: req(text({ min: 3 })),
  baseUrl: req(url({ absolute: true })),
  description: req(text({ min: 10 })),
  region: req(object({ label: req(text()), url: req(url({ absolute: true })) })),
  logo: opt(image()),
  primaryColor: req(primaryColor()),
  contacts: req(
    object({
      address: req(text({ min: 5 })),
      phone: req(phone()),
      pec: req(email('un indirizzo PEC', 'a PEC address')),
      email: req(email()),
      codiceFiscale: req(codiceFiscaleEnte),
      partitaIva: opt(codiceFiscaleEnte),
      numeroVerde: opt(phone()),
      hours: opt(markdown()),
    }),
  ),
  social: opt(
    list(
      object({
        network: req(oneOf(SOCIAL, 'SocialNetwork')),
        url: req(url({ absolute: true })),
        label: opt(text()),
      }),
    ),
  ),
  legal: req(
    object({
      privacyUrl: req(url()),
      accessibilityUrl: req(url({ prefix: 'https://form.agid.gov.it/' })),
      legalNotesUrl: req(url()),
    }),
  ),
  extraMenu: opt(list(link(), { max: 3 })),
  bookingUrl: opt(url()),
  bookingApi: opt(url()),
  servicesApi: opt(
    object({
      applications: req(url()),
      identity: req(url()),
      payments: req(url()),
      spidProviders: req(list(object({ id: req(text()), name: req(text()) }), { min: 1 })),
    }),
  ),
  patronDay: opt(monthDay()),
  ratingEndpoint: opt(endpoint()),
  highlightedTopics: opt(topics()),
  highlightedServices: opt(slugs()),
  thematicSites: opt(
    list(
      object({
        label: req(text()),
        url: req(url()),
        description: opt(text()),
        image: opt(image()),
      }),
      { max: 6 },
    ),
  ),
};

const sectionName = (anchor: string): readonly [string, string] => {
  const label = SERVICE_PAGE_INDEX.find((s) => s.anchor === anchor)?.label ?? anchor;
  return [
    `la sezione obbligatoria "${label}" della scheda servizio (criterio C.SI.1.3)`,
    `the required service page section "${label}" (criterion C.SI.1.3)`,
  ];
};

const status: Check<unknown> = (value, ctx, path) => {
  if (value === true || value === 'attivo' || value === 'active') return { active: true };
  if (isRecord(value)) {
    const r = object({ active: req(boolean()), reason: opt(text({ min: 3 })) })(value, ctx, path);
    if (!r) return undefined;
    if (r.active === true) return { active: true };
    if (r.reason === undefined) {
      report(
        ctx,
        `${path}.reason`,
        'manca il motivo per cui il servizio non è attivo',
        'missing the reason why the service is inactive',
      );
      return undefined;
    }
    return { active: false, reason: r.reason };
  }
  report(
    ctx,
    path,
    'atteso "attivo" oppure { active: false, reason: "…" }',
    'expected "attivo" or { active: false, reason: "…" }',
    { found: show(value) },
  );
  return undefined;
};

const access: Check<unknown> = (value, ctx, path) => {
  const r = object({
    online: opt(
      pre(
        (v) => (typeof v === 'string' ? { label: 'Accedi al servizio online', url: v } : v),
        link(),
      ),
    ),
    booking: opt(
      pre((v) => (v === true ? {} : v), object({ label: opt(text()), url: opt(url()) })),
    ),
    generic: opt(markdown()),
    luoghi: opt(slugs()),
  })(value, ctx, path);
  if (!r) return undefined;
  if (r.online === undefined && r.booking === undefined && r.generic === undefined) {
    report(
      ctx,
      path,
      'atteso almeno un canale di accesso: online, booking o generic (criterio C.SI.1.3)',
      'expected at least one access channel: online, booking or generic (criterion C.SI.1.3)',
    );
    return undefined;
  }
  return r;
};

const servizioShape: Shape = {
  slug: req(slug()),
  title: req(text({ min: 3 })),
  description: req(text({ min: 3, max: 300 })),
  category: req(vocabulary<CategoriaServizio>(CATEGORIE_SERVIZIO, 'CategoriaServizio')),
  topics: req(topics(), [
    'almeno un argomento (criterio C.SI.1.3, service-topic)',
    'at least one topic (criterion C.SI.1.3, service-topic)',
  ]),
  status: opt(status),
  aChiERivolto: req(markdown(), sectionName('a-chi-e-rivolto')),
  descrizione: opt(markdown()),
  comeFare: req(markdown(), sectionName('come-fare')),
  cosaServe: req(markdown(), sectionName('cosa-serve')),
  cosaSiOttiene: req(markdown(), sectionName('cosa-si-ottiene')),
  tempiEScadenze: req(
    pre(
      (v) => (typeof v === 'string' ? { text: v } : v),
      object({
        text: req(markdown()),
        calendar: opt(list(object({ date: req(date()), label: req(text()) }))),
      }),
    ),
    sectionName('tempi-e-scadenze'),
  ),
  quantoCosta: opt(markdown()),
  accesso: req(access, sectionName('accedi-al-servizio')),
  ulterioriInformazioni: opt(markdown()),
  condizioniDiServizio: req(fileRef(), sectionName('condizioni-di-servizio')),
  ufficio: req(slug(), sectionName('contatti')),
  altriUffici: opt(slugs()),
  documenti: opt(slugs()),
  flowType: opt(vocabulary(TIPI_FLUSSO, 'TipoFlusso')),
  servizioAvviso: opt(vocabulary(SERVIZI_AVVISO, 'ServizioAvviso')),
  maxDays: opt(integer({ min: 1 })),
  lifeEvents: opt(list(vocabulary(EVENTI_VITA_PERSONE, 'EventoVitaPersone'))),
  businessEvents: opt(list(vocabulary(EVENTI_VITA_IMPRESE, 'EventoVitaImprese'))),
  image: opt(image()),
  updated: opt(date()),
};

const NOTIZIA_TYPES = ['notizia', 'comunicato', 'avviso'] as const;
const notiziaType: Check<NotiziaType> = (value, ctx, path) => {
  if (typeof value === 'string') {
    if ((NOTIZIA_TYPES as readonly string[]).includes(value)) return value as NotiziaType;
    const tipo = findTipoNotizia(value);
    if (tipo)
      return ({ notizie: 'notizia', comunicati: 'comunicato', avvisi: 'avviso' } as const)[
        tipo.slug
      ];
  }
  return oneOf(NOTIZIA_TYPES, 'NotiziaType')(value, ctx, path);
};

const notiziaShape: Shape = {
  slug: req(slug()),
  title: req(text({ min: 3 })),
  type: req(notiziaType),
  date: req(date()),
  summary: req(text({ min: 3, max: 300 })),
  body: req(markdown()),
  image: opt(image()),
  topics: req(topics()),
  uffici: opt(slugs()),
  persone: opt(slugs()),
  luoghi: opt(slugs()),
  documenti: opt(slugs()),
  expires: opt(date()),
};

const eventoShape: Shape = {
  slug: req(slug()),
  title: req(text({ min: 3 })),
  summary: req(text({ min: 3, max: 300 })),
  body: req(markdown()),
  type: req(vocabulary(TIPI_EVENTO, 'TipoEvento')),
  start: req(dateTime()),
  end: opt(dateTime()),
  luogo: req(slug()),
  topics: req(topics()),
  image: opt(image()),
  costs: opt(markdown()),
  audience: opt(markdown()),
  organizer: opt(
    object({
      name: req(text()),
      ufficio: opt(slug()),
      email: opt(email()),
      phone: opt(phone()),
      url: opt(url()),
    }),
  ),
  documenti: opt(slugs()),
};

const luogoShape: Shape = {
  slug: req(slug()),
  title: req(text({ min: 3 })),
  summary: req(text({ min: 3, max: 300 })),
  body: req(markdown()),
  type: req(vocabulary(TIPI_LUOGO, 'TipoLuogo')),
  address: req(text({ min: 5 })),
  coordinates: opt(object({ lat: req(number(-90, 90)), lng: req(number(-180, 180)) })),
  openingHours: opt(markdown()),
  topics: req(topics()),
  image: opt(image()),
  ufficio: opt(slug()),
  puntiDiContatto: opt(slugs()),
  servizi: opt(slugs()),
};

const SEZIONI_UO = [
  'Organi di governo',
  'Aree amministrative',
  'Uffici',
  'Enti e fondazioni',
] as const satisfies readonly SezioneUnitaOrganizzativa[];

/** The Amministrazione section of a unit type (used when `section` is not given). */
export function sectionOfType(type: TipoUnitaOrganizzativa): SezioneUnitaOrganizzativa {
  if (['struttura politica', 'giunta comunale', 'consiglio comunale', 'commissione'].includes(type))
    return 'Organi di governo';
  if (type === 'area') return 'Aree amministrative';
  if (type === 'ufficio' || type === 'struttura amministrativa') return 'Uffici';
  return 'Enti e fondazioni';
}

/** The days of an opening, as written in the content. */
export const GIORNI = [
  'lunedì',
  'martedì',
  'mercoledì',
  'giovedì',
  'venerdì',
  'sabato',
  'domenica',
] as const;

/**
 * Length of an appointment slot in minutes: MemoryBookingProvider of @piazza/react splits each
 * opening into 30-minute slots and refuses shorter or overlapping openings, so the content is
 * checked for the same here, with the file and the field.
 */
const SLOT_MINUTES = 30;
const minutesOf = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));

/** An opening for appointments: days, from, to (at least one slot after from). */
const opening: Check<Record<string, unknown>> = (value, ctx, path) => {
  const out = object({
    days: req(list(oneOf(GIORNI, 'giorni della settimana'), { min: 1 })),
    from: req(clock()),
    to: req(clock()),
  })(value, ctx, path);
  if (out && minutesOf(out.to as string) - minutesOf(out.from as string) < SLOT_MINUTES) {
    report(
      ctx,
      `${path}.to`,
      `atteso un orario almeno ${String(SLOT_MINUTES)} minuti dopo "from" (${String(out.from)}): un appuntamento dura ${String(SLOT_MINUTES)} minuti`,
      `expected a time at least ${String(SLOT_MINUTES)} minutes after "from" (${String(out.from)}): an appointment takes ${String(SLOT_MINUTES)} minutes`,
      { found: show(out.to) },
    );
    return undefined;
  }
  return out;
};

/** A unit's booking section: its openings must not overlap on the same day. */
const bookingSection: Check<Record<string, unknown>> = (value, ctx, path) => {
  const out = object({
    type: opt(text({ min: 3 })),
    schedule: req(list(opening, { min: 1 })),
    reasons: req(list(text({ min: 3 }), { min: 1 })),
  })(value, ctx, path);
  if (!out) return undefined;
  const schedule = out.schedule as Array<{ days: string[]; from: string; to: string }>;
  let ok = true;
  schedule.forEach((o, j) => {
    schedule.slice(0, j).forEach((earlier, k) => {
      const day = o.days.find((d) => earlier.days.includes(d));
      if (
        day &&
        minutesOf(o.from) < minutesOf(earlier.to) &&
        minutesOf(earlier.from) < minutesOf(o.to)
      ) {
        ok = false;
        report(
          ctx,
          `${path}.schedule.${String(j)}`,
          `l'apertura si sovrappone a schedule.${String(k)} (${earlier.from}–${earlier.to}) il ${day}`,
          `the opening overlaps schedule.${String(k)} (${earlier.from}–${earlier.to}) on ${day}`,
          { found: `${o.from}–${o.to}` },
        );
      }
    });
  });
  return ok ? out : undefined;
};

const uoShape: Shape = {
  slug: req(slug()),
  title: req(text({ min: 3 })),
  summary: req(text({ min: 3, max: 300 })),
  body: req(markdown()),
  type: req(vocabulary(TIPI_UNITA_ORGANIZZATIVA, 'TipoUnitaOrganizzativa')),
  section: opt(oneOf(SEZIONI_UO, 'SezioneUnitaOrganizzativa')),
  parent: opt(slug()),
  address: opt(text({ min: 5 })),
  luogo: opt(slug()),
  hours: opt(markdown()),
  phone: opt(phone()),
  email: opt(email()),
  pec: opt(email('un indirizzo PEC', 'a PEC address')),
  puntiDiContatto: opt(slugs()),
  responsabile: opt(slug()),
  persone: opt(slugs()),
  servizi: opt(slugs()),
  topics: opt(topics()),
  image: opt(image()),
  booking: opt(bookingSection),
};

const personaShape: Shape = {
  slug: req(slug()),
  name: req(text({ min: 3 })),
  role: req(text({ min: 3 })),
  type: req(vocabulary(TIPI_INCARICO, 'TipoIncarico')),
  summary: req(text({ min: 3, max: 300 })),
  body: req(markdown()),
  incarichi: opt(slugs()),
  unitaOrganizzative: opt(slugs()),
  deleghe: opt(markdown()),
  email: opt(email()),
  phone: opt(phone()),
  image: opt(image()),
  cv: opt(fileRef()),
  since: opt(date()),
};

const incaricoShape: Shape = {
  slug: req(slug()),
  title: req(text({ min: 3 })),
  type: req(vocabulary(TIPI_INCARICO, 'TipoIncarico')),
  persona: req(slug()),
  unitaOrganizzativa: opt(slug()),
  start: req(date()),
  end: opt(date()),
  compenso: opt(markdown()),
  atto: opt(slug()),
};

const documentoShape: Shape = {
  slug: req(slug()),
  title: req(text({ min: 3 })),
  type: req(vocabulary(TIPI_DOCUMENTO, 'TipoDocumento')),
  date: req(date()),
  summary: req(text({ min: 3, max: 300 })),
  body: opt(markdown()),
  files: req(list(fileRef(), { min: 1 })),
  albo: opt(
    object({
      tipoAtto: req(vocabulary(TIPI_ATTO_ALBO_PRETORIO, 'TipoAttoAlboPretorio')),
      numero: req(text()),
      from: req(date()),
      to: req(date()),
    }),
  ),
  topics: req(topics()),
  ufficio: opt(slug()),
  servizi: opt(slugs()),
  licenza: opt(vocabulary(LICENZE, 'Licenza')),
};

const argomentoShape: Shape = {
  slug: req(slug()),
  topic: req(vocabulary<Argomento>(ARGOMENTI, 'Argomento')),
  summary: req(text({ min: 3, max: 300 })),
  body: opt(markdown()),
  image: opt(image()),
  ufficio: opt(slug()),
};

const puntoShape: Shape = {
  slug: req(slug()),
  title: req(text({ min: 3 })),
  entries: req(
    list(
      object({
        type: req(vocabulary(TIPI_PUNTO_CONTATTO, 'TipoPuntoContatto')),
        value: req(text()),
        label: opt(text()),
      }),
      { min: 1 },
    ),
  ),
};

const faqShape: Shape = {
  slug: req(slug()),
  question: req(text({ min: 5 })),
  answer: req(markdown()),
  category: req(text()),
  topics: opt(topics()),
  servizi: opt(slugs()),
};

const paginaShape: Shape = {
  slug: req(slug()),
  title: req(text({ min: 3 })),
  summary: opt(text()),
  parent: opt(slug()),
  body: req(markdown()),
};

const SHAPES: Record<CollectionName, Shape> = {
  servizi: servizioShape,
  notizie: notiziaShape,
  eventi: eventoShape,
  luoghi: luogoShape,
  unitaOrganizzative: uoShape,
  persone: personaShape,
  incarichi: incaricoShape,
  documenti: documentoShape,
  argomenti: argomentoShape,
  puntiDiContatto: puntoShape,
  faq: faqShape,
  pagine: paginaShape,
};

/** Field that receives the Markdown body of a file, per collection (undefined: no body). */
export const BODY_FIELD: Record<CollectionName, string | undefined> = {
  servizi: 'descrizione',
  notizie: 'body',
  eventi: 'body',
  luoghi: 'body',
  unitaOrganizzative: 'body',
  persone: 'body',
  incarichi: 'compenso',
  documenti: 'body',
  argomenti: 'body',
  puntiDiContatto: undefined,
  faq: 'answer',
  pagine: 'body',
};

// ---------------------------------------------------------------------------------------------------
// References

type Ref = readonly [field: string, target: CollectionName];

/** Slug fields pointing at other collections, per collection (dotted paths; lists are walked). */
const REFS: Record<CollectionName, readonly Ref[]> = {
  servizi: [
    ['ufficio', 'unitaOrganizzative'],
    ['altriUffici', 'unitaOrganizzative'],
    ['documenti', 'documenti'],
    ['accesso.luoghi', 'luoghi'],
  ],
  notizie: [
    ['uffici', 'unitaOrganizzative'],
    ['persone', 'persone'],
    ['luoghi', 'luoghi'],
    ['documenti', 'documenti'],
  ],
  eventi: [
    ['luogo', 'luoghi'],
    ['organizer.ufficio', 'unitaOrganizzative'],
    ['documenti', 'documenti'],
  ],
  luoghi: [
    ['ufficio', 'unitaOrganizzative'],
    ['puntiDiContatto', 'puntiDiContatto'],
    ['servizi', 'servizi'],
  ],
  unitaOrganizzative: [
    ['parent', 'unitaOrganizzative'],
    ['luogo', 'luoghi'],
    ['puntiDiContatto', 'puntiDiContatto'],
    ['responsabile', 'persone'],
    ['persone', 'persone'],
    ['servizi', 'servizi'],
  ],
  persone: [
    ['incarichi', 'incarichi'],
    ['unitaOrganizzative', 'unitaOrganizzative'],
  ],
  incarichi: [
    ['persona', 'persone'],
    ['unitaOrganizzativa', 'unitaOrganizzative'],
    ['atto', 'documenti'],
  ],
  documenti: [
    ['ufficio', 'unitaOrganizzative'],
    ['servizi', 'servizi'],
  ],
  argomenti: [['ufficio', 'unitaOrganizzative']],
  puntiDiContatto: [],
  pagine: [['parent', 'pagine']],
  faq: [['servizi', 'servizi']],
};

function get(obj: Record<string, unknown>, path: string): unknown {
  let cur: unknown = obj;
  for (const key of path.split('.')) cur = isRecord(cur) ? cur[key] : undefined;
  return cur;
}

// ---------------------------------------------------------------------------------------------------
// validateContent

interface Validated {
  raw: RawItem;
  ctx: Ctx;
  value: Record<string, unknown>;
}

/**
 * Validates raw content into the typed Content. Reports every error and warning at once; `content`
 * is defined only when there is no error.
 */
export function validateContent(raw: RawContent, options: ValidateOptions = {}): LoadResult {
  const issues: ContentIssue[] = [...(raw.issues ?? [])];
  const ctxOf = (item: RawItem): Ctx => ({
    file: item.file,
    prefix: item.prefix ?? '',
    issues,
    resolveFile: options.resolveFile,
  });
  const siteFile = raw.siteFile ?? 'site.yml';
  const global: Ctx = { file: siteFile, prefix: '', issues, resolveFile: options.resolveFile };

  // Site
  let site: Site | undefined;
  let siteCtx: Ctx = global;
  if (!raw.site) {
    report(
      global,
      '',
      `manca ${siteFile}: servono almeno name, baseUrl, description, region, primaryColor, contacts e legal`,
      `${siteFile} is missing: at least name, baseUrl, description, region, primaryColor, contacts and legal are needed`,
    );
  } else {
    siteCtx = ctxOf(raw.site);
    site = object(siteShape)(raw.site.data, siteCtx, '') as Site | undefined;
  }

  // Collections
  const valid = {} as Record<CollectionName, Validated[]>;
  // Items with errors: their references are still checked, so that every error shows at once.
  const invalid: { name: CollectionName; ctx: Ctx; data: Record<string, unknown> }[] = [];
  const slugSets = {} as Record<CollectionName, Map<string, string>>;
  for (const name of COLLECTION_NAMES) {
    valid[name] = [];
    const seen = new Map<string, string>();
    slugSets[name] = seen;
    for (const s of raw.unreadable?.[name] ?? []) seen.set(s, '');
    for (const item of raw.collections[name] ?? []) {
      const ctx = ctxOf(item);
      const data = item.data;
      if (
        name === 'argomenti' &&
        isRecord(data) &&
        data.topic === undefined &&
        typeof data.slug === 'string'
      ) {
        const t = findArgomento(data.slug);
        if (t) data.topic = t.label;
      }
      // Slugs are recorded even for invalid items, so that one bad file does not cascade into
      // "missing reference" errors everywhere else.
      if (isRecord(data) && typeof data.slug === 'string') {
        const other = seen.get(data.slug);
        if (other !== undefined) {
          report(ctx, 'slug', `slug già usato in ${other}`, `slug already used in ${other}`, {
            found: show(data.slug),
          });
        } else seen.set(data.slug, item.file);
      }
      const value = object(SHAPES[name])(data, ctx, '');
      if (value) valid[name].push({ raw: item, ctx, value });
      else if (isRecord(data)) invalid.push({ name, ctx, data });
    }
  }

  // Per-item rules that need several fields
  for (const { ctx, value } of valid.argomenti) {
    const t = lookup(ARGOMENTI, value.topic as string);
    if (t && t.slug !== value.slug) {
      report(
        ctx,
        'slug',
        `atteso lo slug dell'argomento "${t.slug}"`,
        `expected the topic's slug "${t.slug}"`,
        {
          found: show(value.slug),
        },
      );
    }
  }
  for (const { ctx, value } of valid.eventi) {
    if (typeof value.end === 'string' && value.end < (value.start as string)) {
      report(
        ctx,
        'end',
        "attesa una fine non precedente all'inizio",
        'expected an end not before the start',
        {
          found: show(value.end),
        },
      );
    }
  }
  for (const { ctx, value } of valid.incarichi) {
    if (typeof value.end === 'string' && value.end < (value.start as string)) {
      report(
        ctx,
        'end',
        "attesa una fine non precedente all'inizio",
        'expected an end not before the start',
        {
          found: show(value.end),
        },
      );
    }
  }
  for (const { ctx, value } of valid.documenti) {
    const albo = value.albo as Record<string, string> | undefined;
    if (albo?.to !== undefined && albo.from !== undefined && albo.to < albo.from) {
      report(
        ctx,
        'albo.to',
        "attesa una fine pubblicazione non precedente all'inizio",
        'expected the end of publication not before its start',
        {
          found: show(albo.to),
        },
      );
    }
  }
  // Defaults of optional fields that the model always has.
  for (const { value } of valid.unitaOrganizzative) {
    value.section ??= sectionOfType(value.type as TipoUnitaOrganizzativa);
  }
  for (const { value } of valid.servizi) {
    value.status ??= { active: true };
    const t = value.tempiEScadenze as Record<string, unknown>;
    t.calendar ??= [];
  }
  if (site) {
    site.social ??= [];
    site.extraMenu ??= [];
    site.highlightedTopics ??= [];
  }
  // A page with a parent is a second-level page under a first-level page of the extra menu.
  const extraSlugs = new Set(
    (site?.extraMenu ?? []).flatMap((l) => /^\/([a-z0-9-]+)\/?$/.exec(l.url)?.[1] ?? []),
  );
  for (const { ctx, value } of valid.pagine) {
    const parent = value.parent;
    if (typeof parent !== 'string' || !slugSets.pagine.has(parent)) continue;
    if (!extraSlugs.has(parent)) {
      report(
        ctx,
        'parent',
        `attesa una pagina raggiunta da una voce di extraMenu in site.yml (url "/${parent}/"): solo le pagine di primo livello hanno pagine figlie`,
        `expected a page reached from an extraMenu item of site.yml (url "/${parent}/"): only first-level pages have child pages`,
        { found: show(parent) },
      );
    }
  }

  // References: checked against every item that has a slug (valid or not).
  const checkRef = (ctx: Ctx, path: string, target: CollectionName, v: unknown): void => {
    if (typeof v !== 'string') return;
    if (!slugSets[target].has(v)) {
      const c = COLLECTIONS[target];
      report(
        ctx,
        path,
        `atteso lo slug di un elemento esistente di tipo ${c.it} (un file ${c.dir}/${v}.md)`,
        `expected the slug of an existing ${c.en} (a file ${c.dir}/${v}.md)`,
        { found: show(v) },
      );
    }
  };
  const checkRefs = (name: CollectionName, ctx: Ctx, value: Record<string, unknown>): void => {
    for (const [field, target] of REFS[name]) {
      const v = get(value, field);
      if (Array.isArray(v)) v.forEach((s, i) => checkRef(ctx, `${field}.${String(i)}`, target, s));
      else checkRef(ctx, field, target, v);
    }
  };
  for (const name of COLLECTION_NAMES) {
    for (const { ctx, value } of valid[name]) checkRefs(name, ctx, value);
  }
  for (const { name, ctx, data } of invalid) checkRefs(name, ctx, data);
  if (site?.highlightedServices) {
    site.highlightedServices.forEach((s, i) => {
      checkRef(siteCtx, `highlightedServices.${String(i)}`, 'servizi', s);
    });
  }

  // Whole-site rules: warnings for what a conforming site still lacks.
  const warn = (it: string, en: string, file = '', field = ''): void => {
    issues.push({ severity: 'warning', file: file || siteFile, field, message: it, messageEn: en });
  };
  const dir = (name: CollectionName): string =>
    raw.rootLabel ? `${raw.rootLabel}/${COLLECTIONS[name].dir}/` : `${COLLECTIONS[name].dir}/`;
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
  if (
    site &&
    !site.bookingApi &&
    !site.bookingUrl &&
    !valid.unitaOrganizzative.some(({ value }) => value.booking)
  ) {
    warn(
      'nessun ufficio con una sezione booking e nessun bookingApi: la pagina Prenota appuntamento inviterà a telefonare o scrivere (CSE.2.2)',
      'no unit with a booking section and no bookingApi: the Prenota appuntamento page will ask to phone or write (CSE.2.2)',
      siteFile,
      'bookingApi',
    );
  }
  const pageSlugs = slugSets.pagine;
  if (site) {
    for (const key of ['privacyUrl', 'legalNotesUrl'] as const) {
      const m = /^\/([a-z0-9-]+)\/?$/.exec(site.legal[key]);
      if (m?.[1] && !pageSlugs.has(m[1])) {
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
  const topicPages = new Set(valid.argomenti.map((a) => a.value.topic as string));
  const used = new Map<string, string>();
  for (const name of COLLECTION_NAMES) {
    for (const { raw: item, value } of valid[name]) {
      for (const t of (value.topics as string[] | undefined) ?? [])
        if (!used.has(t)) used.set(t, item.file);
    }
  }
  for (const t of site?.highlightedTopics ?? []) if (!used.has(t)) used.set(t, siteFile);
  for (const [t, file] of used) {
    if (!topicPages.has(t)) {
      const s = lookup(ARGOMENTI, t)?.slug ?? t;
      warn(
        `argomento "${t}" usato senza pagina argomenti/${s}.md: si userà la descrizione del vocabolario`,
        `topic "${t}" used without a page argomenti/${s}.md: the vocabulary's description will be used`,
        file,
        'topics',
      );
    }
  }

  const errors = issues.filter((i) => i.severity === 'error');
  const warnings = issues.filter((i) => i.severity === 'warning');
  if (errors.length > 0 || !site) return { content: undefined, errors, warnings };
  const content = { site } as Content;
  for (const name of COLLECTION_NAMES) {
    (content as unknown as Record<string, unknown[]>)[name] = valid[name].map((v) => v.value);
  }
  if (raw.root !== undefined) content.root = raw.root;
  return { content, errors, warnings };
}
