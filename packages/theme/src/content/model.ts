// The content model of a comune website (Modello Comuni, PNRR 1.4.1): what a content source (the
// Markdown folder, or a CMS adapter) hands to the build. The types are inferred from the schema of
// each collection (src/content/collections/*.ts, one file each), never written by hand; field names
// are the keys of the Markdown front matter (docs/content-model.md, generated from the same schema).
import type { z } from 'zod';
import type { TipoNotizia } from '@piazza/vocabularies';
import type { argomento } from './collections/argomento.js';
import type { documento } from './collections/documento.js';
import type { evento } from './collections/evento.js';
import type { faq } from './collections/faq.js';
import type { incarico } from './collections/incarico.js';
import type { luogo } from './collections/luogo.js';
import type { NotiziaType, notizia } from './collections/notizia.js';
import type { pagina } from './collections/pagina.js';
import type { persona } from './collections/persona.js';
import type { puntoDiContatto } from './collections/punto-di-contatto.js';
import type { servizio } from './collections/servizio.js';
import type { site } from './collections/site.js';
import type { unitaOrganizzativa } from './collections/unita-organizzativa.js';

export type { NotiziaType } from './collections/notizia.js';
export type { Giorno, OfficeBooking } from './collections/prenotazione-ufficio.js';
export type { SezioneUnitaOrganizzativa } from './collections/unita-organizzativa.js';
export type { CollectionName } from './collections/index.js';

/** Markdown text (CommonMark + GFM), rendered by the build. */
export type Markdown = string;
/** URL-safe identifier, unique in its collection: lowercase letters, digits and `-`. */
export type Slug = string;

export type Site = z.output<typeof site.schema>;
export type Servizio = z.output<typeof servizio.schema>;
export type Notizia = z.output<typeof notizia.schema>;
export type Evento = z.output<typeof evento.schema>;
export type Luogo = z.output<typeof luogo.schema>;
export type UnitaOrganizzativa = z.output<typeof unitaOrganizzativa.schema>;
export type PersonaPubblica = z.output<typeof persona.schema>;
export type Incarico = z.output<typeof incarico.schema>;
export type Documento = z.output<typeof documento.schema>;
export type ArgomentoPage = z.output<typeof argomento.schema>;
export type PuntoDiContatto = z.output<typeof puntoDiContatto.schema>;
export type Faq = z.output<typeof faq.schema>;
export type Pagina = z.output<typeof pagina.schema>;

/** An image of the content: `alt` is `""` only when `decorative`. */
export type Image = NonNullable<Servizio['image']>;
/** Where the subject of an image is, as fractions of its width and height from the top-left corner. */
export type FocalPoint = NonNullable<Image['focalPoint']>;
/** A downloadable document: title, link, file type and size (shown next to the link). */
export type FileRef = Servizio['condizioniDiServizio'];
/** Active, or inactive with the reason shown on the page (C.SI.1.3 `service-status`). */
export type ServiceStatus = Servizio['status'];
export type ServiceAccess = Servizio['accediAlServizio'];
export type SocialLink = Site['social'][number];
export type SocialNetwork = SocialLink['network'];
export type Link = Site['region'];
export type PuntoDiContattoEntry = PuntoDiContatto['entries'][number];
export type AlboPretorio = NonNullable<Documento['albo']>;

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
   * Absolute directory that relative asset paths are resolved against (the Markdown folder), when
   * the source is on disk; undefined for remote sources whose assets are absolute URLs.
   */
  root?: string;
}

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
