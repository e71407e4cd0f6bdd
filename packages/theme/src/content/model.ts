// The content model of a comune website (Modello Comuni, PNRR 1.4.1): what a content source (the
// Markdown folder, or a CMS adapter) hands to the build. Every taxonomy is typed from
// @piazza/vocabularies. Bodies and sections are Markdown strings: the build renders them.
// Field names are the keys of the Markdown front matter (see docs/content-model.md).
import type {
  Argomento,
  ArgomentoSlug,
  CategoriaServizio,
  EventoVitaImprese,
  EventoVitaPersone,
  Licenza,
  SezioneAmministrazione,
  ServizioAvviso,
  TipoAttoAlboPretorio,
  TipoDocumento,
  TipoEvento,
  TipoFlusso,
  TipoIncarico,
  TipoLuogo,
  TipoNotizia,
  TipoPuntoContatto,
  TipoUnitaOrganizzativa,
} from '@piazza/vocabularies';

/** Markdown text (CommonMark + GFM), rendered by the build. */
export type Markdown = string;
/** URL-safe identifier, unique in its collection: lowercase letters, digits and `-` (the file name without `.md`). */
export type Slug = string;
/** A calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;
/** A date with optional time, `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM` (local time of the comune). */
export type IsoDateTime = string;
/** An absolute `https://` (or `http://`, `mailto:`, `tel:`) URL, or a site path starting with `/`. */
export type Url = string;
/**
 * A file of the content folder, as a path relative to the content root (e.g. `media/logo.svg`), or an
 * absolute URL. The build copies local files to the same path under the output folder.
 */
export type AssetPath = string;
/** A colour as `#rrggbb`. */
export type HexColor = string;

export interface Link {
  /** Visible text. */
  label: string;
  url: Url;
}

/** Where the subject of an image is, as fractions of its width and height from the top-left corner. */
export interface FocalPoint {
  /** 0 (left edge) … 1 (right edge). */
  x: number;
  /** 0 (top edge) … 1 (bottom edge). */
  y: number;
}

export interface Image {
  /** JPEG, PNG, WebP, AVIF, GIF, TIFF or SVG file of the content folder, or an absolute URL. */
  src: AssetPath;
  /**
   * Alternative text, required in the content; `""` in a validated Content only when `decorative`.
   */
  alt: string;
  /** Purely decorative (no alternative text): must be written explicitly in the content. */
  decorative?: true;
  /** What must stay visible when the image is cropped (cards, headers): `object-position`. */
  focalPoint?: FocalPoint;
  /** Author / licence line shown under the image. */
  credit?: string;
}

/** A downloadable document: title, link, file type and size (shown next to the link). */
export interface FileRef {
  title: string;
  url: AssetPath;
  /** File type as shown to users, upper case: `PDF`, `ODT`, `DOCX`, `XLSX`, `CSV`… */
  fileType: string;
  /** Human size as shown to users, e.g. `120 KB`, `1,2 MB`. */
  size: string;
}

export interface Coordinates {
  lat: number;
  lng: number;
}

// ---------------------------------------------------------------------------------------------------
// Site

export interface SiteContacts {
  /** Postal address of the town hall, one line: "Piazza del Municipio 1, 00000 Esempio (EX)". */
  address: string;
  phone: string;
  pec: string;
  email: string;
  /** Codice fiscale of the comune (11 digits). */
  codiceFiscale: string;
  /** Partita IVA (11 digits), when different from the codice fiscale or shown separately. */
  partitaIva?: string;
  /** Numero verde (toll-free number), if any. */
  numeroVerde?: string;
  /** Opening hours of the URP / town hall, Markdown. */
  hours?: Markdown;
}

export type SocialNetwork =
  | 'facebook'
  | 'instagram'
  | 'x'
  | 'youtube'
  | 'linkedin'
  | 'telegram'
  | 'whatsapp'
  | 'mastodon'
  | 'threads'
  | 'tiktok'
  | 'flickr';

export interface SocialLink {
  network: SocialNetwork;
  url: Url;
  /** Accessible label; defaults to the network name. */
  label?: string;
}

export interface SiteLegal {
  /** Privacy policy (C.SI.3.3: `https`). A site path like `/privacy/` (a Pagina) or an absolute URL. */
  privacyUrl: Url;
  /** The accessibility declaration on the AgID form (C.SI.3.2): `https://form.agid.gov.it/…`. */
  accessibilityUrl: Url;
  /** Legal notes page (C.SI.3.4, "Licenza dei contenuti"): a site path like `/note-legali/`. */
  legalNotesUrl: Url;
}

export interface Site {
  /** Full name, as in the header: "Comune di Esempio". */
  name: string;
  /** Public base URL of the site, used for sitemap.xml, canonical and Open Graph URLs. */
  baseUrl: Url;
  /** One-sentence description used for the home page meta description. */
  description: string;
  /** The region the comune belongs to (link in the header): `label` is the region's name. */
  region: Link;
  /** Coat of arms / logo (SVG or PNG). */
  logo?: Image;
  /** Primary colour (Bootstrap Italia `$primary`), `#rrggbb`; the build refuses a contrast < 4.5:1 on white. */
  primaryColor: HexColor;
  contacts: SiteContacts;
  social: SocialLink[];
  legal: SiteLegal;
  /**
   * Up to 3 extra items of the main menu, after the 4 mandatory ones (`custom-submenu`). The page
   * each one reaches is a first-level page: the official checker gathers it with the four
   * mandatory ones and asks it for the rating component (C.SI.2.5); the theme gives it one, and
   * links its child pages (`Pagina.parent`) as `custom-category-link`.
   */
  extraMenu: Link[];
  /** Booking entry (C.SI.2.1); defaults to the theme's own booking page when absent. */
  bookingUrl?: Url;
  /**
   * Base URL of the booking back office, speaking the JSON contract of docs/booking-api.yaml: the
   * theme's booking page sends its requests there. Without it the page offers the offices with a
   * `booking` section and keeps the bookings in the visitor's browser (a demo: the build warns).
   */
  bookingApi?: Url;
  /**
   * The back offices of the online services (docs/applications-api.yaml): requests and drafts,
   * the comune's SPID/CIE gateway (`GET /me`, `/login/{method}`) with the SPID providers it lists,
   * pagoPA payments. The flows of the services (`<scheda>/richiesta/`), the segnalazione and the
   * area personale talk to them. Without it they run on a simulation in the visitor's browser
   * that says so on screen (a demo).
   */
  servicesApi?: ServicesApi;
  /**
   * The comune's patron saint day, "MM-DD" (e.g. "06-29"): a closed day of the booking page, like
   * the national holidays, which are always closed.
   */
  patronDay?: string;
  /**
   * Where the rating widget (C.SI.2.5) POSTs `{ page, rating, sentiment, answer, details }` as
   * JSON: `https://…` or a site path `/…`. Without it nothing is sent, and the widget says so
   * after "Invia" (it never thanks for a rating that went nowhere).
   */
  ratingEndpoint?: Url;
  /** Topics shown first on the home page and on the Argomenti page. */
  highlightedTopics: Argomento[];
  /** Slugs of the services shown on the home page ("Servizi in evidenza"). */
  highlightedServices?: Slug[];
  /** The comune's thematic sites (tourism, museums…), "Siti tematici" on the home page. */
  thematicSites?: ThematicSite[];
}

export interface ServicesApi {
  applications: Url;
  identity: Url;
  payments: Url;
  /** The SPID identity providers the gateway offers: `id` is its `idp` parameter. */
  spidProviders: { id: string; name: string }[];
}

export interface ThematicSite {
  label: string;
  url: Url;
  /** One sentence under the name. */
  description?: string;
  image?: Image;
}

// ---------------------------------------------------------------------------------------------------
// Servizi

/** Active, or inactive with the reason shown on the page (C.SI.1.3 `service-status`). */
export type ServiceStatus = { active: true } | { active: false; reason: string };

export interface CalendarItem {
  date: IsoDate;
  /** What happens on that date: "Apertura delle domande". */
  label: string;
}

export interface ServiceAccess {
  /** Online access: the URL of the online service (`service-online-access`). */
  online?: Link;
  /** Access with an appointment (`service-booking-access`); `url` defaults to Site.bookingUrl. */
  booking?: { label?: string; url?: Url };
  /** In-person / generic channels, Markdown: where to go and when (`service-generic-access`). */
  generic?: Markdown;
  /** Places where the service is delivered in person. */
  luoghi?: Slug[];
}

export interface Servizio {
  slug: Slug;
  title: string;
  /** Short description (≥ 3 characters), under the title and on cards (`service-description`). */
  description: string;
  category: CategoriaServizio;
  topics: Argomento[];
  status: ServiceStatus;
  /** Who the service is for (required section "A chi è rivolto"). */
  aChiERivolto: Markdown;
  /** Longer description (optional section "Descrizione"). */
  descrizione?: Markdown;
  /** Required section "Come fare". */
  comeFare: Markdown;
  /** Required section "Cosa serve". */
  cosaServe: Markdown;
  /** Required section "Cosa si ottiene". */
  cosaSiOttiene: Markdown;
  /** Required section "Tempi e scadenze": a text, and optionally dated steps. */
  tempiEScadenze: { text: Markdown; calendar: CalendarItem[] };
  /** Optional section "Quanto costa". */
  quantoCosta?: Markdown;
  /** Required section "Accedi al servizio": at least one of online, booking, generic. */
  accesso: ServiceAccess;
  /** Optional section "Ulteriori informazioni". */
  ulterioriInformazioni?: Markdown;
  /** Required section "Condizioni di servizio": the conditions document (`service-file`). */
  condizioniDiServizio: FileRef;
  /** Required section "Contatti": slug of the responsible UnitaOrganizzativa (`service-area`). */
  ufficio: Slug;
  /** Other offices involved. */
  altriUffici?: Slug[];
  /** Related documents (Documento slugs): forms, regulations. */
  documenti?: Slug[];
  /** Flow type of the avviso 1.4.1. */
  flowType?: TipoFlusso;
  /** Which of the 26 services funded by the avviso 1.4.1 this is. */
  servizioAvviso?: ServizioAvviso;
  /** Maximum number of days to the outcome. */
  maxDays?: number;
  lifeEvents?: EventoVitaPersone[];
  businessEvents?: EventoVitaImprese[];
  image?: Image;
  /** Last update of the page content. */
  updated?: IsoDate;
}

// ---------------------------------------------------------------------------------------------------
// Novità

/** Singular news type; see NOTIZIA_TYPE_TO_TIPO for the vocabulary label (the Novità section). */
export type NotiziaType = 'notizia' | 'comunicato' | 'avviso';

export interface Notizia {
  slug: Slug;
  title: string;
  type: NotiziaType;
  /** Publication date. */
  date: IsoDate;
  /** Short summary (cards, meta description). */
  summary: string;
  body: Markdown;
  image?: Image;
  topics: Argomento[];
  /** Offices that authored it. */
  uffici?: Slug[];
  /** People cited (PersonaPubblica slugs). */
  persone?: Slug[];
  luoghi?: Slug[];
  documenti?: Slug[];
  /** Date after which an avviso is no longer current. */
  expires?: IsoDate;
}

// ---------------------------------------------------------------------------------------------------
// Vivere il Comune

export interface Evento {
  slug: Slug;
  title: string;
  summary: string;
  body: Markdown;
  type: TipoEvento;
  /** Start (date or date-time). */
  start: IsoDateTime;
  /** End (date or date-time), not before start. */
  end?: IsoDateTime;
  /** Slug of the Luogo where it takes place. */
  luogo: Slug;
  topics: Argomento[];
  image?: Image;
  /** "Ingresso libero", or prices, Markdown. */
  costs?: Markdown;
  /** Who it is for, Markdown. */
  audience?: Markdown;
  /** Organiser: an office or an external body with a contact. */
  organizer?: { name: string; ufficio?: Slug; email?: string; phone?: string; url?: Url };
  documenti?: Slug[];
}

export interface Luogo {
  slug: Slug;
  title: string;
  summary: string;
  body: Markdown;
  type: TipoLuogo;
  address: string;
  coordinates?: Coordinates;
  /** Opening hours, Markdown. */
  openingHours?: Markdown;
  topics: Argomento[];
  image?: Image;
  /** Office managing the place. */
  ufficio?: Slug;
  puntiDiContatto?: Slug[];
  /** Services delivered here. */
  servizi?: Slug[];
}

// ---------------------------------------------------------------------------------------------------
// Amministrazione

/** The Amministrazione sections that list unità organizzative. */
export type SezioneUnitaOrganizzativa = Extract<
  SezioneAmministrazione,
  'Organi di governo' | 'Aree amministrative' | 'Uffici' | 'Enti e fondazioni'
>;

export interface UnitaOrganizzativa {
  slug: Slug;
  title: string;
  summary: string;
  /** Competences and description, Markdown. */
  body: Markdown;
  type: TipoUnitaOrganizzativa;
  /**
   * The Amministrazione section listing it. Optional in the files: derived from `type` by the
   * validation (struttura politica → Organi di governo, area → Aree amministrative, ufficio / struttura
   * amministrativa → Uffici, others → Enti e fondazioni); always set in a validated Content.
   */
  section: SezioneUnitaOrganizzativa;
  /** Parent unit (the area an ufficio belongs to). */
  parent?: Slug;
  address?: string;
  /** Seat (Luogo slug). */
  luogo?: Slug;
  /** Opening hours to the public, Markdown. */
  hours?: Markdown;
  phone?: string;
  email?: string;
  pec?: string;
  puntiDiContatto?: Slug[];
  /** Responsible person (PersonaPubblica slug). */
  responsabile?: Slug;
  /** Members (PersonaPubblica slugs), e.g. of the Giunta or the Consiglio. */
  persone?: Slug[];
  /** Services it delivers (besides those whose `ufficio` is this unit). */
  servizi?: Slug[];
  topics?: Argomento[];
  image?: Image;
  /** Appointments at this unit through the theme's booking page (CSE.2.2). */
  booking?: OfficeBooking;
}

/** A day of the week as written in the content. */
export type Giorno =
  'lunedì' | 'martedì' | 'mercoledì' | 'giovedì' | 'venerdì' | 'sabato' | 'domenica';

/** When and what for a unit takes appointments. */
export interface OfficeBooking {
  /** The kind of office chosen first ("Anagrafe e stato civile"); defaults to the unit's title. */
  type?: string;
  /** Weekly openings for appointments, e.g. `{ days: [lunedì, mercoledì], from: '09:00', to: '12:30' }`. */
  schedule: Array<{ days: Giorno[]; from: string; to: string }>;
  /** What citizens can book for ("Carta d'identità elettronica"). */
  reasons: string[];
}

export interface PersonaPubblica {
  slug: Slug;
  /** Full name: "Maria Rossi". */
  name: string;
  /** Role as shown under the name: "Sindaca", "Responsabile dell'Ufficio Anagrafe". */
  role: string;
  /** politico → section Politici; amministrativo → Personale amministrativo. */
  type: TipoIncarico;
  summary: string;
  /** Biography, Markdown. */
  body: Markdown;
  /** Incarico slugs. */
  incarichi?: Slug[];
  /** Units they belong to. */
  unitaOrganizzative?: Slug[];
  /** Delegations (politicians), Markdown. */
  deleghe?: Markdown;
  email?: string;
  phone?: string;
  image?: Image;
  cv?: FileRef;
  /** Start of the mandate or of the appointment. */
  since?: IsoDate;
}

export interface Incarico {
  slug: Slug;
  title: string;
  type: TipoIncarico;
  persona: Slug;
  unitaOrganizzativa?: Slug;
  start: IsoDate;
  end?: IsoDate;
  /** Compensation, Markdown (transparency). */
  compenso?: Markdown;
  /** Appointment act (Documento slug). */
  atto?: Slug;
}

export interface AlboPretorio {
  tipoAtto: TipoAttoAlboPretorio;
  /** Registry number: "125/2026". */
  numero: string;
  /** Published from… to… */
  from: IsoDate;
  to: IsoDate;
}

export interface Documento {
  slug: Slug;
  title: string;
  type: TipoDocumento;
  /** Date of the document (adoption, publication). */
  date: IsoDate;
  summary: string;
  body?: Markdown;
  /** The file(s). */
  files: FileRef[];
  /** Set for acts published on the albo pretorio. */
  albo?: AlboPretorio;
  topics: Argomento[];
  /** Responsible office. */
  ufficio?: Slug;
  servizi?: Slug[];
  licenza?: Licenza;
}

// ---------------------------------------------------------------------------------------------------
// Argomenti, contatti, FAQ, pagine

/** The page of one topic of the model. */
export interface ArgomentoPage {
  /** The vocabulary slug of the topic (also the file name). */
  slug: ArgomentoSlug;
  topic: Argomento;
  /** Short description (cards, header of the topic page). */
  summary: string;
  body?: Markdown;
  image?: Image;
  /** Office responsible for the topic. */
  ufficio?: Slug;
}

export interface PuntoDiContattoEntry {
  type: TipoPuntoContatto;
  value: string;
  label?: string;
}

export interface PuntoDiContatto {
  slug: Slug;
  title: string;
  entries: PuntoDiContattoEntry[];
}

export interface Faq {
  slug: Slug;
  question: string;
  answer: Markdown;
  /** Free grouping on the FAQ page: "Anagrafe", "Tributi"… */
  category: string;
  topics?: Argomento[];
  servizi?: Slug[];
}

/** A generic page (privacy, legal notes, accessibility…), served at `/{slug}/`. */
export interface Pagina {
  slug: Slug;
  title: string;
  summary?: string;
  /**
   * Slug of the first-level page this page belongs to: a page reached from an `extraMenu` item
   * of the site. The page is then a second-level page, served at `/{parent}/{slug}/`, and its
   * parent links to it.
   */
  parent?: Slug;
  body: Markdown;
}

// ---------------------------------------------------------------------------------------------------
// The whole content and its sources

export interface Content {
  site: Site;
  servizi: Servizio[];
  notizie: Notizia[];
  eventi: Evento[];
  luoghi: Luogo[];
  unitaOrganizzative: UnitaOrganizzativa[];
  persone: PersonaPubblica[];
  incarichi: Incarico[];
  documenti: Documento[];
  argomenti: ArgomentoPage[];
  puntiDiContatto: PuntoDiContatto[];
  faq: Faq[];
  pagine: Pagina[];
  /**
   * Absolute directory that relative AssetPaths are resolved against (the Markdown folder), when the
   * source is on disk; undefined for remote sources whose assets are absolute URLs.
   */
  root?: string;
}

/** Name of each collection of Content (every key but `site` and `root`). */
export type CollectionName = Exclude<keyof Content, 'site' | 'root'>;

/** A validation problem: the file, the field path and what was expected. */
export interface ContentIssue {
  severity: 'error' | 'warning';
  /** File (relative to the content root, or the CMS item id) the problem is in. */
  file: string;
  /** Dotted field path inside the item, `""` for the whole file: `tempiEScadenze.calendar.0.date`. */
  field: string;
  /** What was expected, in Italian: "atteso uno dei 15 valori di CategoriaServizio". */
  message: string;
  /** The same in English: "expected one of the 15 values of CategoriaServizio". */
  messageEn: string;
  /** What was found, quoted: `"Anagrafe"`. */
  found?: string;
  /** A suggestion or the accepted values: `forse "Anagrafe e stato civile"? (did you mean …)`. */
  hint?: string;
}

/** Thrown by ContentSource.load when the content has errors; `issues` lists all of them. */
export class ContentValidationError extends Error {
  readonly issues: readonly ContentIssue[];
  constructor(issues: readonly ContentIssue[]) {
    const errors = issues.filter((i) => i.severity === 'error');
    super(
      `Contenuti non validi: ${String(errors.length)} errori (invalid content: ${String(errors.length)} errors)\n` +
        errors.map(formatIssue).join('\n'),
    );
    this.name = 'ContentValidationError';
    this.issues = issues;
  }
}

/**
 * One line: `demo/servizi/carta-identita.md: category: atteso uno dei 15 valori di CategoriaServizio
 * (expected one of the 15 values of CategoriaServizio), trovato "Anagrafe"; valori ammessi: …`.
 */
export function formatIssue(issue: ContentIssue): string {
  const where = issue.field ? `${issue.file}: ${issue.field}` : issue.file;
  const tag = issue.severity === 'warning' ? 'avviso (warning): ' : '';
  const found = issue.found === undefined ? '' : `, trovato ${issue.found}`;
  const hint = issue.hint === undefined ? '' : `; ${issue.hint}`;
  return `${where}: ${tag}${issue.message} (${issue.messageEn})${found}${hint}`;
}

export interface LoadResult {
  /** The validated content; undefined when there is at least one error. */
  content: Content | undefined;
  errors: ContentIssue[];
  warnings: ContentIssue[];
}

/**
 * Where the build gets its content from. The Markdown folder (MarkdownContentSource) is the default;
 * a CMS adapter implements the same interface from its own API, and can feed raw items to
 * validateContent to get the same checks and messages.
 */
export interface ContentSource {
  /** Loads and validates everything; rejects with ContentValidationError listing every error. */
  load(): Promise<Content>;
  /** Loads and validates, returning errors and warnings instead of throwing. */
  check?(): Promise<LoadResult>;
}

/** The vocabulary label (Novità section) of each news type. */
export const NOTIZIA_TYPE_TO_TIPO = {
  notizia: 'Notizie',
  comunicato: 'Comunicati',
  avviso: 'Avvisi',
} as const satisfies Record<NotiziaType, TipoNotizia>;
