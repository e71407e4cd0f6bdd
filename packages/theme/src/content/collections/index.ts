// Every collection of the content model, once. The keys are those of `Content`.
import { argomento } from './argomento.js';
import { documento } from './documento.js';
import { evento } from './evento.js';
import { faq } from './faq.js';
import { incarico } from './incarico.js';
import { luogo } from './luogo.js';
import { notizia } from './notizia.js';
import { pagina } from './pagina.js';
import { persona } from './persona.js';
import { puntoDiContatto } from './punto-di-contatto.js';
import { servizio } from './servizio.js';
import { site } from './site.js';
import { unitaOrganizzativa } from './unita-organizzativa.js';

/** The collections of Content by key, in validation order. */
export const COLLECTION_SCHEMAS = {
  servizi: servizio,
  notizie: notizia,
  eventi: evento,
  luoghi: luogo,
  unitaOrganizzative: unitaOrganizzativa,
  persone: persona,
  incarichi: incarico,
  documenti: documento,
  argomenti: argomento,
  puntiDiContatto: puntoDiContatto,
  faq,
  pagine: pagina,
} as const;

/** Name of each collection of Content (every key but `site` and `root`). */
export type CollectionName = keyof typeof COLLECTION_SCHEMAS;

export const COLLECTION_NAMES = Object.keys(COLLECTION_SCHEMAS) as CollectionName[];

/** The site settings and every collection: what the JSON Schema and the docs are written for. */
export const ALL_SCHEMAS = [site, ...COLLECTION_NAMES.map((n) => COLLECTION_SCHEMAS[n])];

export { site };
export type { Collection, CollectionMeta } from './define.js';
