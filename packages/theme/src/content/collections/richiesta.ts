// The online request of a service (`request` of the scheda servizio): the data the service asks
// for, as typed data — its fields with their conditions and checks, the documents to upload, the
// sum paid in the flow, the completion of an admitted request after the ranking — so that the
// theme builds the ServiceFlow of @piazza/react from content, with no per-service code. The
// validated value has the shape of ServiceDefinition's `fields`, `payment`, `completion` and
// `editable` (FieldSpec of @piazza/react).
import { z } from 'zod';
import type { FieldSpec, PersonalKey } from '@piazza/react/services';
import {
  boolean,
  fail,
  integer,
  leaf,
  list,
  object,
  oneOf,
  opt,
  req,
  text,
  withDefault,
} from '../fields.js';
import { problem, show } from '../issues.js';
import type { IssueSink } from '../issues.js';

/** The field kinds ServiceFlow renders (FieldSpec['kind']). */
export const FIELD_KINDS = [
  'text',
  'textarea',
  'select',
  'radio',
  'checkboxes',
  'checkbox',
  'file',
  'due',
] as const satisfies readonly FieldSpec['kind'][];
type Kind = (typeof FIELD_KINDS)[number];

/** The checks of a text field's value (ValueFormat of @piazza/react). */
export const FIELD_FORMATS = ['email', 'phone', 'codiceFiscale', 'cap', 'iban'] as const;
const INPUT_TYPES = ['text', 'date', 'number', 'email', 'tel'] as const;
const PERSONAL_KEYS = [
  'name',
  'surname',
  'fiscalCode',
  'email',
  'phone',
] as const satisfies readonly PersonalKey[];
/** Names the flow uses itself: the personal data, the privacy consent, the notice found. */
const RESERVED: readonly string[] = [...PERSONAL_KEYS, 'privacy', 'due'];

const NAME = /^[a-zA-Z][a-zA-Z0-9_]*$/;

/** The key of a value in the request: a letter, then letters, digits or `_`. */
const fieldName = () =>
  leaf<string>(
    (value, ctx) =>
      typeof value === 'string' && NAME.test(value.trim())
        ? value.trim()
        : fail(ctx, {
            it: 'atteso un nome di campo: una lettera, poi lettere, cifre o _ (es. "targa", "cfBambino")',
            en: 'expected a field name: a letter, then letters, digits or _ (e.g. "targa", "cfBambino")',
            found: show(value),
          }),
    { json: { type: 'string', pattern: NAME.source }, kind: 'nome di campo' },
  );

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

const CHOICE_KINDS: readonly Kind[] = ['select', 'radio', 'checkboxes'];
/** The keys each kind may have besides name, label, hint, required, when. */
const OWN_KEYS: Record<Kind, readonly string[]> = {
  text: ['format', 'maxLength', 'inputType', 'autoComplete'],
  textarea: ['maxLength'],
  select: ['options'],
  radio: ['options'],
  checkboxes: ['options'],
  checkbox: [],
  file: ['accept', 'maxSize', 'multiple'],
  due: [],
};

const option = object({
  value: req(text(), [
    'Valore',
    'Value',
    'Registrato nella richiesta e usato nelle condizioni (`when.is`).',
    'Recorded in the request and used by conditions (`when.is`).',
  ]),
  label: req(text(), ['Testo', 'Text', 'Come la persona lo legge.', 'As the citizen reads it.']),
  hint: opt(text(), ['Aiuto', 'Hint']),
});

const condition = object({
  field: req(fieldName(), [
    'Campo',
    'Field',
    'Il nome di un campo precedente.',
    'The name of an earlier field.',
  ]),
  is: opt(list(text()), [
    'Valore',
    'Value',
    'Un valore (o una lista di valori) del campo indicato: il campo si mostra quando ne ha uno.',
    'A value (or a list of values) of the named field: the field shows when it has one of them.',
  ]),
  checked: opt(boolean(), [
    'Spuntato',
    'Ticked',
    '`true`: il campo si mostra quando la casella indicata è spuntata.',
    '`true`: the field shows when the named checkbox is ticked.',
  ]),
}).superRefine((w, ctx) => {
  if ((w.is === undefined) === (w.checked === undefined))
    problem(ctx, {
      it: 'atteso uno tra "is" (i valori di un campo) e "checked: true" (una casella spuntata)',
      en: 'expected one of "is" (the values of a field) and "checked: true" (a ticked checkbox)',
    });
  else if (w.checked === false)
    problem(ctx, {
      it: 'atteso "checked: true": un campo si può legare solo a una casella spuntata',
      en: 'expected "checked: true": a field can only depend on a ticked checkbox',
      found: 'false',
      path: ['checked'],
    });
});

/** A condition as the content has it. */
export interface RequestCondition {
  field: string;
  is?: string[] | undefined;
  checked?: boolean | undefined;
}

const common = {
  name: req(fieldName(), [
    'Nome',
    'Name',
    'La chiave del valore nella richiesta, unica nel servizio.',
    'The key of the value in the request, unique in the service.',
  ]),
  label: req(text(), [
    'Etichetta',
    'Label',
    'Che cosa si chiede, come la persona lo legge.',
    'What is asked, as the citizen reads it.',
  ]),
  hint: opt(text(), ['Aiuto', 'Hint', 'Sotto l’etichetta.', 'Under the label.']),
  required: opt(boolean(), ['Obbligatorio', 'Required']),
  when: opt(condition, [
    'Condizione',
    'Condition',
    '`{ field, is }` o `{ field, checked: true }`: il campo si chiede solo quando un campo precedente ha uno di quei valori, o è spuntato.',
    '`{ field, is }` or `{ field, checked: true }`: the field is asked only when an earlier field has one of those values, or is ticked.',
  ]),
};

const fileKeys = {
  accept: opt(list(text()), [
    'Formati',
    'Accepted types',
    'Estensioni o tipi MIME ammessi (es. ".pdf", "image/*").',
    'Extensions or MIME types accepted (e.g. ".pdf", "image/*").',
  ]),
  maxSize: opt(integer({ min: 1 }), [
    'Dimensione massima',
    'Maximum size',
    'In byte (5000000 = 5 MB).',
    'In bytes (5000000 = 5 MB).',
  ]),
  multiple: opt(boolean(), ['Più file', 'Several files']),
};

type Raw = Record<string, unknown> & { kind: Kind; name: string; label: string };

/** The keys of `f` with a value, besides those every kind has. */
const present = (f: Record<string, unknown>, keys: readonly string[]) =>
  keys.filter((k) => f[k] !== undefined);

/** A checked entry with only the keys its kind has. */
function ownKeys(f: Raw): RequestField {
  const out: Record<string, unknown> = {};
  for (const k of ['kind', 'name', 'label', 'hint', 'required', 'when', ...OWN_KEYS[f.kind]])
    if (f[k] !== undefined) out[k] = f[k];
  return out as unknown as RequestField;
}

/** The FieldSpec of @piazza/react of a field of the content. */
export function toFieldSpec(f: RequestField): FieldSpec {
  const { when, ...rest } = f;
  const spec: Record<string, unknown> = { ...rest };
  if (when)
    spec.when =
      when.checked !== undefined
        ? { field: when.field, is: when.checked }
        : { field: when.field, is: when.is?.length === 1 ? when.is[0] : (when.is ?? []) };
  return spec as unknown as FieldSpec;
}

function checkKind(f: Raw, ctx: IssueSink): void {
  const own = OWN_KEYS[f.kind];
  const all = new Set(Object.values(OWN_KEYS).flat());
  for (const k of present(f, [...all]).filter((k) => !own.includes(k)))
    problem(ctx, {
      it: `"${k}" non vale per un campo di tipo "${f.kind}"${own.length ? ` (ammessi: ${own.join(', ')})` : ''}`,
      en: `"${k}" does not apply to a field of kind "${f.kind}"${own.length ? ` (allowed: ${own.join(', ')})` : ''}`,
      path: [k],
    });
  if (CHOICE_KINDS.includes(f.kind)) {
    const options = f.options as { value: string }[] | undefined;
    if (!options?.length)
      problem(ctx, {
        it: `manca la lista delle scelte (options) di un campo di tipo "${f.kind}"`,
        en: `missing the list of choices (options) of a field of kind "${f.kind}"`,
        path: ['options'],
      });
    const seen = new Set<string>();
    options?.forEach((o, i) => {
      if (seen.has(o.value))
        problem(ctx, {
          it: 'valore ripetuto: ogni scelta ha un valore suo',
          en: 'repeated value: each choice has its own value',
          found: show(o.value),
          path: ['options', i, 'value'],
        });
      seen.add(o.value);
    });
  }
}

/** One field of the request. */
const field = (kinds: readonly Kind[]) =>
  object({
    kind: req(oneOf(kinds, 'tipo di campo'), [
      'Tipo',
      'Kind',
      'text, textarea, select, radio, checkboxes, checkbox, file; due (il codice avviso pagoPA, nei Pagamenti dovuti).',
      'text, textarea, select, radio, checkboxes, checkbox, file; due (the pagoPA notice code, in Pagamenti dovuti).',
    ]),
    ...common,
    format: opt(oneOf(FIELD_FORMATS, 'formato'), [
      'Formato',
      'Format',
      'Solo text: il controllo del valore.',
      'Text only: the check of the value.',
    ]),
    inputType: opt(oneOf(INPUT_TYPES, 'tipo di input'), [
      'Tipo di input',
      'Input type',
      'Solo text.',
      'Text only.',
    ]),
    autoComplete: opt(text(), [
      'Completamento automatico',
      'Autocomplete',
      'Solo text.',
      'Text only.',
    ]),
    maxLength: opt(integer({ min: 1 }), [
      'Lunghezza massima',
      'Maximum length',
      'text e textarea, in caratteri.',
      'text and textarea, in characters.',
    ]),
    options: opt(list(option), [
      'Scelte',
      'Choices',
      'select, radio e checkboxes: `{ value, label, hint }`.',
      'select, radio and checkboxes: `{ value, label, hint }`.',
    ]),
    ...fileKeys,
  })
    .superRefine((f, ctx) => checkKind(f as Raw, ctx))
    .transform((f) => ownKeys(f as Raw));

/** A document to upload: a field of kind "file" (the kind is implied, not written). */
const document = object({ ...common, ...fileKeys });

const FIELDS = [
  'Campi',
  'Fields',
  'I dati propri del servizio, in ordine: `{ kind, name, label, hint, required, when, … }`.',
  "The service's own data, in order: `{ kind, name, label, hint, required, when, … }`.",
] as const;

/** Which earlier field a condition names, and whether its value can ever match. */
function checkFields(
  fields: readonly RequestField[],
  at: (i: number) => (string | number)[],
  ctx: IssueSink,
): void {
  const earlier = new Map<string, RequestField>();
  fields.forEach((f, i) => {
    if (RESERVED.includes(f.name))
      problem(ctx, {
        it: `nome riservato ai dati della persona o al flusso (${RESERVED.join(', ')})`,
        en: `name reserved for the personal data or the flow (${RESERVED.join(', ')})`,
        found: show(f.name),
        path: [...at(i), 'name'],
      });
    else if (earlier.has(f.name))
      problem(ctx, {
        it: 'nome già usato da un altro campo del servizio',
        en: 'name already used by another field of the service',
        found: show(f.name),
        path: [...at(i), 'name'],
      });
    const w = f.when;
    if (w) {
      const target = earlier.get(w.field);
      if (!target)
        problem(ctx, {
          it: 'la condizione deve nominare un campo che viene prima',
          en: 'the condition must name a field that comes earlier',
          found: show(w.field),
          path: [...at(i), 'when', 'field'],
        });
      else if ((target.kind === 'checkbox') !== (w.checked !== undefined))
        problem(ctx, {
          it:
            target.kind === 'checkbox'
              ? `atteso "checked: true": "${w.field}" è una casella`
              : `atteso "is" con i valori di "${w.field}": non è una casella`,
          en:
            target.kind === 'checkbox'
              ? `expected "checked: true": "${w.field}" is a checkbox`
              : `expected "is" with the values of "${w.field}": it is not a checkbox`,
          path: [...at(i), 'when'],
        });
      else if (target.options && w.is) {
        const values = target.options.map((o) => o.value);
        w.is.forEach((v, j) => {
          if (!values.includes(v))
            problem(ctx, {
              it: `atteso uno dei valori di "${w.field}": ${values.map((x) => `"${x}"`).join(', ')}`,
              en: `expected one of the values of "${w.field}": ${values.map((x) => `"${x}"`).join(', ')}`,
              found: show(v),
              path: [...at(i), 'when', 'is', j],
            });
        });
      }
    }
    earlier.set(f.name, f);
  });
}

/** The validated `request`: the parts of a ServiceDefinition the content gives. */
export interface Richiesta {
  fields: RequestField[];
  /** Fields of kind "file" (`requestFields` adds the kind), asked after `fields`. */
  documents: RequestDocument[];
  /** The amount in euro (ServiceDefinition's is in cents: see `requestPayment`). */
  payment?: { amount: number; description: string } | undefined;
  completion?: RequestField[] | undefined;
  editable?: PersonalKey[] | undefined;
}

/** A field of the request, as the content has it (`toFieldSpec` gives the flow's). */
export interface RequestField {
  kind: Kind;
  name: string;
  label: string;
  hint?: string | undefined;
  required?: boolean | undefined;
  when?: RequestCondition | undefined;
  format?: (typeof FIELD_FORMATS)[number] | undefined;
  inputType?: (typeof INPUT_TYPES)[number] | undefined;
  autoComplete?: string | undefined;
  maxLength?: number | undefined;
  options?: { value: string; label: string; hint?: string | undefined }[] | undefined;
  accept?: string[] | undefined;
  maxSize?: number | undefined;
  multiple?: boolean | undefined;
}

/** A document to upload, as written in the content. */
export interface RequestDocument {
  name: string;
  label: string;
  hint?: string | undefined;
  required?: boolean | undefined;
  when?: RequestCondition | undefined;
  accept?: string[] | undefined;
  maxSize?: number | undefined;
  multiple?: boolean | undefined;
}

/** The service's own fields, in order: the fields, then the documents (kind "file"). */
export const requestFields = (r: Richiesta): FieldSpec[] =>
  [...r.fields, ...r.documents.map((d): RequestField => ({ ...d, kind: 'file' }))].map(toFieldSpec);

/** Domande con graduatoria: the fields asked to complete an admitted request. */
export const requestCompletion = (r: Richiesta): FieldSpec[] | undefined =>
  r.completion?.map(toFieldSpec);

/** The payment as ServiceDefinition has it: the amount in euro cents. */
export const requestPayment = (p: NonNullable<Richiesta['payment']>) => ({
  amount: Math.round(p.amount * 100),
  description: p.description,
});

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

/** Flow types whose flow has a payment step for a fixed sum (ServiceFlow requires `payment`). */
const PAYING = ['Permessi e autorizzazioni', 'Servizi a pagamento'];

/**
 * The checks between the request and the rest of the scheda: the flow type it needs, the sum a
 * paying flow needs, the notice code of Pagamenti dovuti, the completion only after a ranking.
 */
export function checkRequest(
  s: {
    request?: Richiesta | undefined;
    flowType?: string | undefined;
    maxDays?: number | undefined;
    accediAlServizio: { online?: unknown };
  },
  ctx: IssueSink,
): void {
  const r = s.request;
  if (!r) return;
  if (!s.flowType) {
    problem(ctx, {
      it: 'una richiesta online (request) richiede il tipo di flusso (flowType) dell’avviso 1.4.1',
      en: 'an online request (request) needs the flow type (flowType) of the avviso 1.4.1',
      path: ['flowType'],
    });
    return;
  }
  if (s.maxDays === undefined)
    problem(ctx, {
      it: 'una richiesta online (request) richiede i giorni massimi per l’esito (maxDays): la conferma mostra la data entro cui arriva la risposta (criterio CSE.1.10)',
      en: 'an online request (request) needs the maximum days to the outcome (maxDays): the confirmation shows the latest date for an answer (criterion CSE.1.10)',
      path: ['maxDays'],
    });
  if (s.accediAlServizio.online !== undefined)
    problem(ctx, {
      it: 'la richiesta online del sito (request) e un servizio online esterno (accediAlServizio.online) si escludono: togli uno dei due',
      en: "the site's online request (request) and an external online service (accediAlServizio.online) exclude each other: remove one",
      path: ['request'],
    });
  if (PAYING.includes(s.flowType) && !r.payment)
    problem(ctx, {
      it: `manca il pagamento (importo e causale), richiesto dal tipo di flusso "${s.flowType}" (criterio CSE.2.1)`,
      en: `missing the payment (amount and description), required by the flow type "${s.flowType}" (criterion CSE.2.1)`,
      path: ['request', 'payment'],
    });
  const due = r.fields.some((f) => f.kind === 'due');
  if (s.flowType === 'Pagamenti dovuti' && !due)
    problem(ctx, {
      it: 'manca il campo di tipo "due" (il codice avviso pagoPA), richiesto dai Pagamenti dovuti',
      en: 'missing the field of kind "due" (the pagoPA notice code), required by Pagamenti dovuti',
      path: ['request', 'fields'],
    });
  if (s.flowType !== 'Pagamenti dovuti' && due)
    problem(ctx, {
      it: `un campo di tipo "due" vale solo per i Pagamenti dovuti, non per "${s.flowType}"`,
      en: `a field of kind "due" applies only to Pagamenti dovuti, not to "${s.flowType}"`,
      path: ['request', 'fields'],
    });
  if (r.completion && s.flowType !== 'Domande con graduatoria')
    problem(ctx, {
      it: `il perfezionamento (completion) vale solo per le Domande con graduatoria, non per "${s.flowType}"`,
      en: `the completion applies only to Domande con graduatoria, not to "${s.flowType}"`,
      path: ['request', 'completion'],
    });
}
