// The online request of a service (`request` of the scheda servizio): the data the service asks
// for, as typed data — its fields with their conditions and checks, the documents to upload, the
// sum paid in the flow, the completion of an admitted request after the ranking — so that the
// theme builds the ServiceFlow of @piazza/react from content, with no per-service code. The
// validated value has the shape of ServiceDefinition's `fields`, `payment`, `completion` and
// `editable` (FieldSpec of @piazza/react).
//
// This module holds the `request` schema; the schema of one field and the types are in
// richiesta-fields.ts, the checks between fields and with the scheda in richiesta-checks.ts, the
// conversion to the ServiceDefinition in richiesta-flow.ts. All are re-exported from here.
import { z } from 'zod';
import { fail, leaf, list, object, oneOf, opt, req, text, withDefault } from '../fields.js';
import { problem, show } from '../issues.js';
import { checkFields } from './richiesta-checks.js';
import { document, field, FIELD_KINDS, PERSONAL_KEYS } from './richiesta-fields.js';
import type { RequestField, Richiesta } from './richiesta-fields.js';

export { checkRequest } from './richiesta-checks.js';
export { FIELD_FORMATS, FIELD_KINDS } from './richiesta-fields.js';
export type {
  RequestCondition,
  RequestDocument,
  RequestField,
  Richiesta,
} from './richiesta-fields.js';
export { requestCompletion, requestFields, requestPayment, toFieldSpec } from './richiesta-flow.js';

/** A sum in euro, at most two decimals (e.g. 30 or 12.50). */
const euro = () =>
  leaf<number>(
    (value, ctx) => {
      const cents = typeof value === 'number' ? Math.round(value * 100) : NaN;
      return typeof value === 'number' &&
        value > 0 &&
        Number.isFinite(value) &&
        Math.abs(cents - value * 100) < 1e-6
        ? value
        : fail(ctx, {
            it: 'atteso un importo in euro maggiore di zero, al massimo con due decimali (es. 30 o 12.50)',
            en: 'expected an amount in euro above zero, with at most two decimals (e.g. 30 or 12.50)',
            found: show(value),
          });
    },
    {
      json: { type: 'number', exclusiveMinimum: 0 },
      kind: 'importo in euro (al massimo due decimali)',
    },
  );

const FIELDS = [
  'Campi',
  'Fields',
  'I dati propri del servizio, in ordine: `{ kind, name, label, hint, required, when, … }`.',
  "The service's own data, in order: `{ kind, name, label, hint, required, when, … }`.",
] as const;

/** The online request of a service (the `request` field of the scheda servizio). */
export const richiesta = (): z.ZodType<Richiesta> =>
  object({
    fields: withDefault(list(field(FIELD_KINDS)), [], FIELDS),
    documents: withDefault(
      list(document),
      [],
      [
        'Documenti da caricare',
        'Documents to upload',
        'Dopo i campi: `{ name, label, hint, required, when, accept, maxSize, multiple }`.',
        'After the fields: `{ name, label, hint, required, when, accept, maxSize, multiple }`.',
      ],
    ),
    payment: opt(
      object({
        amount: req(euro(), [
          'Importo',
          'Amount',
          'In euro (es. 30 o 12.50).',
          'In euro (e.g. 30 or 12.50).',
        ]),
        description: req(text({ min: 3 }), [
          'Causale',
          'Description',
          'Che cosa si paga, come appare su pagoPA.',
          'What is paid, as shown on pagoPA.',
        ]),
      }),
      [
        'Pagamento',
        'Payment',
        'La somma pagata nel flusso (Permessi e autorizzazioni, Servizi a pagamento).',
        'The sum paid in the flow (Permessi e autorizzazioni, Servizi a pagamento).',
      ],
    ),
    completion: opt(list(field(FIELD_KINDS.filter((k) => k !== 'due')), { min: 1 }), [
      'Perfezionamento',
      'Completion',
      'Domande con graduatoria: i campi chiesti per completare una domanda ammessa in graduatoria.',
      'Domande con graduatoria: the fields asked to complete a request admitted in the ranking.',
    ]),
    editable: opt(list(oneOf(PERSONAL_KEYS, 'dati della persona')), [
      'Dati modificabili',
      'Editable data',
      'I dati della persona che si possono cambiare (gli altri restano come li certifica SPID/CIE). Predefiniti: email e phone.',
      'The personal data the citizen may change (the others stay as SPID/CIE certify them). Default: email and phone.',
    ]),
  }).superRefine((r, ctx) => {
    const own = [...r.fields, ...r.documents.map((d): RequestField => ({ ...d, kind: 'file' }))];
    checkFields(
      own,
      (i) => (i < r.fields.length ? ['fields', i] : ['documents', i - r.fields.length]),
      ctx,
    );
    if (r.completion) checkFields(r.completion, (i) => ['completion', i], ctx);
    if (r.fields.filter((f) => f.kind === 'due').length > 1)
      problem(ctx, {
        it: 'al massimo un campo di tipo "due" (il codice avviso)',
        en: 'at most one field of kind "due" (the notice code)',
        path: ['fields'],
      });
  });
