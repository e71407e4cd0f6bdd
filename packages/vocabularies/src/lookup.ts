// Lookups (case- and accent-insensitive) and type guards (exact).
import { slugify, checkerKey } from './slug.js';
import {
  ARGOMENTI,
  CATEGORIE_SERVIZIO,
  TIPI_NOTIZIA,
  SEZIONI_AMMINISTRAZIONE,
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
  TIPI_FLUSSO,
  SERVIZI_AVVISO,
} from './vocabularies.js';
import type {
  Argomento,
  CategoriaServizio,
  TipoNotizia,
  SezioneAmministrazione,
  EventoVitaPersone,
  EventoVitaImprese,
  TipoDocumento,
  TipoAttoAlboPretorio,
  TipoLuogo,
  TipoEvento,
  TipoUnitaOrganizzativa,
  TipoIncarico,
  StatoPratica,
  Licenza,
  TipoFlusso,
  ServizioAvviso,
} from './vocabularies.js';
import type { Flatten, LabelOf, Term } from './types.js';

/** Every term of a vocabulary, depth first (parents before their children). */
export function flatten<T extends Term>(vocabulary: readonly T[]): readonly Flatten<T>[] {
  const out: Term[] = [];
  const walk = (terms: readonly Term[]): void => {
    for (const t of terms) {
      out.push(t);
      if (t.children) walk(t.children);
    }
  };
  walk(vocabulary);
  return out as Flatten<T>[];
}

const indexes = new WeakMap<readonly Term[], Map<string, Term>>();

function indexOf(vocabulary: readonly Term[]): Map<string, Term> {
  let index = indexes.get(vocabulary);
  if (!index) {
    index = new Map();
    const terms = flatten(vocabulary);
    // Slugs first: they are unique; then labels and aliases, first term wins.
    for (const t of terms) index.set(t.slug, t);
    for (const t of terms) {
      for (const text of [t.label, ...(t.aliases ?? [])]) {
        const key = slugify(text);
        if (!index.has(key)) index.set(key, t);
      }
    }
    indexes.set(vocabulary, index);
  }
  return index;
}

/**
 * Finds a term of `vocabulary` (at any level of a tree) by label, alias or slug, ignoring case,
 * accents, punctuation and spacing: `lookup(ARGOMENTI, 'mobilita  SOSTENIBILE')` finds "Mobilità sostenibile".
 */
export function lookup<T extends Term>(
  vocabulary: readonly T[],
  labelOrSlug: string,
): Flatten<T> | undefined {
  const key = slugify(labelOrSlug);
  if (key === '') return undefined;
  return indexOf(vocabulary).get(key) as Flatten<T> | undefined;
}

/** A type guard that accepts exactly the labels of `vocabulary` (every level). */
export function labelGuard<T extends Term>(
  vocabulary: readonly T[],
): (value: unknown) => value is LabelOf<T> {
  const labels: ReadonlySet<string> = new Set(
    (flatten(vocabulary) as readonly Term[]).map((t) => t.label),
  );
  return (value: unknown): value is LabelOf<T> => typeof value === 'string' && labels.has(value);
}

/** Finds a topic by label or slug (case- and accent-insensitive). */
export const findArgomento = (labelOrSlug: string) => lookup(ARGOMENTI, labelOrSlug);
/** Finds a service category by label, alias (e.g. "Impresa e commercio") or slug. */
export const findCategoriaServizio = (labelOrSlug: string) =>
  lookup(CATEGORIE_SERVIZIO, labelOrSlug);
export const findTipoNotizia = (labelOrSlug: string) => lookup(TIPI_NOTIZIA, labelOrSlug);
export const findSezioneAmministrazione = (labelOrSlug: string) =>
  lookup(SEZIONI_AMMINISTRAZIONE, labelOrSlug);
export const findEventoVitaPersone = (labelOrSlug: string) =>
  lookup(EVENTI_VITA_PERSONE, labelOrSlug);
export const findEventoVitaImprese = (labelOrSlug: string) =>
  lookup(EVENTI_VITA_IMPRESE, labelOrSlug);
export const findTipoDocumento = (labelOrSlug: string) => lookup(TIPI_DOCUMENTO, labelOrSlug);
export const findTipoAttoAlboPretorio = (labelOrSlug: string) =>
  lookup(TIPI_ATTO_ALBO_PRETORIO, labelOrSlug);
export const findTipoLuogo = (labelOrSlug: string) => lookup(TIPI_LUOGO, labelOrSlug);
export const findTipoEvento = (labelOrSlug: string) => lookup(TIPI_EVENTO, labelOrSlug);
export const findTipoUnitaOrganizzativa = (labelOrSlug: string) =>
  lookup(TIPI_UNITA_ORGANIZZATIVA, labelOrSlug);
export const findTipoIncarico = (labelOrSlug: string) => lookup(TIPI_INCARICO, labelOrSlug);
export const findStatoPratica = (labelOrSlug: string) => lookup(STATI_PRATICA, labelOrSlug);
export const findLicenza = (labelOrSlug: string) => lookup(LICENZE, labelOrSlug);
export const findTipoFlusso = (labelOrSlug: string) => lookup(TIPI_FLUSSO, labelOrSlug);
export const findServizioAvviso = (labelOrSlug: string) => lookup(SERVIZI_AVVISO, labelOrSlug);

export const isArgomento: (value: unknown) => value is Argomento = labelGuard(ARGOMENTI);
export const isCategoriaServizio: (value: unknown) => value is CategoriaServizio =
  labelGuard(CATEGORIE_SERVIZIO);
export const isTipoNotizia: (value: unknown) => value is TipoNotizia = labelGuard(TIPI_NOTIZIA);
export const isSezioneAmministrazione: (value: unknown) => value is SezioneAmministrazione =
  labelGuard(SEZIONI_AMMINISTRAZIONE);
export const isEventoVitaPersone: (value: unknown) => value is EventoVitaPersone =
  labelGuard(EVENTI_VITA_PERSONE);
export const isEventoVitaImprese: (value: unknown) => value is EventoVitaImprese =
  labelGuard(EVENTI_VITA_IMPRESE);
export const isTipoDocumento: (value: unknown) => value is TipoDocumento =
  labelGuard(TIPI_DOCUMENTO);
export const isTipoAttoAlboPretorio: (value: unknown) => value is TipoAttoAlboPretorio =
  labelGuard(TIPI_ATTO_ALBO_PRETORIO);
export const isTipoLuogo: (value: unknown) => value is TipoLuogo = labelGuard(TIPI_LUOGO);
export const isTipoEvento: (value: unknown) => value is TipoEvento = labelGuard(TIPI_EVENTO);
export const isTipoUnitaOrganizzativa: (value: unknown) => value is TipoUnitaOrganizzativa =
  labelGuard(TIPI_UNITA_ORGANIZZATIVA);
export const isTipoIncarico: (value: unknown) => value is TipoIncarico = labelGuard(TIPI_INCARICO);
export const isStatoPratica: (value: unknown) => value is StatoPratica = labelGuard(STATI_PRATICA);
export const isLicenza: (value: unknown) => value is Licenza = labelGuard(LICENZE);
export const isTipoFlusso: (value: unknown) => value is TipoFlusso = labelGuard(TIPI_FLUSSO);
export const isServizioAvviso: (value: unknown) => value is ServizioAvviso =
  labelGuard(SERVIZI_AVVISO);

const modelTopics: ReadonlySet<string> = new Set(ARGOMENTI.map((t) => checkerKey(t.label)));

/**
 * True when the checker (C.SI.1.5) counts `label` as a model topic: trimmed, case-insensitive, exact
 * (accents and apostrophes must match; use findArgomento for a forgiving lookup).
 */
export function isModelTopic(label: string): boolean {
  return modelTopics.has(checkerKey(label));
}
