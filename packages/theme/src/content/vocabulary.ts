// The controlled-vocabulary field: a label of a vocabulary of @piazza/vocabularies, with the exact
// spelling suggested when the value matches loosely, and the vocabulary named in the JSON Schema.
import { flatten, lookup, slugify } from '@piazza/vocabularies';
import type { Term } from '@piazza/vocabularies';
import { fail, leaf } from './fields.js';
import { show } from './issues.js';

const tokens = (s: string): Set<string> =>
  new Set(
    slugify(s)
      .split('-')
      .filter((t) => t !== ''),
  );

/** Up to 3 labels sharing the most words with `value` (for hints on large vocabularies). */
function closest(value: string, labels: readonly string[]): string[] {
  const mine = tokens(value);
  return labels
    .map((label) => {
      let score = 0;
      for (const t of tokens(label)) if (mine.has(t)) score += t.length >= 3 ? 2 : 1;
      return { label, score };
    })
    .filter((x) => x.score >= 2)
    .sort((a, b) => b.score - a.score)
    .slice(0, 3)
    .map((x) => x.label);
}

/**
 * The id (file name without `.json`) of each vocabulary in `@piazza/vocabularies/json/`, by its
 * TypeScript type name: what `x-piazza-vocabulary` of the JSON Schema names, for adapters in any
 * language.
 */
export const VOCABULARY_IDS: Record<string, string> = {
  Argomento: 'argomenti',
  CategoriaServizio: 'categorie-servizio',
  EventoVitaImprese: 'eventi-vita-imprese',
  EventoVitaPersone: 'eventi-vita-persone',
  Licenza: 'licenze',
  ServizioAvviso: 'servizi-avviso',
  TipoAttoAlboPretorio: 'albo-pretorio',
  TipoDocumento: 'tipi-documento',
  TipoEvento: 'tipi-evento',
  TipoFlusso: 'tipi-flusso',
  TipoIncarico: 'tipi-incarico',
  TipoLuogo: 'tipi-luogo',
  TipoPuntoContatto: 'tipi-punto-contatto',
  TipoUnitaOrganizzativa: 'tipi-unita-organizzativa',
};

/**
 * A label of a controlled vocabulary of @piazza/vocabularies (any level of a tree), exactly as
 * written there. When the value matches a label loosely (case, accents), the message suggests the
 * exact spelling; `name` is the vocabulary's type name (`CategoriaServizio`).
 */
export function vocabulary<T extends string>(terms: readonly Term[], name: string) {
  // The label types of @piazza/vocabularies are declared from the same lists.
  const labels = [...new Set(flatten(terms).map((t) => t.label as T))];
  const list = labels.map((l) => `"${l}"`).join(', ');
  return leaf<T>(
    (value, ctx) => {
      const exact = labels.find((l) => l === value);
      if (exact !== undefined) return exact;
      const near = typeof value === 'string' ? lookup(terms, value) : undefined;
      const similar = typeof value === 'string' ? closest(value, labels) : [];
      const hint = near
        ? `forse "${near.label}"? (did you mean "${near.label}"?)`
        : labels.length <= 20
          ? `valori ammessi (allowed values): ${list}`
          : similar.length > 0
            ? `i più simili (closest): ${similar.map((l) => `"${l}"`).join(', ')}; elenco completo (full list): ${name} in @piazza/vocabularies`
            : `elenco completo (full list): ${name} in @piazza/vocabularies`;
      return fail(ctx, {
        it: `atteso uno dei ${String(labels.length)} valori di ${name}`,
        en: `expected one of the ${String(labels.length)} values of ${name}`,
        found: show(value),
        hint,
      });
    },
    {
      json: { type: 'string', enum: labels },
      vocabulary: VOCABULARY_IDS[name] ?? name,
      kind: `${name} (${String(labels.length)} valori)`,
    },
  );
}
